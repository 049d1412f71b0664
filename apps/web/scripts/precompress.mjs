/* eslint-disable no-console -- a build step reports what it wrote */
// After `vite build`: writes <file>.br (brotli, quality 11) and <file>.gz (gzip, level 9) next to
// every text file in dist/ worth compressing, so the API serves them compressed without spending
// CPU per request (@fastify/static `preCompressed`). Prints the bytes on the wire per file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
for (const path of [...files(DIST)]) {
  if (!TEXT.test(path) || path.endsWith('.map')) continue;
  const raw = readFileSync(path);
  if (raw.length < MIN_BYTES) continue;
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = gzipSync(raw, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  count += 1;
  if (process.env.PRECOMPRESS_QUIET !== '1') console.log(`${relative(DIST, path).padEnd(48)} ${String(raw.length).padStart(8)} B  br ${String(br.length).padStart(7)}  gz ${String(gz.length).padStart(7)}`);
}
console.log(`precompressed ${count} files in ${relative(process.cwd(), DIST) || DIST}`);
