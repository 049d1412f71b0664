// Runs the API integration tests a second time, against PostgreSQL, when TEST_DATABASE_URL
// names a server (the first run, in `pnpm test:unit`, uses embedded PGlite). Each run
// creates and drops a database of its own on that server.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.log('test:pg: TEST_DATABASE_URL is not set, so the API suite ran on PGlite only.');
  console.log('test:pg: set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run it on PostgreSQL too.');
  process.exit(0);
}
const run = spawnSync('pnpm', ['exec', 'vitest', 'run', '--project', '@assay/api'], {
  stdio: 'inherit',
  env: { ...process.env, ASSAY_TEST_DB: 'postgres' },
});
process.exit(run.status ?? 1);
