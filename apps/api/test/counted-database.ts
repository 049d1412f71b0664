// A handle on the run's database whose driver counts the statements it is asked to run.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { postgresHandle, type DatabaseHandle } from '../src/db/client.ts';
import { pgliteHandle } from '../src/db/pglite.ts';
import { createTestApp, type TestApp } from './helpers.ts';

export interface Counted {
  handle: DatabaseHandle;
  statements: number;
  transactions: number;
}

export async function countedDatabase(): Promise<Counted> {
  const target = inject('testDatabase');
  const counted = { statements: 0, transactions: 0 } as Counted;
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 5 });
    // Every statement goes through one of the pool's clients; drizzle begins a transaction with `begin`.
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      Object.assign(client, {
        query: (...args: unknown[]) => {
          const first = args[0];
          const text = typeof first === 'string' ? first : (first as { text?: string }).text;
          if (/^\s*begin/i.test(text ?? '')) counted.transactions += 1;
          else counted.statements += 1;
          return query(...args);
        },
      });
    });
    counted.handle = postgresHandle(pool);
  } else {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(target.dumpFile)]) });
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const transaction = client.transaction.bind(client) as (...args: unknown[]) => unknown;
    const runExclusive = client.runExclusive.bind(client) as (...args: unknown[]) => unknown;
    // Statements inside a transaction run on its own object and are not counted here. The
    // handle's named prepared statements (DatabaseHandle.query) run one each under runExclusive.
    Object.assign(client, {
      query: (...args: unknown[]) => ((counted.statements += 1), query(...args)),
      runExclusive: (...args: unknown[]) => ((counted.statements += 1), runExclusive(...args)),
      transaction: (...args: unknown[]) => ((counted.transactions += 1), transaction(...args)),
    });
    counted.handle = pgliteHandle(client);
  }
  return counted;
}

/** What one request cost: statements and transactions run while `run` was pending. */
export async function counting<T>(counted: Counted, run: () => Promise<T>): Promise<{ result: T; statements: number; transactions: number }> {
  const before = { statements: counted.statements, transactions: counted.transactions };
  const result = await run();
  return { result, statements: counted.statements - before.statements, transactions: counted.transactions - before.transactions };
}

export interface CountedTestApp {
  /** The app (after the file's `beforeAll`). */
  readonly app: FastifyInstance;
  readonly counted: Counted;
  /** What `run` cost: statements and transactions run while it was pending. */
  count<T>(run: () => Promise<T>): Promise<{ result: T; statements: number; transactions: number }>;
}

/** A test app on a counted database for the calling test file: opened before its tests, closed after them. */
export function countedTestApp(): CountedTestApp {
  let test: TestApp | undefined;
  let counted: Counted | undefined;
  beforeAll(async () => {
    counted = await countedDatabase();
    test = await createTestApp({}, counted.handle);
  });
  afterAll(async () => {
    await test?.close();
    await counted?.handle.close();
  });
  const ready = <X>(value: X | undefined): X => {
    if (value === undefined) throw new Error('countedTestApp: used before its beforeAll ran');
    return value;
  };
  return {
    get app() {
      return ready(test).app;
    },
    get counted() {
      return ready(counted);
    },
    count: (run) => counting(ready(counted), run),
  };
}
