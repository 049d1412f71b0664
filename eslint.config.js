import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', 'migrations/**', 'e2e/output/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Scripts, demos and benchmarks print to the terminal by design.
    files: ['**/bench/**', 'scripts/**', 'e2e/**', 'apps/api/src/server.ts', 'apps/api/src/db/migrate.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // packages/domain stays pure: no workspace imports, no I/O modules.
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@assay/*', 'node:*', 'fs', 'path', 'http', 'https', 'crypto'] }],
      'no-restricted-globals': ['error', 'fetch', 'Date', 'setTimeout', 'setInterval'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random' }, { object: 'Date', property: 'now' }],
    },
  },
);
