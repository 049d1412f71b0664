// `pnpm --filter @assay/api bench:dashboard`: the manager's reads at scale on PostgreSQL. Seeds a
// workspace of 200 teams × 12 closed assessments through the API itself (every team result is
// scored by the engine when its assessment closes: no result row is written by hand), with a
// target and two actions per team and some rounds withheld by the anonymity threshold; runs
// ANALYZE; then measures, in process through the routes (`app.inject`), the dashboard's first
// page (and a filtered, sorted one), a team's history, target and actions, and comparing six
// teams: median and p95 over BENCH_REQUESTS requests each (default 60), the time spent waiting for
// the database and the SQL statements each request ran.
// BENCH_DATABASE_URL (or TEST_DATABASE_URL; default postgres://postgres@127.0.0.1:5432/postgres)
// names the server; the bench creates a database of its own there and drops it at the end.
// BENCH_TEAMS and BENCH_ROUNDS change the size (defaults 200 and 12).
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { scratchDatabase } from './support.ts';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { postgresHandle } from '../src/db/client.ts';
import { completeAnswers } from '../test/fixtures.ts';

const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TEAMS = Number(process.env.BENCH_TEAMS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const SEED_CONCURRENCY = 4;
const GOAL_MS = 50;

/** Four answer sets, one per level (paper §5.1), so the teams spread over the levels and move between rounds. */
const LEVEL_3 = {
  deploys_models: 'yes',
  business_consumption: 'yes',
  model_runtime: 'cloud',
  model_consumption: ['api'],
  self_declared_level: 'level_3',
  deployment: 'manual',
  model_monitoring: 'manual',
  alerting: 'manual',
  retraining: 'manual',
} as const;
const ANSWERS = [
  completeAnswers({ deploys_models: 'no', business_consumption: 'no', model_runtime: 'none_yet', self_declared_level: 'level_1' }),
  completeAnswers({ deploys_models: 'no', business_consumption: 'yes', model_runtime: 'local', self_declared_level: 'level_2' }),
  completeAnswers({ ...LEVEL_3, model_consumption: [...LEVEL_3.model_consumption] }),
  completeAnswers({
    ...LEVEL_3,
    model_consumption: [...LEVEL_3.model_consumption],
    self_declared_level: 'level_4',
    experiment_tracking: 'automated',
    dataset_versioning: 'automated',
    training_pipeline: 'automated',
    ci_cd: 'automated',
    deployment: 'automated',
    model_monitoring: 'automated',
    alerting: 'automated',
    retraining: 'automated',
  }),
];

const config = (url: string): Config => ({
  env: 'test',
  host: '127.0.0.1',
  port: 0,
  logLevel: 'silent',
  database: { kind: 'postgres', url, poolMax: 10 },
  dataDir: join(tmpdir(), 'assay-bench-unused'),
  jwtSecret: randomBytes(32).toString('hex'),
  accessTokenTtlSeconds: 86_400,
  refreshTokenTtlDays: 30,
  refreshReuseGraceSeconds: 0,
  authRateLimitMax: 1_000_000,
  redis: undefined,
  cookieSecure: false,
  trustProxy: false,
  webDist: join(tmpdir(), `assay-bench-no-web-${randomBytes(4).toString('hex')}`),
  metricsPort: undefined,
  tls: undefined,
});

let statements = 0;
/** Milliseconds spent waiting for the database, summed over statements (they may overlap). */
let sqlMs = 0;
const slowest = new Map<string, number>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench reads the few fields it needs
async function call(app: FastifyInstance, token: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown): Promise<any> {
  const response = await app.inject({
    method,
    url: `/api/v1${url}`,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.statusCode === 204 ? undefined : response.json();
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

async function seed(app: FastifyInstance): Promise<{ token: string; ws: string; teams: string[] }> {
  const email = `bench-${randomBytes(4).toString('hex')}@example.test`;
  const signedUp = await call(app, null, 'POST', '/auth/sign-up', { email, password: 'correct horse battery', name: 'Bench Manager' });
  const token: string = signedUp.accessToken;
  const ws: string = (await call(app, token, 'POST', '/workspaces', { name: 'Bench' })).id;
  await call(app, token, 'PATCH', `/workspaces/${ws}`, { anonymityThreshold: 1 });
  const teams: string[] = [];
  for (let i = 0; i < TEAMS; i += 1) teams.push((await call(app, token, 'POST', `/workspaces/${ws}/teams`, { name: `Team ${String(i + 1).padStart(3, '0')}` })).id);

  const open = async (teamId: string) => {
    const assessmentId: string = (await call(app, token, 'POST', `/workspaces/${ws}/teams/${teamId}/assessments`, {})).id;
    await call(app, token, 'POST', `/workspaces/${ws}/assessments/${assessmentId}/open`);
    return assessmentId;
  };
  const answerAndClose = async (assessmentId: string, answers: Record<string, unknown>) => {
    const base = `/workspaces/${ws}/assessments/${assessmentId}`;
    const responseId: string = (await call(app, token, 'POST', `${base}/responses`)).id;
    await call(app, token, 'PATCH', `${base}/responses/${responseId}`, { answers });
    await call(app, token, 'POST', `${base}/responses/${responseId}/submit`);
    await call(app, token, 'POST', `${base}/close`);
  };
  const started = performance.now();
  const latest = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round += 1) {
    // In the last round every 25th team's assessment opens with k = 3 and gets one response: withheld.
    const withheld = new Map<string, string>();
    if (round === ROUNDS - 1) {
      await call(app, token, 'PATCH', `/workspaces/${ws}`, { anonymityThreshold: 3 });
      for (let i = 0; i < TEAMS; i += 25) withheld.set(teams[i]!, await open(teams[i]!));
      await call(app, token, 'PATCH', `/workspaces/${ws}`, { anonymityThreshold: 1 });
    }
    await inParallel(teams, SEED_CONCURRENCY, async (teamId, i) => {
      const assessmentId = withheld.get(teamId) ?? (await open(teamId));
      // Each team climbs at its own pace: level 1 to 4 over the rounds, capped.
      await answerAndClose(assessmentId, ANSWERS[Math.min(3, Math.floor(((i % 7) + 1) * round / ROUNDS * 1.2))]!);
      if (!withheld.has(teamId)) latest.set(teamId, assessmentId);
    });
    process.stdout.write(`  seeded round ${round + 1}/${ROUNDS} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  // A target and two actions per team (one of them overdue), from the team's latest shown result.
  await inParallel(teams, SEED_CONCURRENCY, async (teamId, i) => {
    const T = `/workspaces/${ws}/teams/${teamId}`;
    await call(app, token, 'PUT', `${T}/target`, { level: 4, dueDate: i % 3 === 0 ? '2026-01-31' : '2028-06-30' });
    const result = await call(app, token, 'GET', `/workspaces/${ws}/assessments/${latest.get(teamId)}/result`);
    const gaps: { id: string }[] = result.result.gaps;
    for (const [n, dueDate] of ['2020-01-31', '2030-01-31'].entries()) {
      const gap = gaps[n % Math.max(1, gaps.length)];
      if (!gap) continue;
      await call(app, token, 'POST', `${T}/actions`, { assessmentId: latest.get(teamId), ownerId: signedUp.user.id, dueDate, title: `Close ${gap.id}`, target: { kind: 'gap', gapId: gap.id } });
    }
  });
  process.stdout.write(`  seeded targets and actions (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  return { token, ws, teams };
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function measure(app: FastifyInstance, token: string, name: string, urls: (i: number) => string) {
  for (let i = 0; i < 5; i += 1) await call(app, token, 'GET', urls(i)); // warm-up: plans, JIT
  const times: number[] = [];
  const sql: number[] = [];
  const counts = new Set<number>();
  slowest.clear();
  for (let i = 0; i < REQUESTS; i += 1) {
    const before = statements;
    const sqlBefore = sqlMs;
    const start = performance.now();
    await call(app, token, 'GET', urls(i));
    times.push(performance.now() - start);
    sql.push(sqlMs - sqlBefore);
    counts.add(statements - before);
  }
  if (process.env.BENCH_TRACE) for (const [text, ms] of slowest) console.log(`    ${(ms / REQUESTS).toFixed(2)} ms  ${text}`);
  times.sort((a, b) => a - b);
  sql.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  return { name, median, p95: quantile(times, 0.95), sql: quantile(sql, 0.5), statements: [...counts].sort((a, b) => a - b).join('/'), ok: median < GOAL_MS };
}

async function main() {
  const { name: database, url, drop } = await scratchDatabase(SERVER, 'assay_bench_dashboard');
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  // Dropping the database at the end ends idle connections: not an error here.
  pool.on('error', () => undefined);
  // Every statement goes through one of the pool's clients.
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        statements += 1;
        const start = performance.now();
        const first = args[0];
        const text = (typeof first === 'string' ? first : ((first as { name?: string; text?: string }).name ?? (first as { text?: string }).text ?? '')).slice(0, 60);
        const done = () => {
          const ms = performance.now() - start;
          sqlMs += ms;
          if (process.env.BENCH_TRACE) slowest.set(text, (slowest.get(text) ?? 0) + ms);
        };
        // The pool passes a callback; a direct call gets a promise.
        const last = args.length - 1;
        const callback = args[last];
        if (typeof callback === 'function') {
          args[last] = (...results: unknown[]) => {
            done();
            return (callback as (...r: unknown[]) => unknown)(...results);
          };
          return query(...args);
        }
        const result = query(...args);
        if (result instanceof Promise) void result.then(done, () => undefined);
        return result;
      },
    });
  });
  const handle = postgresHandle(pool);
  let app: FastifyInstance | undefined;
  try {
    await handle.migrate();
    app = await buildApp({ config: config(url.toString()), database: handle, logger: false });
    await app.ready();
    console.log(`dashboard bench: ${TEAMS} teams × ${ROUNDS} closed assessments on ${url.host}/${database}`);
    const { token, ws, teams } = await seed(app);
    await pool.query('analyze');
    const team = (i: number) => teams[(i * 37) % teams.length]!;
    const load = loadavg();
    const rows = [
      await measure(app, token, 'dashboard, first page (50 teams, by name)', () => `/workspaces/${ws}/dashboard`),
      await measure(app, token, 'dashboard, by level, on-track filter (judges all teams)', () => `/workspaces/${ws}/dashboard?sort=level&onTrack=overdue`),
      await measure(app, token, 'dashboard, 200 teams in one page', () => `/workspaces/${ws}/dashboard?limit=200&sort=overdue_actions`),
      await measure(app, token, "a team's history", (i) => `/workspaces/${ws}/teams/${team(i)}/history`),
      await measure(app, token, "a team's target", (i) => `/workspaces/${ws}/teams/${team(i)}/target`),
      await measure(app, token, "a team's actions", (i) => `/workspaces/${ws}/teams/${team(i)}/actions`),
      await measure(app, token, 'comparing six teams', (i) => `/workspaces/${ws}/compare?teams=${[0, 1, 2, 3, 4, 5].map((n) => team(i + n * 11)).join(',')}`),
    ];
    const after = loadavg();
    console.log(`\n${REQUESTS} requests each after 5 warm-up; machine load (1/5/15 min) before ${load.map((l) => l.toFixed(2)).join(' ')}, after ${after.map((l) => l.toFixed(2)).join(' ')}; ${process.env.BENCH_NOTE ?? ''}`);
    console.log('request'.padEnd(58), 'median ms'.padStart(10), 'p95 ms'.padStart(8), 'SQL ms'.padStart(8), 'statements'.padStart(11), ` goal < ${GOAL_MS} ms`);
    for (const row of rows) {
      console.log(row.name.padEnd(58), row.median.toFixed(1).padStart(10), row.p95.toFixed(1).padStart(8), row.sql.toFixed(1).padStart(8), row.statements.padStart(11), row.ok ? '  met' : '  NOT MET');
    }
  } finally {
    await app?.close();
    await handle.close().catch(() => undefined);
    await drop();
  }
}

await main();
