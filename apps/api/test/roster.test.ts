// Personal respondent links (one person, one response, reissued as reminders) and the roster of
// who has answered, through HTTP on the test database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const guest = (path = '') => `/api/v1/guest/responses${path}`;

async function setUp(k?: number) {
  const owner = await signUp(t.app, 'Olga Owner');
  const ws = await createWorkspace(t.app, owner, 'Client A', k);
  const teamId = await createTeam(t.app, owner, ws);
  const { base, assessmentId } = await createAssessment(t.app, owner, ws, teamId);
  return { owner, ws, teamId, base, assessmentId };
}

async function personalLink(owner: Session, base: string, label: string) {
  const created = await call(t.app, owner, 'POST', `${base}/respondent-links`, { kind: 'personal', label });
  expect(created.statusCode).toBe(201);
  return created.json() as { token: string; link: { id: string; kind: string; label: string } };
}

const startGuest = (token: string, name?: string) => call(t.app, null, 'POST', guest(), name ? { token, name } : { token });
const saveGuest = (responseId: string, key: string, answers: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: guest(`/${responseId}`), headers: { 'x-response-key': key }, payload: { answers } });

describe('personal links', () => {
  it('accept one response: starting again resumes it with the same key, even two starts at once', async () => {
    const { owner, base } = await setUp();
    const { token, link } = await personalLink(owner, base, '  ana@client.example  ');
    expect(link).toMatchObject({ kind: 'personal', label: 'ana@client.example', responses: 0, replacedById: null });
    const [a, b] = await Promise.all([startGuest(token, 'Ana'), startGuest(token)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().response.id).toBe(b.json().response.id);
    expect(a.json().accessKey).toBe(b.json().accessKey);
    expect([a.json().resumed, b.json().resumed].sort()).toEqual([false, true]);
    const again = await startGuest(token);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ resumed: true, response: { id: a.json().response.id } });
    const links = (await call(t.app, owner, 'GET', `${base}/respondent-links`)).json().items;
    expect(links).toEqual([expect.objectContaining({ id: link.id, kind: 'personal', responses: 1 })]);
  });

  it('a shared link still gives everyone a response of their own', async () => {
    const { owner, base } = await setUp();
    const created = (await call(t.app, owner, 'POST', `${base}/respondent-links`, { label: 'Everyone' })).json();
    expect(created.link.kind).toBe('shared');
    const [a, b] = await Promise.all([startGuest(created.token), startGuest(created.token)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().response.id).not.toBe(b.json().response.id);
    expect(a.json().resumed).toBe(false);
  });

  it('labels: required for a personal link, trimmed, at most 200 characters, something visible', async () => {
    const { owner, base } = await setUp();
    const refused = async (body: unknown, field: string) => {
      const response = await call(t.app, owner, 'POST', `${base}/respondent-links`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
      return response.json().error.details as { field: string; message: string }[];
    };
    const missing = await refused({ kind: 'personal' }, 'body.label');
    expect(missing.find((d) => d.field === 'body.label')!.message).toMatch(/personal link needs a label/);
    await refused({ kind: 'personal', label: '   ' }, 'body.label');
    await refused({ kind: 'personal', label: '\u200b' }, 'body.label');
    const long = await refused({ kind: 'personal', label: 'x'.repeat(201) }, 'body.label');
    expect(long.find((d) => d.field === 'body.label')!.message).toMatch(/200/);
    await refused({ kind: 'team', label: 'Ana' }, 'body.kind');
    const longest = await call(t.app, owner, 'POST', `${base}/respondent-links`, { kind: 'personal', label: `  ${'y'.repeat(200)}  ` });
    expect(longest.statusCode).toBe(201);
    expect(longest.json().link.label).toBe('y'.repeat(200));
  });

  it('reissue: a new token shown once, the old one refused clearly, the started response kept with its answers', async () => {
    const { owner, ws, base } = await setUp();
    const { token, link } = await personalLink(owner, base, 'Bruno');
    const started = (await startGuest(token, 'Bruno')).json();
    expect((await saveGuest(started.response.id, started.accessKey, { education: 'master' })).statusCode).toBe(200);

    const reissued = await call(t.app, owner, 'POST', `${base}/respondent-links/${link.id}/reissue`);
    expect(reissued.statusCode).toBe(201);
    const fresh = reissued.json();
    expect(fresh.token).not.toBe(token);
    expect(fresh.link).toMatchObject({ kind: 'personal', label: 'Bruno', responses: 1, revokedAt: null, replacedById: null });

    // The old token: a clear refusal, for lookups and starts.
    for (const url of ['/api/v1/guest/lookup', guest()]) {
      const old = await call(t.app, null, 'POST', url, { token });
      expect(old.statusCode).toBe(404);
      expect(old.json().error).toMatchObject({ reason: 'link_replaced' });
      expect(old.json().error.message).toMatch(/replaced by a newer one/);
    }
    // The old key stops working; the new link resumes the same response, answers kept.
    expect((await saveGuest(started.response.id, started.accessKey, { education: 'doctorate' })).statusCode).toBe(404);
    const resumed = await startGuest(fresh.token);
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().response).toMatchObject({ id: started.response.id, answers: { education: 'master' } });
    expect((await saveGuest(started.response.id, resumed.json().accessKey, { education: 'doctorate' })).statusCode).toBe(200);

    // The old link is listed revoked and pointing at its successor; the token appears in no list.
    const listed = (await call(t.app, owner, 'GET', `${base}/respondent-links`)).json();
    expect(listed.items.find((l: { id: string }) => l.id === link.id)).toMatchObject({ replacedById: fresh.link.id, responses: 0 });
    expect(listed.items.find((l: { id: string }) => l.id === link.id).revokedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(fresh.token);

    // Only the newest link of a person is reissued; shared links are not.
    const twice = await call(t.app, owner, 'POST', `${base}/respondent-links/${link.id}/reissue`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.reason).toBe('link_superseded');

    // Recorded, with the link it replaced, in the same transaction as the link.
    const audit = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/audit?limit=200`)).json().items as { action: string; details: Record<string, unknown>; target: { id: string } | null }[];
    const record = audit.find((event) => event.action === 'respondent_link.reissued');
    expect(record).toBeDefined();
    expect(record!.details).toMatchObject({ replacesLinkId: link.id, responseKept: true });
    expect(audit.filter((event) => event.action === 'respondent_link.created')).toHaveLength(1);
  });

  it('reissuing a link nobody used yet, or a revoked one, gives a working link; closed assessments refuse', async () => {
    const { owner, base } = await setUp(1);
    const unused = await personalLink(owner, base, 'Caio');
    const fresh = (await call(t.app, owner, 'POST', `${base}/respondent-links/${unused.link.id}/reissue`, { expiresInDays: 7 })).json();
    expect(fresh.link.expiresAt).not.toBeNull();
    expect((await startGuest(fresh.token)).statusCode).toBe(201);

    const revoked = await personalLink(owner, base, 'Dora');
    expect((await call(t.app, owner, 'DELETE', `${base}/respondent-links/${revoked.link.id}`)).statusCode).toBe(204);
    expect((await startGuest(revoked.token)).json().error.reason).toBe('link_unusable');
    const again = (await call(t.app, owner, 'POST', `${base}/respondent-links/${revoked.link.id}/reissue`)).json();
    expect((await startGuest(again.token)).statusCode).toBe(201);

    await respond(t.app, owner, base, LEVEL_3);
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    const closed = await call(t.app, owner, 'POST', `${base}/respondent-links/${again.link.id}/reissue`);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.reason).toBe('assessment_closed');
  });
});

describe('the roster', () => {
  it('members, personal links and shared links with statuses, last activity and counts; never answers', async () => {
    const { owner, ws, teamId, base } = await setUp();
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    await addMember(t.app, owner, ws, 'member', teamId);
    const assessor = await addMember(t.app, owner, ws, 'assessor');
    // The member submits; the owner (not in the team) starts; the second member has not started.
    await respond(t.app, member, base, LEVEL_3);
    expect((await call(t.app, owner, 'POST', `${base}/responses`)).statusCode).toBe(201);

    const ana = await personalLink(owner, base, 'Ana Souza');
    const bruno = await personalLink(owner, base, 'bruno@client.example');
    await personalLink(owner, base, 'Carla');
    const started = (await startGuest(ana.token)).json();
    await saveGuest(started.response.id, started.accessKey, LEVEL_3);
    expect((await t.app.inject({ method: 'POST', url: guest(`/${started.response.id}/submit`), headers: { 'x-response-key': started.accessKey } })).statusCode).toBe(200);
    await startGuest(bruno.token);
    // Bruno is reminded: his roster row is the new link, still started.
    const reminded = (await call(t.app, owner, 'POST', `${base}/respondent-links/${bruno.link.id}/reissue`)).json();

    const shared = (await call(t.app, owner, 'POST', `${base}/respondent-links`, { label: 'Whole team' })).json();
    const g1 = (await startGuest(shared.token)).json();
    await startGuest(shared.token);
    await saveGuest(g1.response.id, g1.accessKey, LEVEL_3);
    await t.app.inject({ method: 'POST', url: guest(`/${g1.response.id}/submit`), headers: { 'x-response-key': g1.accessKey } });

    const roster = await call(t.app, assessor, 'GET', `${base}/roster`);
    expect(roster.statusCode).toBe(200);
    const body = roster.json();
    expect(body.total).toBe(7);
    expect(body.nextCursor).toBeNull();
    const rows = body.items.map((row: { kind: string; name: string; status: string | null }) => [row.kind, row.name, row.status]);
    expect(rows).toEqual([
      ['member', 'A member', expect.any(String)],
      ['member', 'A member', expect.any(String)],
      ['member', 'Olga Owner', 'started'],
      ['personal', 'Ana Souza', 'submitted'],
      ['personal', 'bruno@client.example', 'started'],
      ['personal', 'Carla', 'not_started'],
      ['shared', 'Whole team', null],
    ]);
    const members = body.items.filter((row: { kind: string }) => row.kind === 'member');
    expect(members.find((row: { id: string }) => row.id === member.userId).status).toBe('submitted');
    expect(members.filter((row: { status: string }) => row.status === 'not_started')).toHaveLength(1);
    const byName = (name: string) => body.items.find((row: { name: string }) => row.name === name);
    expect(byName('bruno@client.example').id).toBe(reminded.link.id);
    expect(byName('Carla')).toMatchObject({ lastActivityAt: null, counts: null, link: { revokedAt: null } });
    expect(byName('Ana Souza').lastActivityAt).not.toBeNull();
    expect(byName('Whole team')).toMatchObject({ status: null, counts: { started: 2, submitted: 1 } });
    expect(byName('Whole team').lastActivityAt).not.toBeNull();
    expect(byName('Olga Owner').link).toBeNull();
    // Statuses and times only: no answer, no response id, no token.
    const text = roster.body;
    for (const secret of ['education', 'answers', started.response.id, ana.token, shared.token]) expect(text).not.toContain(secret);

    // Paged: the same rows two at a time, none repeated or skipped.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null; total: number } = (
        await call(t.app, owner, 'GET', `${base}/roster?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.total).toBe(7);
      seen.push(...page.items.map((row) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(body.items.map((row: { id: string }) => row.id));
    expect((await call(t.app, owner, 'GET', `${base}/roster?limit=201`)).statusCode).toBe(400);
    expect((await call(t.app, owner, 'GET', `${base}/roster?cursor=bm9wZQ`)).json().error.reason).toBe('cursor_invalid');
  });

  it('stays readable once the assessment closes', async () => {
    const { owner, base } = await setUp(1);
    await respond(t.app, owner, base, LEVEL_3);
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    const roster = (await call(t.app, owner, 'GET', `${base}/roster`)).json();
    expect(roster.items).toEqual([expect.objectContaining({ kind: 'member', name: 'Olga Owner', status: 'submitted' })]);
  });

  it('is for owners, admins and assessors only; members and viewers are refused', async () => {
    const { owner, ws, teamId, base } = await setUp();
    const admin = await addMember(t.app, owner, ws, 'admin');
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const viewer = await addMember(t.app, owner, ws, 'viewer');
    expect((await call(t.app, admin, 'GET', `${base}/roster`)).statusCode).toBe(200);
    for (const session of [member, viewer]) {
      const refused = await call(t.app, session, 'GET', `${base}/roster`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.reason).toBe('role_forbidden');
    }
    const { link } = await personalLink(owner, base, 'Ana');
    for (const session of [member, viewer]) {
      expect((await call(t.app, session, 'POST', `${base}/respondent-links`, { kind: 'personal', label: 'X' })).statusCode).toBe(403);
      expect((await call(t.app, session, 'POST', `${base}/respondent-links/${link.id}/reissue`)).statusCode).toBe(403);
    }
    expect((await call(t.app, null, 'GET', `${base}/roster`)).statusCode).toBe(401);
  });

  it('never leaks another workspace: its ids read as not found', async () => {
    const a = await setUp();
    const b = await setUp();
    const { link } = await personalLink(b.owner, b.base, 'Someone at B');
    // A's owner with B's assessment, under A's workspace id and under B's.
    const crossed = `/api/v1/workspaces/${a.ws}/assessments/${b.assessmentId}`;
    for (const url of [`${crossed}/roster`, `${b.base}/roster`]) {
      const refused = await call(t.app, a.owner, 'GET', url);
      expect(refused.statusCode).toBe(404);
      expect(refused.body).not.toContain('Someone at B');
    }
    for (const url of [`${crossed}/respondent-links/${link.id}/reissue`, `${b.base}/respondent-links/${link.id}/reissue`, `${a.base}/respondent-links/${link.id}/reissue`]) {
      expect((await call(t.app, a.owner, 'POST', url)).statusCode).toBe(404);
    }
    // A's roster holds A's people only.
    await personalLink(a.owner, a.base, 'Someone at A');
    const rosterA = (await call(t.app, a.owner, 'GET', `${a.base}/roster`)).json();
    expect(rosterA.items.map((row: { name: string }) => row.name)).toEqual(['Someone at A']);
  });
});
