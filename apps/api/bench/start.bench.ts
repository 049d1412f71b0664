// Start to /ready of the compiled API (node with the arguments of the package's `start` script, as
// `pnpm start` runs it; build it first): on PostgreSQL
// (a database of its own, migrated beforehand, dropped after), on a new embedded PGlite directory
// (created and migrated at start) and on an existing one. Each is started START_RUNS times
// (default 3), interleaved, and the runs are printed with their median and its ratio to the
// floor's: a bare fastify + pg process (bench/floor.ts), bundled by esbuild with the API's own
// build options (build.mjs) into bench/dist/, so both sides start compiled JavaScript.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import pg from 'pg';
// @ts-expect-error -- build.mjs is plain JavaScript without declarations
import { options as buildOptions } from '../build.mjs';
import { startArguments } from './support.ts';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.START_RUNS ?? 3);
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Milliseconds from spawning `node <args>` to its /ready answering 200; then stops it. */
async function timeToReady(args: string[], env: Record<string, string>): Promise<number> {
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: API_DIR, env: { ...process.env, ...env, PORT: port, HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  try {
    for (;;) {
      if (exited !== undefined) throw new Error(`node ${args.join(' ')} exited with ${exited} before /ready`);
      const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    if (exited === undefined) child.kill('SIGTERM');
    await gone;
  }
}

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
const show = (label: string, ms: number[], floor: number[]) =>
  console.log(
    `  ${label.padEnd(32)} median ${(median(ms) / 1000).toFixed(2)} s (${(median(ms) / median(floor)).toFixed(2)}× floor)   runs ${ms.map((m) => (m / 1000).toFixed(2)).join('  ')}`,
  );

if (!existsSync(join(API_DIR, 'dist/server.js'))) throw new Error('build the API first: pnpm --filter @assay/api build');
const START = startArguments();
await build({ ...buildOptions, logLevel: 'error', absWorkingDir: API_DIR, entryPoints: { floor: 'bench/floor.ts' }, outdir: 'bench/dist' });
console.log(`start to /ready, ${RUNS} runs each (load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
const name = `assay_start_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(SERVER);
url.pathname = `/${name}`;
const dirs: string[] = [];
try {
  const secret = { JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn' };
  const migrate = spawn(process.execPath, ['dist/migrate.js'], { cwd: API_DIR, env: { ...process.env, DATABASE_URL: url.toString() }, stdio: 'ignore' });
  await new Promise((resolve) => migrate.once('exit', resolve));
  const floor: number[] = [];
  const postgres: number[] = [];
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    floor.push(await timeToReady(['--enable-source-maps', 'bench/dist/floor.js'], { FLOOR_DATABASE_URL: url.toString() }));
    postgres.push(await timeToReady(START, { ...secret, DATABASE_URL: url.toString() }));
    const dir = mkdtempSync(join(tmpdir(), 'assay-start-'));
    dirs.push(dir);
    fresh.push(await timeToReady(START, { ...secret, DATA_DIR: dir }));
    existing.push(await timeToReady(START, { ...secret, DATA_DIR: dir }));
  }
  show('floor (fastify + pg, bundled)', floor, floor);
  show('PostgreSQL', postgres, floor);
  show('PGlite, new data directory', fresh, floor);
  show('PGlite, existing data directory', existing, floor);
  console.log(`  (load after ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
