// Tenant isolation, table-driven over EVERY route of the OpenAPI document: a user of workspace A
// calling any route with workspace B's ids (or with A's workspace id and B's other ids) gets
// 404 not_found, and B's data is unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let a: { owner: Session; ws: string };
let b: Record<'workspaceId' | 'teamId' | 'secondTeamId' | 'assessmentId' | 'closedAssessmentId' | 'responseId' | 'userId' | 'invitationId' | 'linkId' | 'actionId', string> & { owner: Session };
let routes: { method: string; path: string; hasBody: boolean }[];

/** A valid body for each route that takes one, so validation passes and authorisation decides. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/v1/workspaces/{workspaceId}': { name: 'Hijacked' },
  'PATCH /api/v1/workspaces/{workspaceId}/members/{userId}': { role: 'owner' },
  'POST /api/v1/workspaces/{workspaceId}/invitations': { role: 'owner' },
  'POST /api/v1/workspaces/{workspaceId}/teams': { name: 'Hijacked' },
  'PATCH /api/v1/workspaces/{workspaceId}/teams/{teamId}': { name: 'Hijacked', archived: true },
  'POST /api/v1/workspaces/{workspaceId}/teams/{teamId}/assessments': { title: 'Hijacked' },
  'PATCH /api/v1/workspaces/{workspaceId}/assessments/{assessmentId}/responses/{responseId}': { answers: { education: 'doctorate' } },
  'POST /api/v1/workspaces/{workspaceId}/assessments/{assessmentId}/responses/{responseId}/confirm': { sectionId: 'profile' },
  'POST /api/v1/workspaces/{workspaceId}/assessments/{assessmentId}/respondent-links': { label: 'Hijacked' },
  'POST /api/v1/workspaces/{workspaceId}/assessments/{assessmentId}/respondent-links/{linkId}/reissue': { expiresInDays: 7 },
  'DELETE /api/v1/workspaces/{workspaceId}': { confirmName: 'B' },
  'PUT /api/v1/workspaces/{workspaceId}/teams/{teamId}/target': { level: 4, dueDate: '2030-01-31' },
  'POST /api/v1/workspaces/{workspaceId}/teams/{teamId}/actions': {
    assessmentId: '00000000-0000-4000-8000-000000000000',
    target: { kind: 'gap', gapId: 'blocker:l4.automated_deployment' },
    title: 'Hijacked',
    ownerId: '00000000-0000-4000-8000-000000000000',
    dueDate: '2030-01-31',
  },
  'PATCH /api/v1/workspaces/{workspaceId}/teams/{teamId}/actions/{actionId}': { status: 'dropped', notes: 'Hijacked' },
};

beforeAll(async () => {
  t = await createTestApp();
  const ownerA = await signUp(t.app, 'Tenant A');
  a = { owner: ownerA, ws: await createWorkspace(t.app, ownerA, 'A', 1) };
  await createTeam(t.app, ownerA, a.ws, 'A team');

  const ownerB = await signUp(t.app, 'Tenant B');
  const wsB = await createWorkspace(t.app, ownerB, 'B', 1);
  const teamB = await createTeam(t.app, ownerB, wsB, 'B team');
  const secondTeamB = await createTeam(t.app, ownerB, wsB, 'B second team');
  const memberB = await addMember(t.app, ownerB, wsB, 'member', teamB);
  const closed = await createAssessment(t.app, ownerB, wsB, teamB);
  await respond(t.app, ownerB, closed.base, LEVEL_3);
  await call(t.app, ownerB, 'POST', `${closed.base}/close`);
  const open = await createAssessment(t.app, ownerB, wsB, teamB);
  const responseId = (await call(t.app, memberB, 'POST', `${open.base}/responses`)).json().id;
  await call(t.app, memberB, 'PATCH', `${open.base}/responses/${responseId}`, { answers: { education: 'master' } });
  const invitationId = (await call(t.app, ownerB, 'POST', `/api/v1/workspaces/${wsB}/invitations`, { role: 'viewer' })).json().invitation.id;
  // A personal link: the one kind a reissue (a new token for whoever calls) would work on.
  const linkId = (await call(t.app, ownerB, 'POST', `${open.base}/respondent-links`, { kind: 'personal', label: 'Someone at B' })).json().link.id;
  expect((await call(t.app, ownerB, 'PUT', `/api/v1/workspaces/${wsB}/teams/${teamB}/target`, { level: 4, dueDate: '2030-01-31' })).statusCode).toBe(200);
  const action = await call(t.app, ownerB, 'POST', `/api/v1/workspaces/${wsB}/teams/${teamB}/actions`, {
    assessmentId: closed.assessmentId,
    target: { kind: 'gap', gapId: 'blocker:l4.automated_deployment' },
    title: 'Automate deployment',
    ownerId: memberB.userId,
    dueDate: '2030-01-31',
  });
  expect(action.statusCode).toBe(201);
  b = {
    owner: ownerB,
    workspaceId: wsB,
    teamId: teamB,
    secondTeamId: secondTeamB,
    assessmentId: open.assessmentId,
    closedAssessmentId: closed.assessmentId,
    responseId,
    userId: memberB.userId,
    invitationId,
    linkId,
    actionId: action.json().id,
  };

  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  routes = Object.entries(doc.paths)
    .filter(([path]) => path.includes('{workspaceId}'))
    .flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
        .map(([method, operation]) => ({ method: method.toUpperCase(), path, hasBody: operation.requestBody !== undefined })),
    );
});
afterAll(async () => t.close());

function fill(path: string, ids: Record<string, unknown>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = ids[name];
    if (typeof value !== 'string') throw new Error(`no id for {${name}} in ${path}`);
    return value;
  });
}

function bodyFor(route: { method: string; path: string; hasBody: boolean }): unknown {
  const key = `${route.method} ${route.path}`;
  if (!route.hasBody) return undefined;
  if (!(key in BODIES)) throw new Error(`isolation test needs a valid body for ${key}`);
  return BODIES[key];
}

function query(path: string): string {
  // Comparing takes B's two teams, valid in form, so tenancy (not validation) decides.
  if (path.endsWith('/compare')) return `?teams=${b.teamId},${b.secondTeamId}`;
  return path.endsWith('/export') ? '?format=csv' : '';
}

describe('a user of workspace A', () => {
  it('finds every workspace route in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
  });

  it("gets 404 on every route called with workspace B's ids", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      for (const assessmentId of route.path.includes('{assessmentId}') ? [b.assessmentId, b.closedAssessmentId] : [b.assessmentId]) {
        const url = fill(route.path, { ...b, assessmentId }) + query(route.path);
        const response = await call(t.app, a.owner, route.method as 'GET', url, bodyFor(route));
        if (response.statusCode !== 404 || response.json().error.code !== 'not_found') failures.push(`${route.method} ${url} → ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("gets 404 on every route called with A's own workspace id and B's other ids", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.path.match(/\{(\w+)\}/g)?.length === 1) continue; // only {workspaceId}: A's own workspace
      for (const assessmentId of [b.assessmentId, b.closedAssessmentId]) {
        const url = fill(route.path, { ...b, assessmentId, workspaceId: a.ws }) + query(route.path);
        const response = await call(t.app, a.owner, route.method as 'GET', url, bodyFor(route));
        if (response.statusCode !== 404) failures.push(`${route.method} ${url} → ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("left workspace B's data untouched", async () => {
    const W = `/api/v1/workspaces/${b.workspaceId}`;
    expect((await call(t.app, b.owner, 'GET', W)).json().name).toBe('B');
    const members = (await call(t.app, b.owner, 'GET', `${W}/members`)).json().items;
    expect(members.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'owner']);
    const teams = (await call(t.app, b.owner, 'GET', `${W}/teams?includeArchived=true`)).json().items;
    expect(teams.map((x: { name: string; archived: boolean }) => [x.name, x.archived])).toEqual([['B second team', false], ['B team', false]]);
    expect((await call(t.app, b.owner, 'GET', `${W}/assessments/${b.assessmentId}`)).json().status).toBe('open');
    expect((await call(t.app, b.owner, 'GET', `${W}/assessments/${b.closedAssessmentId}`)).json().status).toBe('closed');
    const response = (await call(t.app, b.owner, 'GET', `${W}/assessments/${b.assessmentId}/responses/${b.responseId}`)).json();
    expect(response).toMatchObject({ answers: { education: 'master' }, revision: 1 });
    const links = (await call(t.app, b.owner, 'GET', `${W}/assessments/${b.assessmentId}/respondent-links`)).json().items;
    expect(links.map((l: { id: string; revokedAt: string | null }) => [l.id, l.revokedAt])).toEqual([[b.linkId, null]]);
    const invitations = (await call(t.app, b.owner, 'GET', `${W}/invitations`)).json().items;
    expect(invitations.find((i: { id: string }) => i.id === b.invitationId).status).toBe('pending');
    expect((await call(t.app, b.owner, 'GET', `${W}/teams/${b.teamId}/assessments`)).json().items).toHaveLength(2);
    expect((await call(t.app, b.owner, 'GET', `${W}/teams/${b.teamId}/target`)).json().target).toMatchObject({ level: 4, dueDate: '2030-01-31' });
    const actions = (await call(t.app, b.owner, 'GET', `${W}/teams/${b.teamId}/actions`)).json();
    expect(actions.items.map((x: { id: string; status: string; notes: string }) => [x.id, x.status, x.notes])).toEqual([[b.actionId, 'open', '']]);
  });

  it("cannot reach B's guest response with someone else's response key", async () => {
    const link = (await call(t.app, b.owner, 'POST', `/api/v1/workspaces/${b.workspaceId}/assessments/${b.assessmentId}/respondent-links`, {})).json();
    const victim = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: link.token })).json();
    const attacker = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: link.token })).json();
    const headers = { 'x-response-key': attacker.accessKey };
    const url = `/api/v1/guest/responses/${victim.response.id}`;
    for (const request of [
      { method: 'GET' as const, url },
      { method: 'PATCH' as const, url, payload: { answers: { education: 'master' } } },
      { method: 'POST' as const, url: `${url}/submit` },
      { method: 'GET' as const, url: `${url}/result` },
    ]) {
      expect((await t.app.inject({ ...request, headers })).statusCode).toBe(404);
    }
  });
});
