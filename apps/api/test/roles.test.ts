// Every role boundary of the permission table, table-driven: the same request as each role of
// one workspace, and the status each must get (403: the role may not; 404: a member looking
// at another team's things, which must read as not existing).
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

type Role = 'owner' | 'admin' | 'assessor' | 'member' | 'viewer';
const ROLES: Role[] = ['owner', 'admin', 'assessor', 'member', 'viewer'];

let t: TestApp;
let ws: string;
let teamA: string;
let teamB: string;
let people: Record<Role, Session>;
let closedA: string;
let closedB: string;
let openA: string;
let openB: string;
let ownerResponseA: string;

const W = () => `/api/v1/workspaces/${ws}`;

beforeAll(async () => {
  t = await createTestApp();
  const owner = await signUp(t.app, 'Owner');
  ws = await createWorkspace(t.app, owner, 'Roles', 1);
  teamA = await createTeam(t.app, owner, ws, 'A');
  teamB = await createTeam(t.app, owner, ws, 'B');
  people = {
    owner,
    admin: await addMember(t.app, owner, ws, 'admin'),
    assessor: await addMember(t.app, owner, ws, 'assessor'),
    member: await addMember(t.app, owner, ws, 'member', teamA),
    viewer: await addMember(t.app, owner, ws, 'viewer'),
  };
  const a = await createAssessment(t.app, owner, ws, teamA);
  ownerResponseA = await respond(t.app, owner, a.base, LEVEL_3);
  await call(t.app, owner, 'POST', `${a.base}/close`);
  closedA = a.assessmentId;
  const b = await createAssessment(t.app, owner, ws, teamB);
  await respond(t.app, owner, b.base, LEVEL_3);
  await call(t.app, owner, 'POST', `${b.base}/close`);
  closedB = b.assessmentId;
  openA = (await createAssessment(t.app, owner, ws, teamA)).assessmentId;
  openB = (await createAssessment(t.app, owner, ws, teamB)).assessmentId;
});
afterAll(async () => t.close());

/** A fresh closed assessment of team A (for close/reopen, which change state). */
async function freshOpenWithSubmission(): Promise<string> {
  const { base, assessmentId } = await createAssessment(t.app, people.owner, ws, teamA);
  await respond(t.app, people.owner, base, LEVEL_3);
  return assessmentId;
}

interface Case {
  name: string;
  expected: Record<Role, number>;
  run(session: Session): Promise<LightMyRequestResponse>;
}

const managers = (ok: number): Record<Role, number> => ({ owner: ok, admin: ok, assessor: 403, member: 403, viewer: 403 });
const runners = (ok: number): Record<Role, number> => ({ owner: ok, admin: ok, assessor: ok, member: 403, viewer: 403 });
const everyone = (ok: number): Record<Role, number> => ({ owner: ok, admin: ok, assessor: ok, member: ok, viewer: ok });

const CASES: Case[] = [
  { name: 'read the workspace', expected: everyone(200), run: (s) => call(t.app, s, 'GET', W()) },
  { name: 'rename the workspace', expected: managers(200), run: (s) => call(t.app, s, 'PATCH', W(), { name: 'Roles' }) },
  { name: 'list members', expected: everyone(200), run: (s) => call(t.app, s, 'GET', `${W()}/members`) },
  { name: 'invite a member', expected: managers(201), run: (s) => call(t.app, s, 'POST', `${W()}/invitations`, { role: 'member' }) },
  { name: 'list invitations', expected: managers(200), run: (s) => call(t.app, s, 'GET', `${W()}/invitations`) },
  {
    name: 'change a member’s role',
    expected: managers(200),
    run: async (s) => {
      const target = await addMember(t.app, people.owner, ws, 'viewer');
      return call(t.app, s, 'PATCH', `${W()}/members/${target.userId}`, { role: 'member' });
    },
  },
  {
    name: 'remove a member',
    expected: managers(204),
    run: async (s) => {
      const target = await addMember(t.app, people.owner, ws, 'viewer');
      return call(t.app, s, 'DELETE', `${W()}/members/${target.userId}`);
    },
  },
  { name: 'create a team', expected: managers(201), run: (s) => call(t.app, s, 'POST', `${W()}/teams`, { name: 'New' }) },
  { name: 'rename a team', expected: managers(200), run: (s) => call(t.app, s, 'PATCH', `${W()}/teams/${teamB}`, { name: 'B' }) },
  {
    name: 'add someone to a team',
    expected: managers(204),
    run: (s) => call(t.app, s, 'PUT', `${W()}/teams/${teamB}/members/${people.viewer.userId}`),
  },
  { name: 'read own team', expected: everyone(200), run: (s) => call(t.app, s, 'GET', `${W()}/teams/${teamA}`) },
  { name: 'read another team', expected: { ...everyone(200), member: 404 }, run: (s) => call(t.app, s, 'GET', `${W()}/teams/${teamB}`) },
  { name: 'list another team’s assessments', expected: { ...everyone(200), member: 404 }, run: (s) => call(t.app, s, 'GET', `${W()}/teams/${teamB}/assessments`) },
  { name: 'read another team’s assessment', expected: { ...everyone(200), member: 404 }, run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${openB}`) },
  { name: 'start an assessment', expected: runners(201), run: (s) => call(t.app, s, 'POST', `${W()}/teams/${teamA}/assessments`, {}) },
  {
    name: 'open a draft',
    expected: runners(200),
    run: async (s) => call(t.app, s, 'POST', `${(await createAssessment(t.app, people.owner, ws, teamA, false)).base}/open`),
  },
  {
    name: 'delete a draft',
    expected: runners(204),
    run: async (s) => call(t.app, s, 'DELETE', (await createAssessment(t.app, people.owner, ws, teamA, false)).base),
  },
  { name: 'close an assessment', expected: runners(200), run: async (s) => call(t.app, s, 'POST', `${W()}/assessments/${await freshOpenWithSubmission()}/close`) },
  {
    name: 'reopen an assessment',
    expected: managers(200),
    run: async (s) => {
      const id = await freshOpenWithSubmission();
      await call(t.app, people.owner, 'POST', `${W()}/assessments/${id}/close`);
      return call(t.app, s, 'POST', `${W()}/assessments/${id}/reopen`);
    },
  },
  { name: 'create a respondent link', expected: runners(201), run: (s) => call(t.app, s, 'POST', `${W()}/assessments/${openA}/respondent-links`, {}) },
  { name: 'list respondent links', expected: runners(200), run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${openA}/respondent-links`) },
  { name: 'see who responded', expected: runners(200), run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${openA}/responses`) },
  {
    name: 'answer their team’s assessment',
    expected: { owner: 201, admin: 201, assessor: 201, member: 201, viewer: 403 },
    run: (s) => call(t.app, s, 'POST', `${W()}/assessments/${openA}/responses`),
  },
  {
    name: 'answer another team’s assessment',
    expected: { owner: 201, admin: 201, assessor: 201, member: 404, viewer: 403 },
    run: (s) => call(t.app, s, 'POST', `${W()}/assessments/${openB}/responses`),
  },
  { name: 'read their team’s result', expected: everyone(200), run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${closedA}/result`) },
  { name: 'export their team’s result', expected: everyone(200), run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${closedA}/result/export?format=csv`) },
  { name: 'read their team’s history', expected: everyone(200), run: (s) => call(t.app, s, 'GET', `${W()}/teams/${teamA}/history`) },
  { name: 'read another team’s result', expected: { ...everyone(200), member: 404 }, run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${closedB}/result`) },
  { name: 'read another team’s history', expected: { ...everyone(200), member: 404 }, run: (s) => call(t.app, s, 'GET', `${W()}/teams/${teamB}/history`) },
  {
    name: 'read someone else’s response',
    expected: { owner: 200, admin: 200, assessor: 200, member: 404, viewer: 404 },
    run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${closedA}/responses/${ownerResponseA}`),
  },
  {
    name: 'read someone else’s individual result',
    expected: { owner: 200, admin: 200, assessor: 200, member: 404, viewer: 404 },
    run: (s) => call(t.app, s, 'GET', `${W()}/assessments/${closedA}/responses/${ownerResponseA}/result`),
  },
];

describe.each(CASES)('$name', (testCase) => {
  it.each(ROLES)('as %s', async (role) => {
    const response = await testCase.run(people[role]);
    expect(response.statusCode, response.body).toBe(testCase.expected[role]);
    if (response.statusCode >= 400) expect(response.json().error.code).toBe(response.statusCode === 403 ? 'forbidden' : 'not_found');
  });
});

it('a member lists only their own teams and those teams’ assessments', async () => {
  const teams = (await call(t.app, people.member, 'GET', `${W()}/teams`)).json().items.map((x: { id: string }) => x.id);
  expect(teams).toEqual([teamA]);
  const assessments = (await call(t.app, people.member, 'GET', `${W()}/assessments`)).json().items;
  expect(assessments.length).toBeGreaterThan(0);
  expect(assessments.every((a: { teamId: string }) => a.teamId === teamA)).toBe(true);
  const all = (await call(t.app, people.viewer, 'GET', `${W()}/teams`)).json().items;
  expect(all.length).toBeGreaterThanOrEqual(2);
});

it('a member listing the workspace’s members sees only their own teams among each person’s teams', async () => {
  expect((await call(t.app, people.owner, 'PUT', `${W()}/teams/${teamB}/members/${people.viewer.userId}`)).statusCode).toBe(204);
  expect((await call(t.app, people.owner, 'PUT', `${W()}/teams/${teamA}/members/${people.viewer.userId}`)).statusCode).toBe(204);
  const teamsOf = async (session: Session) => {
    const members = (await call(t.app, session, 'GET', `${W()}/members`)).json().items as { userId: string; teamIds: string[] }[];
    return members.find((m) => m.userId === people.viewer.userId)!.teamIds;
  };
  expect((await teamsOf(people.owner)).sort()).toEqual([teamA, teamB].sort());
  expect((await teamsOf(people.viewer)).sort()).toEqual([teamA, teamB].sort());
  // Team B is not the member's: its id would tell them it exists, which every team route denies.
  expect(await teamsOf(people.member)).toEqual([teamA]);
});
