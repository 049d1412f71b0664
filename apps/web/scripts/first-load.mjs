/* eslint-disable no-console -- a build step reports what it measured */
// After `vite build`: the first-load JavaScript of every page, from the build's manifest, by
// gzip -9 of each file (as the browser would fetch them: one file, one response). A page's first
// load is the entry's static imports, the reader's main catalogue (`lib/i18n/messages.<locale>`,
// loaded before React renders) and the page chunk's static imports; what a page imports
// dynamically once drawn (charts' chart.js, sections below the fold) is listed apart, not counted.
// Prints a table per page in both languages; with `--check` it exits 1 when any page is over
// 150 KB (150 × 1024 B), the budget of apps/web/README.md. `pnpm --filter @assay/web budget` runs
// it with `--check` (and `pnpm test` runs that); `build` only prints it. The manifest is removed
// from dist/ afterwards, so the server never publishes it.
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 150 * 1024;
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const MANIFEST = `${DIST}/.vite/manifest.json`;
const CATALOGUES = { en: 'src/lib/i18n/messages.en.ts', 'pt-BR': 'src/lib/i18n/messages.pt-BR.ts' };
const check = process.argv.includes('--check');

/** @type {Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const gzipped = new Map();
const gzip = (key) => {
  const file = manifest[key].file;
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(`${DIST}/${file}`), { level: 9 }).length);
  return gzipped.get(file);
};
const staticClosure = (key, into = new Set()) => {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, into);
  return into;
};
const sum = (keys) => [...keys].reduce((total, key) => total + gzip(key), 0);

// index.html's scripts (boot.ts, then main.tsx) and what they import statically: every page loads them.
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) throw new Error(`no entry in ${MANIFEST}`);
const base = new Set();
for (const entry of entries) staticClosure(entry, base);
const routed = [...new Set(entries.flatMap((entry) => manifest[entry].dynamicImports ?? []))].filter((key) => !Object.values(CATALOGUES).includes(key));
// The sign-in page, the home page and the sign-up page are in the entry itself.
const pages = [['(entry: sign-in, sign-up, home)', base], ...routed.map((page) => [page, staticClosure(page, new Set(base))])];

const over = [];
const rows = pages.map(([name, keys]) => {
  const js = sum(keys);
  const byLocale = Object.fromEntries(Object.entries(CATALOGUES).map(([locale, key]) => [locale, js + gzip(key)]));
  const worst = Math.max(...Object.values(byLocale));
  if (worst > BUDGET) over.push(`${name} ${worst} B`);
  // Loaded once the page has drawn (not counted): its dynamic imports and theirs, less what is already loaded.
  const pageEntries = new Set([...routed, ...Object.values(CATALOGUES)]);
  const later = new Set();
  for (const key of keys) for (const dynamic of manifest[key].dynamicImports ?? []) if (!pageEntries.has(dynamic)) staticClosure(dynamic, later);
  for (const key of keys) later.delete(key);
  return { name: name.replace(/^src\/features\//, ''), ...byLocale, worst, later: sum(later) };
});

console.log(`first-load JavaScript per page, gzip -9 (budget ${BUDGET} B)`);
console.log(`${'page'.padEnd(52)} ${'en'.padStart(8)} ${'pt-BR'.padStart(8)} ${'left'.padStart(7)}  after drawing`);
for (const row of rows) {
  const left = BUDGET - row.worst;
  console.log(`${row.name.padEnd(52)} ${String(row.en).padStart(8)} ${String(row['pt-BR']).padStart(8)} ${String(left).padStart(7)}  ${row.later ? `${row.later} B` : ''}${left < 0 ? '  OVER' : ''}`);
}
rmSync(`${DIST}/.vite`, { recursive: true, force: true });
if (over.length > 0) {
  console.log(`over the ${BUDGET} B first-load budget: ${over.join(', ')}`);
  if (check) process.exit(1);
}
