// A database outage degrades cleanly: every route that needs the database answers 503 with
// Retry-After (not 500), nobody is signed out (the refresh cookie is kept), and the app recovers
// by itself when the database is back, without a restart. The database is a PostgreSQL server
// this test starts and stops itself (never the shared one). It runs once, in the PGlite pass;
// without PostgreSQL binaries on the machine it is skipped and says so.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { buildApp } from '../src/app.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { LEVEL_3 } from './fixtures.ts';
import { call, createAssessment, createTeam, createWorkspace, openTestDatabase, signUp, testConfig, type Session } from './helpers.ts';
import { findPostgresBin, startPgInstance, type PgInstance } from './pg-instance.ts';

const bin = findPostgresBin();
const inPostgresPass = process.env.ASSAY_TEST_DB === 'postgres';
if (!bin && !inPostgresPass) console.warn('outage.test: no PostgreSQL binaries (initdb, pg_ctl) found; set PG_BIN to run the outage test.');

describe.skipIf(!bin || inPostgresPass)('database outage (own PostgreSQL server, stopped and started)', () => {
  let pgi: PgInstance;
  let database: DatabaseHandle;
  let t: { app: FastifyInstance; close(): Promise<void> };
  const logs: string[] = [];
  let owner: Session;
  let ws: string;
  let base: string;
  let responseId: string;
  let linkToken: string;
  let invitationToken: string;

  beforeAll(async () => {
    pgi = await startPgInstance(bin!);
    database = await openDatabase({ kind: 'postgres', url: pgi.url(), poolMax: 5 }, { migrate: true });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    const app = await buildApp({ config: testConfig(), database, logger: { level: 'error', stream } });
    t = { app, close: () => app.close() };
    owner = await signUp(t.app, 'Owner');
    ws = await createWorkspace(t.app, owner);
    const team = await createTeam(t.app, owner, ws);
    ({ base } = await createAssessment(t.app, owner, ws, team));
    responseId = (await call(t.app, owner, 'POST', `${base}/responses`)).json().id;
    expect((await call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { company_size: LEVEL_3.company_size } })).statusCode).toBe(200);
    linkToken = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json().token;
    invitationToken = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'viewer' })).json().token;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.close();
    pgi?.destroy();
  });

  /** One request of every kind that needs the database. */
  const requests = (): (() => Promise<LightMyRequestResponse>)[] => [
    () => t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password: 'correct horse battery' } }),
    () => t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email: `new-${Date.now()}@example.test`, password: 'correct horse battery', name: 'N' } }),
    () => t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: owner.refresh } }),
    () => call(t.app, owner, 'GET', '/api/v1/auth/me'),
    () => call(t.app, owner, 'GET', '/api/v1/workspaces'),
    () => call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}`),
    () => call(t.app, owner, 'GET', `${base}/result`),
    () => call(t.app, owner, 'PATCH', `${base}/responses/${responseId}`, { answers: { deploys_models: LEVEL_3.deploys_models } }),
    () => t.app.inject({ method: 'POST', url: '/api/v1/guest/lookup', payload: { token: linkToken } }),
    () => t.app.inject({ method: 'POST', url: '/api/v1/invitations/lookup', payload: { token: invitationToken } }),
    () => t.app.inject({ method: 'GET', url: '/ready' }),
  ];

  it('answers 503 with Retry-After while the server is down, keeps the refresh cookie, and recovers without a restart', async () => {
    pgi.stop('immediate');
    const down = await Promise.all(requests().map((send) => send()));
    for (const response of down) {
      expect(response.statusCode, `${response.raw.req.method} ${response.raw.req.url}: ${response.body}`).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json().error.code).toBe('service_unavailable');
      // Nobody is signed out by an outage.
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    // The failures are logged with their statement, never its parameters (emails, password hashes, answers).
    const log = logs.join('');
    expect(log).toContain('Failed query');
    expect(log).toContain('ECONNREFUSED');
    expect(log).not.toContain(owner.email);
    expect(log).not.toContain('$argon2id');
    expect(log).not.toContain('params');
    // What needs no database still works.
    expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/questionnaires/amorim-2023@1' })).statusCode).toBe(200);

    const restarted = Date.now();
    pgi.start();
    const serverUp = Date.now();
    let ready = 0;
    for (let i = 0; i < 200 && ready === 0; i++) {
      if ((await t.app.inject({ method: 'GET', url: '/ready' })).statusCode === 200) ready = Date.now();
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready).toBeGreaterThan(0);
    console.warn(`outage.test: pg_ctl start took ${serverUp - restarted} ms; the app answered /ready ${ready - serverUp} ms after the server was up.`);

    // The same session carries on: the cookie kept during the outage refreshes.
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: owner.refresh } });
    expect(refreshed.statusCode).toBe(200);
    // (The refresh is left out: the cookie was rotated just above.)
    const up = await Promise.all(requests().filter((_, i) => i !== 2).map((send) => send()));
    // Back to normal answers (the open assessment's team result is a deliberate 404).
    for (const response of up) expect(response.statusCode, `${response.raw.req.url}: ${response.body}`).toBeLessThan(500);
    expect(up.filter((response) => response.statusCode >= 300).map((response) => response.json().error.reason)).toEqual(['team_result_pending']);
    // The answer saved before the outage is there; the one attempted during it was not half-saved.
    const saved = (await call(t.app, owner, 'GET', `${base}/responses/${responseId}`)).json();
    expect(Object.keys(saved.answers)).toEqual(expect.arrayContaining(['company_size', 'deploys_models']));
  }, 120_000);
});

describe('embedded database closed under the app', () => {
  it('answers 503 with Retry-After, not 500', async () => {
    const database = await openTestDatabase();
    const app = await buildApp({ config: testConfig(), database, logger: false });
    try {
      await database.close();
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'a@example.test', password: 'whatever it is' } });
      expect(response.statusCode, response.body).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
    } finally {
      await app.close();
    }
  });
});
