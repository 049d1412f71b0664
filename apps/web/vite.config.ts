import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// zod 4's classic schemas import its JSON Schema generator (every schema gets a toJSONSchema method),
// ~8 KB of compressed JavaScript the app never calls: it only parses responses. In the build those
// modules are replaced by stubs exporting the same names, each a factory of a function that throws
// if it is ever called, so the first-load budget (150 KB) does not pay for them. The API (which
// writes the OpenAPI document from the schemas) keeps the real modules.
const JSON_SCHEMA_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema|json-schema-generator)\.js$/;
function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'assay-zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      if (!JSON_SCHEMA_MODULES.test(id)) return null;
      const names = Object.keys((await import(pathToFileURL(id).href)) as Record<string, unknown>).filter((name) => name !== 'default');
      const stub = "function unavailable() { return () => { throw new Error('zod JSON Schema is left out of the web build (apps/web/vite.config.ts)'); }; }";
      return [stub, ...names.map((name) => `export const ${name} = unavailable;`)].join('\n');
    },
  };
}

// zod 4 decides on its JIT fast path by probing `new Function` when an object schema is built,
// unless its global config says `jitless`; the page's Content-Security-Policy (script-src 'self', no
// 'unsafe-eval') reports that probe as a violation (Lighthouse's best practices count it). The
// schemas are built when the contracts' chunk evaluates, before any module of the app's own runs,
// so `z.config()` from main.tsx came too late once the contracts had a chunk of their own. zod
// keeps that config on `globalThis.__zod_globalConfig`, created by its core module: the build
// creates it with `jitless: true`. The interpreted path is fast enough for the API's responses.
const ZOD_CORE = /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/;
const ZOD_CONFIG = '(_a.__zod_globalConfig = {})';
function zodJitless(): Plugin {
  return {
    name: 'assay-zod-jitless',
    transform(code, id) {
      if (!ZOD_CORE.test(id)) return null;
      if (!code.includes(ZOD_CONFIG)) throw new Error(`zod's core no longer creates ${ZOD_CONFIG}: see zodJitless in apps/web/vite.config.ts`);
      return code.replace(ZOD_CONFIG, '(_a.__zod_globalConfig = { jitless: true })');
    },
  };
}

// The API serves dist/ in production (one address); in development Vite proxies /api to it,
// so the refresh cookie stays first-party either way.
export default defineConfig({
  plugins: [react(), zodWithoutJsonSchema(), zodJitless()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Only the chart pages pull chart.js (dynamic import), so it gets a chunk of its own.
    chunkSizeWarningLimit: 400,
    // Read by scripts/first-load.mjs (each page's first-load JavaScript), which then removes it.
    manifest: true,
  },
});
