// Backups restore to the same service: a seeded database is dumped (pg_dump, custom format) and
// restored (pg_restore) into a new database, and the API on the copy answers exactly as on the
// original (team results, history, responses, members, a whole-workspace export). The same for the
// embedded database (PGlite's dumpDataDir / loadDataDir). The PostgreSQL part uses a server this
// test starts itself and runs in the PGlite pass; without PostgreSQL binaries it is skipped.
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { pgliteHandle } from '../src/db/pglite.ts';
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createWorkspace, respond, signUp, testConfig, type Session } from './helpers.ts';
import { findPostgresBin, startPgInstance, type PgInstance } from './pg-instance.ts';

const bin = findPostgresBin();
const inPostgresPass = process.env.ASSAY_TEST_DB === 'postgres';

async function appOn(database: DatabaseHandle): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(), database, logger: false });
  await app.ready();
  return app;
}

/** Two closed assessments (so a history with a change), a guest response, members. */
async function seed(app: FastifyInstance) {
  const owner = await signUp(app, 'Owner');
  const ws = await createWorkspace(app, owner, 'Acme', 1);
  const team = await createTeam(app, owner, ws);
  const member = await addMember(app, owner, ws, 'member', team);
  const first = await createAssessment(app, owner, ws, team);
  await respond(app, owner, first.base, LEVEL_1);
  await respond(app, member, first.base, LEVEL_3);
  expect((await call(app, owner, 'POST', `${first.base}/close`)).statusCode).toBe(200);
  const second = await createAssessment(app, owner, ws, team);
  await respond(app, owner, second.base, LEVEL_4);
  const link = (await call(app, owner, 'POST', `${second.base}/respondent-links`)).json();
  const guest = (await call(app, null, 'POST', '/api/v1/guest/responses', { token: link.token, name: 'Guest' })).json();
  await app.inject({ method: 'PATCH', url: `/api/v1/guest/responses/${guest.id}`, headers: { 'x-response-key': guest.accessKey }, payload: { answers: LEVEL_3 } });
  await app.inject({ method: 'POST', url: `/api/v1/guest/responses/${guest.id}/submit`, headers: { 'x-response-key': guest.accessKey } });
  expect((await call(app, owner, 'POST', `${second.base}/close`)).statusCode).toBe(200);
  return { owner, ws, team, bases: [first.base, second.base] };
}

type Seeded = Awaited<ReturnType<typeof seed>>;

/** What the service answers about the seeded workspace, as a signed-in owner would see it. */
async function answers(app: FastifyInstance, seeded: Seeded) {
  const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: seeded.owner.email, password: 'correct horse battery' } });
  expect(signIn.statusCode).toBe(200);
  const owner: Session = { ...seeded.owner, token: signIn.json().accessToken };
  const get = async (url: string) => {
    const response = await call(app, owner, 'GET', url);
    expect(response.statusCode, url).toBe(200);
    return response.json();
  };
  const ws = `/api/v1/workspaces/${seeded.ws}`;
  const exported = await get(`${ws}/export`);
  delete exported.exportedAt;
  // The export's own audit event differs (each app records its export); the rest must match.
  exported.auditEvents = exported.auditEvents.filter((e: { action: string }) => e.action !== 'workspace.exported' && e.action !== 'auth.sign_in_failed');
  return {
    workspace: await get(ws),
    members: await get(`${ws}/members`),
    teams: await get(`${ws}/teams`),
    history: await get(`${ws}/teams/${seeded.team}/history`),
    results: await Promise.all(seeded.bases.map((base) => get(`${base}/result`))),
    responses: await Promise.all(seeded.bases.map((base) => get(`${base}/responses`))),
    exported,
  };
}

describe.skipIf(!bin || inPostgresPass)('PostgreSQL: pg_dump of a seeded database restored into a new one', () => {
  let pgi: PgInstance | undefined;
  const handles: DatabaseHandle[] = [];
  const apps: FastifyInstance[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    pgi?.destroy();
  });

  it('serves identical results, history, responses and export', async () => {
    pgi = await startPgInstance(bin!);
    pgi.run('createdb', ['-h', '127.0.0.1', '-p', String(pgi.port), '-U', 'postgres', 'assay_source']);
    const source = await openDatabase({ kind: 'postgres', url: pgi.url('assay_source'), poolMax: 3 }, { migrate: true });
    handles.push(source);
    const original = await appOn(source);
    apps.push(original);
    const seeded = await seed(original);
    const before = await answers(original, seeded);

    const started = Date.now();
    pgi.run('pg_dump', ['-h', '127.0.0.1', '-p', String(pgi.port), '-U', 'postgres', '--format=custom', '--file=assay.dump', 'assay_source']);
    pgi.run('createdb', ['-h', '127.0.0.1', '-p', String(pgi.port), '-U', 'postgres', 'assay_restored']);
    pgi.run('pg_restore', ['-h', '127.0.0.1', '-p', String(pgi.port), '-U', 'postgres', '--no-owner', '--exit-on-error', '-d', 'assay_restored', 'assay.dump']);
    console.warn(`backup.test: pg_dump + pg_restore of the seeded database took ${Date.now() - started} ms`);

    const restored = await openDatabase({ kind: 'postgres', url: pgi.url('assay_restored'), poolMax: 3 });
    handles.push(restored);
    const copy = await appOn(restored);
    apps.push(copy);
    const after = await answers(copy, seeded);
    expect(after).toEqual(before);
    expect(before.history.items).toHaveLength(2);
    // The restored database takes new writes (sequences restored too).
    expect((await call(copy, { ...seeded.owner, token: (await copy.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: seeded.owner.email, password: 'correct horse battery' } })).json().accessToken }, 'PATCH', `/api/v1/workspaces/${seeded.ws}`, { name: 'Renamed after restore' })).statusCode).toBe(200);
  }, 180_000);
});

describe.skipIf(inPostgresPass)('PGlite: dumpDataDir of a seeded database loaded into a new one', () => {
  it('serves identical results, history, responses and export', async () => {
    const client = await PGlite.create();
    const source = pgliteHandle(client);
    await source.migrate();
    const original = await appOn(source);
    const seeded = await seed(original);
    const before = await answers(original, seeded);
    const dump = await client.dumpDataDir('gzip');
    await original.close();
    await source.close();

    const restored = pgliteHandle(await PGlite.create({ loadDataDir: dump }));
    const copy = await appOn(restored);
    try {
      expect(await answers(copy, seeded)).toEqual(before);
    } finally {
      await copy.close();
      await restored.close();
    }
  }, 180_000);
});
