// The floor the autosave is measured against: bare fastify 5 and one statement per request, an
// `INSERT … ON CONFLICT DO UPDATE` merging the body into a jsonb column. PostgreSQL through a
// pg Pool(10) when FLOOR_DATABASE_URL is set, otherwise PGlite in FLOOR_DATA_DIR.
// Listens on 127.0.0.1:$PORT; GET /ready answers once it does.
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';

const UPSERT = `insert into floor_docs (id, doc) values ($1, $2::jsonb)
  on conflict (id) do update set doc = floor_docs.doc || excluded.doc, revision = floor_docs.revision + 1
  returning revision`;
const TABLE = 'create table if not exists floor_docs (id text primary key, doc jsonb not null, revision integer not null default 0)';

type Run = (values: unknown[]) => Promise<{ revision: number }[]>;
let run: Run;
if (process.env.FLOOR_DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 10 });
  await pool.query(TABLE);
  run = async (values) => (await pool.query({ name: 'floor_upsert', text: UPSERT, values })).rows;
} else {
  const client = await PGlite.create(process.env.FLOOR_DATA_DIR ?? 'memory://');
  await client.exec(TABLE);
  run = async (values) => (await client.query<{ revision: number }>(UPSERT, values)).rows;
}

const app = Fastify();
app.get('/ready', async () => ({ status: 'ready' }));
app.patch<{ Params: { id: string }; Body: { answers: Record<string, unknown> } }>('/floor/:id', async (request) => {
  const rows = await run([request.params.id, JSON.stringify(request.body.answers)]);
  return { id: request.params.id, revision: rows[0]!.revision };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
// Exit cleanly on SIGTERM, so that a --cpu-prof profile is written.
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
