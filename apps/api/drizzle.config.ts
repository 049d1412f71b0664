import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` writes SQL migrations into the repository's migrations/ folder; review and
// commit them. They are applied by `pnpm db:migrate` (and automatically for embedded PGlite).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: '../../migrations',
  casing: 'snake_case',
});
