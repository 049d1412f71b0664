// What the benches share: the machine's load as printed, a percentile, an HTTP call to the API, and
// a database of their own on a PostgreSQL server (created, migrated by the app's compiled migrator,
// dropped after).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * What follows `node` in the package's `start` script (its node arguments, then `dist/server.js`):
 * the benches start the app as `pnpm start` does.
 */
export function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = scripts.start.split(' ');
  if (command !== 'node') throw new Error(`the start script no longer runs node: ${scripts.start}`);
  return args;
}

/** The load average over 1, 5 and 15 minutes, e.g. "2.53 3.44 5.16". */
export const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** The value at or below which `p` percent of the ascending `sorted` values fall (nearest rank); 0 when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** One call to the API at `base`; a status of 300 or more throws with the body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benches read the few fields they need
export async function api(base: string, method: string, path: string, token?: string, body?: unknown): Promise<any> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** A database of the bench's own on a server: its name, its URL, and how to drop it. */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: URL;
  /** Drops it (ending any connection still open on it) and closes the admin connection. */
  drop(): Promise<void>;
}

/** Creates a new database named `<prefix>_<random>` on the server `server` names. */
export async function scratchDatabase(server: string, prefix = 'assay_bench'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name,
    url,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Migrates the database at `url` with the compiled migrator (`dist/migrate.js`, built by build.mjs). */
export async function migrateCompiled(url: URL): Promise<void> {
  const migrate = spawn(process.execPath, ['dist/migrate.js'], { cwd: API_DIR, env: { ...process.env, DATABASE_URL: url.toString() }, stdio: 'inherit' });
  await new Promise((resolve, reject) => migrate.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`migrate exited ${code}`)))));
}
