// Opens the database the configuration names: PostgreSQL through a pg pool when DATABASE_URL
// is set, otherwise embedded PGlite stored in the data directory. Both are driven through the
// same drizzle API, so repos and services never know which one they talk to.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
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
  /** The most connections the PostgreSQL pool opens (absent on PGlite). */
  readonly connections?: number;
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
    connections: pool.options.max,
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
    // instead of holding it until the client gives up. An idle connection is kept a minute (pg's
    // default is 10 s): a new one is a new backend whose first statements plan against cold
    // catalogue caches (20-50 ms for the autosave's): after a 13 s pause the next burst of 100
    // saves took p50 196-262 ms with pg's timeout, 64-68 ms with a minute's (the floor: 35-47 ms).
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolMax, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 60_000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', (error) => options.onPoolError?.(error));
    handle = postgresHandle(pool);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    // Loaded only when used: a PostgreSQL deployment never reads the embedded database's code
    // (PGlite, drizzle's PGlite driver: a chunk of their own in dist/).
    const { openPglite } = await import('./pglite.ts');
    handle = await openPglite(config.dataDir);
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
