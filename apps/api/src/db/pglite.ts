// The embedded database's side of client.ts: PGlite and drizzle's PGlite driver, imported by
// client.ts only when the configuration names PGlite (and by tests), so a PostgreSQL deployment
// never loads them.
import { messages as backend, parse, PGlite, protocol } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_DIR } from '../config.ts';
import type { DatabaseHandle } from './client.ts';
import * as schema from './schema/index.ts';

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
 * never interleaves with a transaction or another query. Values are serialised and rows parsed
 * with the client's own serializers and parsers, as `client.query` does.
 */
function preparedStatements(client: PGlite) {
  const statements = new Map<string, Promise<{ types: readonly number[]; rowDescription: BackendMessage | undefined }>>();
  const { serialize } = protocol;
  async function prepare(name: string, text: string) {
    const { messages } = await client.execProtocol(concat([serialize.parse({ name, text, types: [] }), serialize.describe({ type: 'S', name }), serialize.sync()]));
    let types: readonly number[] = [];
    let rowDescription: BackendMessage | undefined;
    for (const message of messages) {
      if (message instanceof backend.ParameterDescriptionMessage) types = message.dataTypeIDs;
      if (message.name === 'rowDescription') rowDescription = message;
    }
    return { types, rowDescription };
  }
  return async <Row>(name: string, text: string, values: readonly unknown[]): Promise<Row[]> => {
    // As client.query does: wait for any open transaction (another request's) to end, then hold
    // the query lock, so the statement never runs inside someone else's transaction.
    return client._runExclusiveTransaction(() => client.runExclusive(async () => {
      let statement = statements.get(name);
      if (!statement) {
        statement = prepare(name, text);
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
      const { messages } = await client.execProtocol(concat([serialize.bind({ statement: name, values: serialized as string[] }), serialize.execute({}), serialize.sync()]));
      const [result] = parse.parseResults(rowDescription ? [rowDescription, ...messages] : messages, client.parsers);
      return (result?.rows ?? []) as Row[];
    }));
  };
}

/**
 * PostgreSQL's default 128 MB of shared buffers is set up in WebAssembly at every open, a third
 * of PGlite's start; 32 MB is 4,096 pages, more than a self-hosted workspace's hot data, and the
 * files read behind it stay in the operating system's cache.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

/** Opens (creating it when new) the embedded database stored in `dataDir`. */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
  return pgliteHandle(await PGlite.create(dataDir, { startParams }));
}
