import { defineConfig } from 'vitest/config';

// One run covers every package; each project keeps its own environment and set-up.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', '!*/*.md'],
  },
});
