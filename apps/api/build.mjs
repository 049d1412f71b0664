/* eslint-disable no-console -- a build step says what it built */
// `pnpm --filter @assay/api build`: compiles the API to plain JavaScript in dist/ (server.js,
// migrate.js) with esbuild, so production starts node on JavaScript and transpiles nothing.
// The workspace packages (@assay/domain, @assay/contracts: TypeScript sources) and the npm
// dependencies are bundled in: at start node reads one file instead of resolving, opening and
// compiling ~1,000 (most of the start was module loading). Only what cannot be bundled stays a
// run-time import from node_modules (EXTERNAL). config.ts finds the repository three levels above
// the file that runs (src/ or dist/: entries and chunks alike sit in dist/ itself).
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Packages left to node_modules: a native addon (argon2), packages that read files shipped next to
 * their code (PGlite's WASM and data bundle; PDFKit's font metrics, with the DejaVu fonts: both
 * loaded only for a PDF report), and pg's optional native binding (absent; pg falls back to JS).
 * @fastify/swagger-ui is bundled: app.ts points it at its static folder (`baseDir`, `logo`).
 */
const EXTERNAL = ['@node-rs/argon2', '@electric-sql/pglite', 'pdfkit', 'dejavu-fonts-ttf', 'pg-native'];

/** Bundled CommonJS packages call `require` (node built-ins) and read `__dirname`; an ES module has neither. */
const COMMONJS_GLOBALS = [
  "import { createRequire as __assayCreateRequire } from 'node:module';",
  "import { dirname as __assayDirname } from 'node:path';",
  "import { fileURLToPath as __assayFileURLToPath } from 'node:url';",
  'const require = __assayCreateRequire(import.meta.url);',
  'const __filename = __assayFileURLToPath(import.meta.url);',
  'const __dirname = __assayDirname(__filename);',
].join('\n');

/** The build options, shared with bench/start.bench.ts (which bundles its floor the same way). */
export const options = {
  bundle: true,
  format: 'esm',
  // What is imported only when used (PGlite and its driver, ioredis, the PDF report) goes into
  // chunks of its own, read only then; chunks sit next to the entries, so config.ts's path holds.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: 'node20',
  // Stack traces name src/ lines (`node --enable-source-maps`, as `pnpm start` runs it). Without the
  // sources' text the map is a third of the size, and node parses it at start.
  sourcemap: true,
  sourcesContent: false,
  // Whitespace and syntax only (names stay, for profiles and error names): 4.0 → 2.6 MB, which
  // node decodes and compiles at every start (in a start's profile, reading the bundle into a
  // string was 8% and compiling it 14%). Start CPU to /ready on an existing PGlite directory went
  // from a median 2.39 s to 2.20 s (6 interleaved runs each, load 4–5).
  minifyWhitespace: true,
  minifySyntax: true,
  external: EXTERNAL,
  banner: { js: COMMONJS_GLOBALS },
  logLevel: 'warning',
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build({ ...options, entryPoints: { server: 'src/server.ts', migrate: 'src/db/migrate.ts' }, outdir: 'dist' });
  console.log('built apps/api/dist (server.js, migrate.js)');
}
