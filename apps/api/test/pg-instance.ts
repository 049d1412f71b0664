// A throwaway PostgreSQL server for tests that must stop and start one (outages) or need one of
// their own: initdb into a temp directory, listening on a free port of 127.0.0.1, never the
// shared server. initdb refuses to run as root, so as root the server runs as the `postgres`
// user (runuser). `findPostgresBin()` is undefined when no PostgreSQL binaries are installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The directory of initdb and pg_ctl: PG_BIN, pg_config's, or Debian's newest /usr/lib/postgresql/<n>/bin. */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config on the PATH
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface PgInstance {
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  readonly port: number;
  start(): void;
  /** `immediate` is a crash-like stop (open connections are cut). */
  stop(mode?: 'fast' | 'immediate'): void;
  /** Runs one of the server's client programs (pg_dump, pg_restore, psql…) as the server's user. */
  run(program: string, args: readonly string[]): string;
  /** Stops the server and removes its directory. */
  destroy(): void;
}

export async function startPgInstance(bin: string): Promise<PgInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-pg-'));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  let uid: number | undefined;
  let gid: number | undefined;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const exec = (program: string, args: readonly string[], check = true): string => {
    const command = asRoot ? 'runuser' : join(bin, program);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : [...args];
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir, maxBuffer: 256 * 1024 * 1024 });
    if (check && result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  };
  exec('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  let running = false;
  const instance: PgInstance = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start() {
      exec('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      running = true;
    },
    stop(mode = 'fast') {
      exec('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
      running = false;
    },
    run: (program, args) => exec(program, args),
    destroy() {
      if (running) exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], false);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  instance.start();
  return instance;
}
