// `pnpm bench:api`: autosave (PATCH of one changed answer) against its floor (floor.ts), on
// PostgreSQL with 100 connections and on embedded PGlite with 10, interleaved floor, app, floor,
// app so the machine's load hits both alike; then both at a steady open-loop rate of half the
// floor's throughput to compare p99 (see steady). Loopback only, bounded: BENCH_SECONDS per run (default 8).
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
// server; the bench creates a database of its own there and drops it at the end. BENCH_ONLY=postgres
// or pglite runs one pair; BENCH_APP_NODE_ARGS and BENCH_FLOOR_NODE_ARGS add node flags to the app
// and to the floor (e.g. --cpu-prof). Each run prints the CPU each request cost in the server's node
// process, in the database backends serving it (PostgreSQL) and in the load generator.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amorim2023v1 } from '@assay/domain';
import autocannon from 'autocannon';
import pg from 'pg';
import { api, load, migrateCompiled, percentile, scratchDatabase, startArguments } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WARM_SECONDS = 3;
const RESPONSES = 100;
const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];
const temporary: string[] = [];

/** An unconditional single-choice question and two of its options: every save flips the answer. */
const question = amorim2023v1.questions.find((q) => q.kind === 'single' && q.condition === undefined && q.options.length >= 2);
if (!question || question.kind !== 'single') throw new Error('no unconditional single-choice question to save');
const VALUES = [question.options[0]!.id, question.options[1]!.id];

/**
 * CPU milliseconds the processes `pids` have used (user + system, from /proc; Linux only, 0
 * elsewhere). Read before and after a run, it says where each request's CPU went: the server's
 * node process, the database backends serving it, the load generator.
 */
function cpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A process that ended meanwhile, or no /proc.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** A server under test: its base URL and the pids whose CPU its requests cost. */
interface Server {
  base: string;
  pid: number;
  /** The database backend pids serving it (PostgreSQL), read just before a run. */
  databasePids: () => Promise<number[]>;
}

/** Starts a node process in apps/api and resolves once `url` answers 200 (polled every 20 ms). */
async function start(script: string[], env: Record<string, string>, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, script, { cwd: API_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`${script.join(' ')} exited with ${exited} before it was ready`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const port = () => String(20_000 + Math.floor(Math.random() * 20_000));

const noBackends = async (): Promise<number[]> => [];

/** The backends of the database `url` names (both the app's and the floor's: only one is busy at a time). */
function backendsOf(url: URL): () => Promise<number[]> {
  return async () => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      return rows.map((row) => row.pid);
    } finally {
      await client.end();
    }
  };
}

async function startApp(env: Record<string, string>, databasePids = noBackends): Promise<Server> {
  const appPort = port();
  // As `pnpm start` runs it: the compiled JavaScript (built at the bench's start), with the start script's node arguments.
  const extra = process.env.BENCH_APP_NODE_ARGS ? process.env.BENCH_APP_NODE_ARGS.split(' ') : [];
  const child = await start(
    [...extra, ...startArguments()],
    { ...env, PORT: appPort, HOST: '127.0.0.1', AUTH_RATE_LIMIT_MAX: '100000', JWT_SECRET: randomBytes(32).toString('hex') },
    `http://127.0.0.1:${appPort}/ready`,
  );
  return { base: `http://127.0.0.1:${appPort}`, pid: child.pid!, databasePids };
}

async function startFloor(env: Record<string, string>, databasePids = noBackends): Promise<Server> {
  const floorPort = port();
  const extra = process.env.BENCH_FLOOR_NODE_ARGS ? process.env.BENCH_FLOOR_NODE_ARGS.split(' ') : [];
  const child = await start([...extra, '--import', 'tsx', 'bench/floor.ts'], { ...env, PORT: floorPort }, `http://127.0.0.1:${floorPort}/ready`);
  return { base: `http://127.0.0.1:${floorPort}`, pid: child.pid!, databasePids };
}

/** Seeds through the API: 10 users, each answering 10 open assessments; returns each response's URL and token. */
async function seed(base: string): Promise<{ path: string; token: string }[]> {
  const signUp = async (name: string) =>
    (await api(base, 'POST', '/auth/sign-up', undefined, { email: `${name}-${randomBytes(4).toString('hex')}@bench.test`, password: 'correct horse battery', name })) as {
      accessToken: string;
    };
  const owner = await signUp('owner');
  const ws = (await api(base, 'POST', '/workspaces', owner.accessToken, { name: 'Bench' })).id as string;
  const team = (await api(base, 'POST', `/workspaces/${ws}/teams`, owner.accessToken, { name: 'Bench team' })).id as string;
  const tokens = [owner.accessToken];
  for (let i = 1; i < 10; i++) {
    const { token } = await api(base, 'POST', `/workspaces/${ws}/invitations`, owner.accessToken, { role: 'assessor' });
    const user = await signUp(`assessor${i}`);
    await api(base, 'POST', '/invitations/accept', user.accessToken, { token });
    tokens.push(user.accessToken);
  }
  const targets: { path: string; token: string }[] = [];
  for (let a = 0; a < RESPONSES / tokens.length; a++) {
    const assessment = (await api(base, 'POST', `/workspaces/${ws}/teams/${team}/assessments`, owner.accessToken, {})).id as string;
    await api(base, 'POST', `/workspaces/${ws}/assessments/${assessment}/open`, owner.accessToken);
    for (const token of tokens) {
      const id = (await api(base, 'POST', `/workspaces/${ws}/assessments/${assessment}/responses`, token)).id as string;
      const path = `/api/v1/workspaces/${ws}/assessments/${assessment}/responses/${id}`;
      await api(base, 'GET', path.replace('/api/v1', ''), token); // the questionnaire page reads it first
      targets.push({ path, token });
    }
  }
  return targets;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU microseconds per completed request: the server's node process, its database backends, the load generator. */
  cpu: { node: number; database: number; client: number };
}

/** One autocannon run; the k-th request saves target k mod n with the answer the previous save of it did not have. */
async function cannon(server: Server, targets: { path: string; token: string }[], connections: number, seconds = SECONDS): Promise<Figures> {
  let k = 0;
  const backends = await server.databasePids();
  const before = { node: cpuMs([server.pid]), database: cpuMs(backends), client: process.cpuUsage() };
  const result = await autocannon({
    url: server.base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'PATCH',
        setupRequest: (request) => {
          const i = k % targets.length;
          const value = VALUES[Math.floor(k / targets.length) % 2]!;
          k += 1;
          const target = targets[i]!;
          return {
            ...request,
            path: target.path,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
            body: JSON.stringify({ answers: { [question!.id]: value } }),
          };
        },
      },
    ],
  });
  const client = process.cpuUsage(before.client);
  const errors = result.errors + result.timeouts + result.non2xx;
  const perRequest = (ms: number) => (ms * 1000) / Math.max(1, result.requests.total);
  const cpu = {
    node: perRequest(cpuMs([server.pid]) - before.node),
    database: perRequest(cpuMs(backends) - before.database),
    client: perRequest((client.user + client.system) / 1000),
  };
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors, cpu };
}

const µs = (n: number) => `${n.toFixed(0).padStart(4)} µs`;
const fmt = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(6)} req/s  p50 ${String(f.p50).padStart(4)} ms  p99 ${String(f.p99).padStart(5)} ms  CPU/request: node ${µs(f.cpu.node)}, database ${µs(f.cpu.database)}, load generator ${µs(f.cpu.client)}${f.errors ? `  ${f.errors} errors` : ''}`;

async function compare(label: string, app: Server, floor: Server, targets: { path: string; token: string }[], floorTargets: { path: string; token: string }[], connections: number) {
  console.log(`\n${label}, ${connections} connections, ${SECONDS} s per run (load ${load()})`);
  // Warm both (JIT, prepared statements, pools) before measuring.
  await cannon(floor, floorTargets, connections, WARM_SECONDS);
  await cannon(app, targets, connections, WARM_SECONDS);
  const ratios: number[] = [];
  const floors: Figures[] = [];
  for (let round = 1; round <= 2; round++) {
    const f = await cannon(floor, floorTargets, connections);
    console.log(`  floor ${round}  ${fmt(f)}`);
    const a = await cannon(app, targets, connections);
    console.log(`  app   ${round}  ${fmt(a)}   ${(a.rps / f.rps).toFixed(2)}× floor (load ${load()})`);
    ratios.push(a.rps / f.rps);
    floors.push(f);
  }
  console.log(`  ratio ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}× floor`);
  return floors;
}

/**
 * A steady open-loop load: request k is due at start + k / rate, whatever happened to the ones
 * before, over at most `connections` keep-alive connections (a request finding them all busy waits
 * for one), and its latency runs from when it was due, so a stall counts for every request it
 * delays (no coordinated omission). autocannon's fixed rate is neither: each connection sends its
 * quota for the second back to back as the second starts, and its correction for coordinated
 * omission assumes a connection's requests are due 1 ms apart (`Math.ceil(1 / rate)`, its rate
 * being per second), so one 400 ms response counted 400 times.
 */
async function steady(server: Server, targets: { path: string; token: string }[], connections: number, rate: number, seconds = SECONDS): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(server.base);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const backends = await server.databasePids();
  const before = { node: cpuMs([server.pid]), database: cpuMs(backends), client: process.cpuUsage() };
  const save = (k: number, due: number) =>
    new Promise<void>((resolve) => {
      const target = targets[k % targets.length]!;
      const body = JSON.stringify({ answers: { [question!.id]: VALUES[Math.floor(k / targets.length) % 2]! } });
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: target.path, method: 'PATCH', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}`, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - due);
            else errors += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(body);
    });
  const start = performance.now();
  const pending: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const dueNow = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; sent < dueNow; sent++) pending.push(save(sent, start + (sent / rate) * 1000));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const client = process.cpuUsage(before.client);
  const sorted = latencies.sort((a, b) => a - b);
  const perRequest = (ms: number) => (ms * 1000) / Math.max(1, total);
  return {
    rps: total / elapsed,
    p50: Math.round(percentile(sorted, 50)),
    p99: Math.round(percentile(sorted, 99)),
    errors,
    cpu: { node: perRequest(cpuMs([server.pid]) - before.node), database: perRequest(cpuMs(backends) - before.database), client: perRequest((client.user + client.system) / 1000) },
  };
}

async function fixedRate(app: Server, floor: Server, targets: { path: string; token: string }[], floorTargets: { path: string; token: string }[], connections: number, floors: Figures[]) {
  const rate = Math.round(Math.min(...floors.map((f) => f.rps)) / 2);
  console.log(`  at a steady ${rate} req/s (half the floor's slower run), latency from when each request was due:`);
  const f = await steady(floor, floorTargets, connections, rate);
  console.log(`    floor  ${fmt(f)}`);
  const a = await steady(app, targets, connections, rate);
  console.log(`    app    ${fmt(a)}   p99 ${(a.p99 / f.p99).toFixed(2)}× the floor's`);
}

const floorTargetsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/floor/doc-${i}`, token: 'none' }));

async function main() {
  execFileSync(process.execPath, ['build.mjs'], { cwd: API_DIR, stdio: 'inherit' });
  console.log(`pnpm bench:api — autosave PATCH (one changed answer) against a bare fastify floor; machine load ${load()} (1, 5, 15 min)`);

  const only = process.env.BENCH_ONLY; // 'postgres' or 'pglite' to run one pair
  if (only !== 'pglite') await postgres();
  if (only !== 'postgres') await pglite();
  console.log(`\nmachine load at the end ${load()}`);
}

async function postgres() {
  // PostgreSQL: a database of our own on the local server, migrated by the app's migrator.
  const { url, drop } = await scratchDatabase(SERVER);
  try {
    await migrateCompiled(url);
    const app = await startApp({ DATABASE_URL: url.toString(), DATABASE_POOL_MAX: '10' }, backendsOf(url));
    const floor = await startFloor({ FLOOR_DATABASE_URL: url.toString() }, backendsOf(url));
    const targets = await seed(app.base);
    const analyze = new pg.Client({ connectionString: url.toString() });
    await analyze.connect();
    await analyze.query('analyze');
    await analyze.end();
    const floors = await compare('PostgreSQL 15, pg Pool(10)', app, floor, targets, floorTargetsOf(targets.length), 100);
    await fixedRate(app, floor, targets, floorTargetsOf(targets.length), 100, floors);
  } finally {
    for (const child of children.splice(0)) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await drop();
  }

}

async function pglite() {
  // PGlite: the app's embedded database and the floor's, each in a fresh data directory.
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-'));
  temporary.push(dir);
  try {
    const app = await startApp({ DATA_DIR: join(dir, 'app') });
    const floor = await startFloor({ FLOOR_DATA_DIR: join(dir, 'floor') });
    const targets = await seed(app.base);
    const floors = await compare('PGlite (embedded)', app, floor, targets, floorTargetsOf(targets.length), 10);
    await fixedRate(app, floor, targets, floorTargetsOf(targets.length), 10, floors);
  } finally {
    for (const child of children.splice(0)) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const path of temporary) rmSync(path, { recursive: true, force: true });
  }
}

process.once('SIGINT', () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(130);
});
await main();
