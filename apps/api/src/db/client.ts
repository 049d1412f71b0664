// Opens the database the configuration names: PostgreSQL through a pg pool when DATABASE_URL
// is set, otherwise embedded PGlite stored in the data directory. Both are driven through the
// same drizzle API, so repos and services never know which one they talk to.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as PgliteExports from '@electric-sql/pglite';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { MIGRATIONS_DIR, type Config } from '../config.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database or an open transaction: repos take either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  readonly kind: 'postgres' | 'pglite';
  readonly db: Database;
  /** Applies the committed SQL migrations that have not run yet. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  /**
   * Runs one SQL statement outside drizzle (hot paths: no query building). On PostgreSQL it is a
   * named prepared statement (parsed and planned once per connection); `name` must identify `text`.
   */
  query<Row>(name: string, text: string, values: readonly unknown[]): Promise<Row[]>;
  /** The PostgreSQL pool's connections (absent on PGlite), for metrics. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

/** Wraps an existing pg pool (the caller keeps ownership unless `close` is called). */
export function postgresHandle(pool: pg.Pool): DatabaseHandle {
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' });
  return {
    kind: 'postgres',
    db,
    migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_DIR }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    query: async <Row>(name: string, text: string, values: readonly unknown[]) =>
      (await pool.query({ name, text, values: values as unknown[] })).rows as Row[],
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}

/** Wraps an open PGlite instance. */
export function pgliteHandle(client: PGlite): DatabaseHandle {
  const db = drizzlePglite({ client, schema, casing: 'snake_case' });
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_DIR }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    query: preparedStatements(client),
    close: () => client.close(),
  };
}

type PgliteModule = typeof PgliteExports;
type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Named prepared statements on PGlite, which has none of its own: `client.query` sends Parse,
 * Describe, Bind, Describe, Execute and Sync as six calls into the database and parses and plans
 * the statement every time (for the autosave statement, three quarters of its cost). Here a
 * statement is parsed once, by name, with its parameter types and row description kept; each run
 * is one call of Bind, Execute and Sync, under the same two locks `client.query` takes, so it
 * never interleaves with a transaction or another query. Values are serialised and rows parsed with the client's own
 * serializers and parsers, as `client.query` does.
 */
function preparedStatements(client: PGlite) {
  const statements = new Map<string, Promise<{ types: readonly number[]; rowDescription: BackendMessage | undefined }>>();
  let module: Promise<PgliteModule> | undefined;
  async function prepare(pglite: PgliteModule, name: string, text: string) {
    const { serialize } = pglite.protocol;
    const { messages } = await client.execProtocol(concat([serialize.parse({ name, text, types: [] }), serialize.describe({ type: 'S', name }), serialize.sync()]));
    let types: readonly number[] = [];
    let rowDescription: BackendMessage | undefined;
    for (const message of messages) {
      if (message instanceof pglite.messages.ParameterDescriptionMessage) types = message.dataTypeIDs;
      if (message.name === 'rowDescription') rowDescription = message;
    }
    return { types, rowDescription };
  }
  return async <Row>(name: string, text: string, values: readonly unknown[]): Promise<Row[]> => {
    module ??= import('@electric-sql/pglite');
    const pglite = await module;
    // As client.query does: wait for any open transaction (another request's) to end, then hold
    // the query lock, so the statement never runs inside someone else's transaction.
    return client._runExclusiveTransaction(() => client.runExclusive(async () => {
      let statement = statements.get(name);
      if (!statement) {
        statement = prepare(pglite, name, text);
        statements.set(name, statement);
        // A statement that failed to prepare (an error in its SQL) is tried again next time.
        statement.catch(() => statements.delete(name));
      }
      const { types, rowDescription } = await statement;
      const serialized = values.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serializer = client.serializers[types[i]!];
        return serializer ? serializer(value) : String(value);
      });
      const { serialize } = pglite.protocol;
      const { messages } = await client.execProtocol(concat([serialize.bind({ statement: name, values: serialized as string[] }), serialize.execute({}), serialize.sync()]));
      const [result] = pglite.parse.parseResults(rowDescription ? [rowDescription, ...messages] : messages, client.parsers);
      return (result?.rows ?? []) as Row[];
    }));
  };
}

/** A digest of every committed migration (journal and SQL): it changes when a migration is added or edited. */
export function migrationsDigest(folder = MIGRATIONS_DIR): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(folder, 'meta', '_journal.json')));
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.sql')).sort()) hash.update(name).update(readFileSync(join(folder, name)));
  return hash.digest('hex');
}

/**
 * The embedded database remembers, in a file inside its own data directory (deleted with it),
 * the digest of the migrations last applied to it. When it matches, the migrator (which reads
 * every migration and checks the journal table) is skipped at start.
 */
const MIGRATED_MARK = 'assay-migrations.sha256';

/**
 * Opens the configured database. The embedded database is migrated on open unless its mark
 * says these very migrations were applied (so `pnpm start` needs no set-up and starts fast);
 * PostgreSQL is migrated by `pnpm db:migrate` or when asked.
 */
export async function openDatabase(
  config: Config['database'],
  options: { migrate?: boolean; onPoolError?: (error: Error) => void } = {},
): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.kind === 'postgres') {
    // A server that does not answer (network partition) fails a request after 5 s with a 503,
    // instead of holding it until the client gives up.
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolMax, connectionTimeoutMillis: 5_000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', (error) => options.onPoolError?.(error));
    handle = postgresHandle(pool);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    // Loaded only when used: a PostgreSQL deployment never parses the embedded database's code.
    const { PGlite } = await import('@electric-sql/pglite');
    handle = pgliteHandle(await PGlite.create(config.dataDir));
    if (options.migrate !== false) {
      const mark = join(config.dataDir, MIGRATED_MARK);
      const digest = migrationsDigest();
      const applied = existsSync(mark) ? readFileSync(mark, 'utf8').trim() : undefined;
      if (applied !== digest) {
        try {
          await handle.migrate();
        } catch (error) {
          await handle.close();
          throw error;
        }
        writeFileSync(mark, `${digest}\n`);
      }
    }
    return handle;
  }
  if (options.migrate) await handle.migrate();
  return handle;
}
