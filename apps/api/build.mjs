/* eslint-disable no-console -- a build step says what it built */
// `pnpm --filter @assay/api build`: compiles the API to plain JavaScript in dist/ (server.js,
// migrate.js) with esbuild, so production starts node on JavaScript and transpiles nothing.
// The workspace packages (@assay/domain, @assay/contracts: TypeScript sources) are bundled in;
// every npm dependency stays an import resolved from node_modules at run time. One file per entry,
// no shared chunks: config.ts finds the repository three levels above the file that runs (src/ or dist/).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@assay/'));

await build({
  entryPoints: { server: 'src/server.ts', migrate: 'src/db/migrate.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
console.log('built apps/api/dist (server.js, migrate.js)');
