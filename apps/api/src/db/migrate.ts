// `pnpm db:migrate`: applies the SQL migrations in migrations/ to the configured database
// (DATABASE_URL, or the embedded PGlite database in DATA_DIR).
import { loadConfig } from '../config.ts';
import { openDatabase } from './client.ts';

const config = loadConfig();
const target = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.database.dataDir}`;
try {
  const handle = await openDatabase(config.database, { migrate: true });
  await handle.close();
  console.log(`Migrated ${target}.`);
} catch (error) {
  console.error(`Migration of ${target} failed:`, error);
  process.exitCode = 1;
}
