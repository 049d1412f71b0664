import { defineProject } from 'vitest/config';

// Integration tests through app.inject() against a real database: embedded PGlite by default,
// PostgreSQL when ASSAY_TEST_DB=postgres (set by `pnpm test:pg`, with TEST_DATABASE_URL naming
// the server). global-setup.ts migrates one database per run; test files share it and isolate
// themselves by creating their own users and workspaces.
export default defineProject({
  test: {
    name: '@assay/api',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
