import { defineConfig } from 'vitest/config';

// Browser journeys: one app process for the run (started by the global setup exactly as the
// README starts it), one test file at a time, long timeouts (the first start builds the web app).
export default defineConfig({
  test: {
    name: '@assay/e2e',
    include: ['journeys/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 600_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
