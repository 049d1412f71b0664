// Two replicas of the app (two buildApp instances, each with its own pool) against one
// PostgreSQL server and one Redis: a rate limit holds across both, keyed so that an office
// behind one address is not locked out. The PostgreSQL server is one this test starts itself;
// Redis is the machine's (REDIS_TEST_URL, default redis://127.0.0.1:6379) under a key prefix
// unique to the run, whose keys are deleted afterwards (never a flush). Without PostgreSQL
// binaries or Redis the test is skipped and says so.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { call, createAssessment, createTeam, createWorkspace, signUp, testConfig, type Session } from './helpers.ts';
import { findPostgresBin, startPgInstance, type PgInstance } from './pg-instance.ts';

const bin = findPostgresBin();
const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const inPostgresPass = process.env.ASSAY_TEST_DB === 'postgres';

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const haveRedis = inPostgresPass ? false : await redisAnswers();
if (!inPostgresPass && !bin) console.warn('replicas.test: no PostgreSQL binaries (initdb, pg_ctl) found; set PG_BIN to run the replica test.');
if (!inPostgresPass && !haveRedis) console.warn(`replicas.test: no Redis answers at ${redisUrl}; set REDIS_TEST_URL to run the replica test.`);

describe.skipIf(!bin || !haveRedis || inPostgresPass)('two replicas, one PostgreSQL, one Redis', () => {
  const MAX = 4;
  const keyPrefix = `assay-test-${randomUUID()}:`;
  let pgi: PgInstance;
  const pools: DatabaseHandle[] = [];
  const replicas: FastifyInstance[] = [];
  let owner: Session;
  let linkToken: string;

  async function replica(overrides: Partial<Config>): Promise<FastifyInstance> {
    const database = await openDatabase({ kind: 'postgres', url: pgi.url(), poolMax: 3 });
    pools.push(database);
    const app = await buildApp({ config: testConfig({ authRateLimitMax: MAX, ...overrides }), database, logger: false });
    await app.ready();
    replicas.push(app);
    return app;
  }

  beforeAll(async () => {
    pgi = await startPgInstance(bin!);
    const migrator = await openDatabase({ kind: 'postgres', url: pgi.url(), poolMax: 1 }, { migrate: true });
    await migrator.close();
    const setup = await replica({ authRateLimitMax: 100_000 });
    owner = await signUp(setup, 'Owner');
    const ws = await createWorkspace(setup, owner);
    const team = await createTeam(setup, owner, ws);
    const { base } = await createAssessment(setup, owner, ws, team);
    linkToken = (await call(setup, owner, 'POST', `${base}/respondent-links`)).json().token;
  }, 120_000);

  afterAll(async () => {
    for (const app of replicas) await app.close();
    for (const pool of pools) await pool.close();
    pgi?.destroy();
    // Only this run's keys.
    const redis = new Redis(redisUrl);
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${keyPrefix}*`, count: 500 })) keys.push(...(batch as string[]));
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const signIn = (app: FastifyInstance, email: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: 'not the password at all' } });

  it('sign-in: one limit per address and account across both replicas; colleagues behind the address still sign in', async () => {
    const redis = { url: redisUrl, keyPrefix };
    const a = await replica({ redis });
    const b = await replica({ redis });
    const statuses: number[] = [];
    // Alternate replicas, as a load balancer would.
    for (let i = 0; i < MAX * 2; i++) statuses.push((await signIn(i % 2 === 0 ? a : b, owner.email)).statusCode);
    console.warn(`replicas.test: sign-in attempts on one account, alternating two replicas with Redis: ${statuses.join(' ')}`);
    expect(statuses).toEqual([...Array<number>(MAX).fill(401), ...Array<number>(MAX).fill(429)]);
    // A colleague behind the same address (another account) is not locked out, on either replica.
    const colleague = await a.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: `c-${randomUUID()}@example.test`, password: 'correct horse battery', name: 'C' } });
    expect(colleague.statusCode).toBe(201);
    expect((await b.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: colleague.json().user.email, password: 'correct horse battery' } })).statusCode).toBe(200);
    // The counters are in Redis, under this run's prefix.
    const client = new Redis(redisUrl);
    const keys = await client.keys(`${keyPrefix}*`);
    await client.quit();
    expect(keys.length).toBeGreaterThan(0);
  });

  it('without Redis each replica counts alone (the reason REDIS_URL exists)', async () => {
    const a = await replica({});
    const b = await replica({});
    const statuses: number[] = [];
    for (let i = 0; i < MAX * 2; i++) statuses.push((await signIn(i % 2 === 0 ? a : b, owner.email)).statusCode);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
  });

  it('guest links: one limit per address and link across replicas; another link is not blocked', async () => {
    const redis = { url: redisUrl, keyPrefix };
    const a = await replica({ redis });
    const b = await replica({ redis });
    const lookup = (app: FastifyInstance, token: string) => app.inject({ method: 'POST', url: '/api/v1/guest/lookup', payload: { token } });
    const statuses: number[] = [];
    for (let i = 0; i < MAX * 3 + 2; i++) statuses.push((await lookup(i % 2 === 0 ? a : b, linkToken)).statusCode);
    expect(statuses).toEqual([...Array<number>(MAX * 3).fill(200), 429, 429]);
    // Another link from the same address still answers (404: unknown, not 429).
    expect((await lookup(b, 'y'.repeat(43))).statusCode).toBe(404);
  });

  it('the per-address ceiling holds across replicas: spraying many accounts from one address stops', async () => {
    const redis = { url: redisUrl, keyPrefix: `${keyPrefix}ceiling:` };
    const a = await replica({ redis });
    const b = await replica({ redis });
    const statuses: number[] = [];
    for (let i = 0; i < MAX * 10 + 2; i++) statuses.push((await signIn(i % 2 === 0 ? a : b, `spray-${i}@example.test`)).statusCode);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });
});
