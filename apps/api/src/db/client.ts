// Opens the database the configuration names: PostgreSQL through a pg pool when DATABASE_URL
// is set, otherwise embedded PGlite stored in the data directory. Both are driven through the
// same drizzle API, so repos and services never know which one they talk to.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
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
    close: () => client.close(),
  };
}

/**
 * Opens the configured database. The embedded database is always migrated on open (so
 * `pnpm start` needs no set-up); PostgreSQL is migrated by `pnpm db:migrate` or when asked.
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
    handle = pgliteHandle(await PGlite.create(config.dataDir));
  }
  if (options.migrate ?? config.kind === 'pglite') await handle.migrate();
  return handle;
}
