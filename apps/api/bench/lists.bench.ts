// `pnpm bench:lists` (also the last part of `pnpm bench:api`): the workspace assessments list on
// PostgreSQL with 200 teams × 12 closed assessments (2,400), seeded through the HTTP API as a
// workspace would fill (team, assessment, open, one response answered and submitted, close), then
// ANALYZE. Measures the first page and a deep page (`?limit=50`, the cursor of page 40 of 48) of
// the default order (newest created first, served by an index) and of `sort=closed` and
// `sort=title` (which sort the workspace's rows), interleaved, BENCH_LIST_REQUESTS each (default 300), one at a time, and prints the median, p90 and
// p99 against the 50 ms goal, with the machine's load. BENCH_DATABASE_URL names the server (default
// postgres://postgres@127.0.0.1:5432/postgres); the bench creates a database of its own there and
// drops it at the end. BENCH_TEAMS and BENCH_PER_TEAM shrink the seed for a quick look.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { api, load, migrateCompiled, percentile, scratchDatabase } from './support.ts';
import { LEVEL_1, LEVEL_3 } from '../test/fixtures.ts';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEAMS = Number(process.env.BENCH_TEAMS ?? 200);
const PER_TEAM = Number(process.env.BENCH_PER_TEAM ?? 12);
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 300);
const SEED_CONCURRENCY = 4;
const PAGE = Number(process.env.BENCH_PAGE_LIMIT ?? 50);
/** Page 40 of 48 with the full seed; the last but one with a smaller one. */
const DEEP_PAGE = Math.max(2, Math.min(40, Math.ceil((TEAMS * PER_TEAM) / PAGE) - 1));
const GOAL_MS = 50;
const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];

async function startApp(env: Record<string, string>): Promise<string> {
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: API_DIR,
    env: { ...process.env, ...env, PORT: port, HOST: '127.0.0.1', AUTH_RATE_LIMIT_MAX: '100000', JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`the app exited with ${exited} before it was ready`);
    if (await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false)) return `http://127.0.0.1:${port}`;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** 200 teams × 12 closed assessments, each with one submitted response (k = 1, so each has a team result). */
async function seed(base: string): Promise<{ ws: string; token: string }> {
  const owner = await api(base, 'POST', '/auth/sign-up', undefined, { email: `owner-${randomBytes(4).toString('hex')}@bench.test`, password: 'correct horse battery', name: 'Owner' });
  const token: string = owner.accessToken;
  const ws: string = (await api(base, 'POST', '/workspaces', token, { name: 'Bench lists' })).id;
  await api(base, 'PATCH', `/workspaces/${ws}`, token, { anonymityThreshold: 1 });
  let done = 0;
  const started = Date.now();
  const seedTeam = async (t: number) => {
    const team: string = (await api(base, 'POST', `/workspaces/${ws}/teams`, token, { name: `Team ${String(t).padStart(3, '0')}` })).id;
    for (let a = 0; a < PER_TEAM; a++) {
      const assessment: string = (await api(base, 'POST', `/workspaces/${ws}/teams/${team}/assessments`, token, { title: `Quarter ${a + 1}` })).id;
      const at = `/workspaces/${ws}/assessments/${assessment}`;
      await api(base, 'POST', `${at}/open`, token);
      const response: string = (await api(base, 'POST', `${at}/responses`, token)).id;
      await api(base, 'PATCH', `${at}/responses/${response}`, token, { answers: a % 2 === 0 ? LEVEL_1 : LEVEL_3 });
      await api(base, 'POST', `${at}/responses/${response}/submit`, token);
      await api(base, 'POST', `${at}/close`, token);
      done++;
    }
    if (t % 20 === 19) console.log(`  seeded ${done} closed assessments (${((Date.now() - started) / 1000).toFixed(0)} s, load ${load()})`);
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, async () => {
      while (next < TEAMS) await seedTeam(next++);
    }),
  );
  return { ws, token };
}

async function timed(url: string, token: string): Promise<{ ms: number; bytes: number; items: number; total: number }> {
  const start = process.hrtime.bigint();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' } });
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text}`);
  const body = JSON.parse(text) as { items: unknown[]; total: number };
  return { ms, bytes: Number(response.headers.get('content-length') ?? text.length), items: body.items.length, total: body.total };
}

async function main() {
  execFileSync(process.execPath, ['build.mjs'], { cwd: API_DIR, stdio: 'inherit' });
  console.log(`pnpm bench:lists — workspace assessments list, ${TEAMS} teams × ${PER_TEAM} closed assessments, PostgreSQL; machine load ${load()} (1, 5, 15 min)`);
  const { url, drop } = await scratchDatabase(SERVER);
  try {
    await migrateCompiled(url);
    const app = await startApp({ DATABASE_URL: url.toString(), DATABASE_POOL_MAX: '10' });
    const { ws, token } = await seed(app);
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    await db.query('analyze');
    await db.end();

    const deepCursor = async (list: string): Promise<string> => {
      // The cursor of a deep page: follow nextCursor.
      let cursor: string | null = null;
      for (let page = 1; page < DEEP_PAGE; page++) {
        const body = (await (await fetch(`${list}${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { nextCursor: string | null };
        cursor = body.nextCursor;
        if (!cursor) throw new Error(`the list ended before page ${DEEP_PAGE}`);
      }
      return cursor!;
    };
    const list = `${app}/api/v1/workspaces/${ws}/assessments?limit=${PAGE}`;
    const targets: Record<string, string> = { first: list, deep: `${list}&cursor=${await deepCursor(list)}` };
    for (const sort of ['closed', 'title']) {
      const sorted = `${list}&sort=${sort}`;
      targets[`${sort} first`] = sorted;
      targets[`${sort} deep`] = `${sorted}&cursor=${await deepCursor(sorted)}`;
    }
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((key) => [key, []]));
    let shape = '';
    for (let i = 0; i < 20; i++) for (const target of Object.values(targets)) await timed(target, token); // warm up
    console.log(`measuring: ${REQUESTS} requests each, interleaved ${Object.keys(targets).join(', ')}, one at a time; load ${load()}`);
    for (let i = 0; i < REQUESTS; i++) {
      for (const key of Object.keys(targets)) {
        const result = await timed(targets[key]!, token);
        times[key]!.push(result.ms);
        if (i === 0) shape += `${key}: ${result.items} items of ${result.total}, ${result.bytes} B on the wire; `;
      }
    }
    console.log(`  ${shape}`);
    for (const key of Object.keys(times)) {
      const sorted = [...times[key]!].sort((a, b) => a - b);
      const median = percentile(sorted, 50);
      const name = key.endsWith('deep') ? `${key.replace('deep', '').trim() || 'default'}, page ${DEEP_PAGE} of ${Math.ceil((TEAMS * PER_TEAM) / PAGE)}` : `${key.replace('first', '').trim() || 'default'}, first page`;
      console.log(
        `  ${name.padEnd(26)} median ${median.toFixed(1)} ms, p90 ${percentile(sorted, 90).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms: ${median < GOAL_MS ? 'under' : 'OVER'} the ${GOAL_MS} ms goal`,
      );
    }
    console.log(`machine load at the end ${load()}`);
  } finally {
    for (const child of children.splice(0)) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await drop();
  }
}

process.once('SIGINT', () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(130);
});
await main();
