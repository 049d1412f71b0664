// Writes the API's OpenAPI document (as served at /api/docs/json) to the file given as the first
// argument, for `redocly lint` (`pnpm lint:openapi`). No database is touched: an in-memory PGlite
// stands in, unmigrated, since building the document runs no query.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { pgliteHandle } from '../src/db/pglite.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/openapi.ts <out.json>');
  process.exit(2);
}
const database = pgliteHandle(await PGlite.create());
const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(48), DATA_DIR: join(tmpdir(), 'assay-openapi'), LOG_LEVEL: 'silent' });
const app = await buildApp({ config, database, logger: false });
await app.ready();
writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.close();
