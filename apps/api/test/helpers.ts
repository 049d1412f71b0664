// Builds the real app on the run's test database and offers small request helpers.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { postgresHandle, type DatabaseHandle } from '../src/db/client.ts';
import { pgliteHandle } from '../src/db/pglite.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    database: { kind: 'pglite', dataDir: join(tmpdir(), 'unused') },
    dataDir: join(tmpdir(), 'unused'),
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    refreshReuseGraceSeconds: 0,
    authRateLimitMax: 100_000,
    redis: undefined,
    cookieSecure: false,
    trustProxy: false,
    webDist: join(tmpdir(), `assay-no-web-${randomUUID()}`),
    metricsPort: undefined,
    tls: undefined,
    ...overrides,
  };
}

/**
 * A built web app in `dist` as the API serves it: index.html, a small fingerprinted script, a big
 * one with the brotli and gzip files apps/web/scripts/precompress.mjs leaves beside it, robots.txt.
 */
export function writeWebDist(dist: string): void {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Assay</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  const big = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  writeFileSync(join(dist, 'assets', 'big-5678.js'), big);
  writeFileSync(join(dist, 'assets', 'big-5678.js.br'), brotliCompressSync(big));
  writeFileSync(join(dist, 'assets', 'big-5678.js.gz'), gzipSync(big));
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nAllow: /\n');
}

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const target = inject('testDatabase');
  if (target.kind === 'postgres') return postgresHandle(new pg.Pool({ connectionString: target.url, max: 5 }));
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(target.dumpFile)]) });
  return pgliteHandle(client);
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}, database?: DatabaseHandle): Promise<TestApp> {
  const db = database ?? (await openTestDatabase());
  // API_TEST_LOG=error (or any level) prints the app's logs while debugging a test.
  const level = process.env.API_TEST_LOG;
  const app = await buildApp({ config: testConfig(overrides), database: db, logger: level ? { level } : false });
  await app.ready();
  return {
    app,
    database: db,
    close: async () => {
      await app.close();
      if (!database) await db.close();
    },
  };
}

export interface Session {
  userId: string;
  email: string;
  name: string;
  token: string;
  /** The refresh cookie value. */
  refresh: string;
}

export function refreshCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === 'assay_refresh')?.value;
}

export async function signUp(app: FastifyInstance, name = 'Test User'): Promise<Session> {
  const email = `user-${randomUUID()}@example.test`;
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', payload: { email, password: 'correct horse battery', name } });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { userId: body.user.id, email, name, token: body.accessToken, refresh: refreshCookieOf(response)! };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A request as a signed-in user (or anonymous with `null`). */
export function call(app: FastifyInstance, session: Session | null, method: Method, url: string, payload?: unknown) {
  return app.inject({
    method,
    url,
    ...(session ? { headers: { authorization: `Bearer ${session.token}` } } : {}),
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

/**
 * A workspace owned by `owner`. `anonymityThreshold` sets k (default 3): tests of one or two
 * respondents that read a team result or each other's answers run with k = 1 (attributed).
 */
export async function createWorkspace(app: FastifyInstance, owner: Session, name = 'Acme', anonymityThreshold?: number): Promise<string> {
  const response = await call(app, owner, 'POST', '/api/v1/workspaces', { name });
  if (response.statusCode !== 201) throw new Error(`workspace failed: ${response.statusCode} ${response.body}`);
  const id: string = response.json().id;
  if (anonymityThreshold !== undefined) {
    const set = await call(app, owner, 'PATCH', `/api/v1/workspaces/${id}`, { anonymityThreshold });
    if (set.statusCode !== 200) throw new Error(`threshold failed: ${set.statusCode} ${set.body}`);
  }
  return id;
}

/** Invites a new user into a workspace with a role (and team) through the real invitation flow. */
export async function addMember(app: FastifyInstance, owner: Session, workspaceId: string, role: string, teamId?: string): Promise<Session> {
  const invited = await call(app, owner, 'POST', `/api/v1/workspaces/${workspaceId}/invitations`, { role, ...(teamId ? { teamId } : {}) });
  if (invited.statusCode !== 201) throw new Error(`invitation failed: ${invited.statusCode} ${invited.body}`);
  const user = await signUp(app, `A ${role}`);
  const accepted = await call(app, user, 'POST', '/api/v1/invitations/accept', { token: invited.json().token });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  return user;
}

export async function createTeam(app: FastifyInstance, owner: Session, workspaceId: string, name = 'Data Science'): Promise<string> {
  const response = await call(app, owner, 'POST', `/api/v1/workspaces/${workspaceId}/teams`, { name });
  if (response.statusCode !== 201) throw new Error(`team failed: ${response.statusCode} ${response.body}`);
  return response.json().id;
}

/** A draft assessment, opened unless `open` is false; returns its id and base path. */
export async function createAssessment(app: FastifyInstance, runner: Session, workspaceId: string, teamId: string, open = true) {
  const created = await call(app, runner, 'POST', `/api/v1/workspaces/${workspaceId}/teams/${teamId}/assessments`, {});
  if (created.statusCode !== 201) throw new Error(`assessment failed: ${created.statusCode} ${created.body}`);
  const assessmentId: string = created.json().id;
  const base = `/api/v1/workspaces/${workspaceId}/assessments/${assessmentId}`;
  if (open) {
    const opened = await call(app, runner, 'POST', `${base}/open`);
    if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.statusCode} ${opened.body}`);
  }
  return { assessmentId, base };
}

/** Starts the respondent's response, saves every answer and submits; returns the response id. */
export async function respond(app: FastifyInstance, respondent: Session, base: string, answers: Record<string, unknown>): Promise<string> {
  const started = await call(app, respondent, 'POST', `${base}/responses`);
  if (started.statusCode >= 300) throw new Error(`start failed: ${started.statusCode} ${started.body}`);
  const responseId: string = started.json().id;
  const saved = await call(app, respondent, 'PATCH', `${base}/responses/${responseId}`, { answers });
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.statusCode} ${saved.body}`);
  const submitted = await call(app, respondent, 'POST', `${base}/responses/${responseId}/submit`);
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.statusCode} ${submitted.body}`);
  return responseId;
}
