import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function closeWith(owner: Awaited<ReturnType<typeof signUp>>, ws: string, teamId: string, answers: Record<string, unknown>) {
  const { base, assessmentId } = await createAssessment(t.app, owner, ws, teamId);
  await respond(t.app, owner, base, answers);
  expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
  return assessmentId;
}

describe('teams', () => {
  it('creates, renames, archives and unarchives; archived teams leave the default list', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const a = await createTeam(t.app, owner, ws, 'Beta');
    await createTeam(t.app, owner, ws, 'Alpha');
    const renamed = await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/teams/${a}`, { name: 'Gamma' });
    expect(renamed.json()).toMatchObject({ id: a, name: 'Gamma', archived: false, latest: null, trend: null });
    expect((await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/teams/${a}`, {})).statusCode).toBe(400);

    expect((await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/teams/${a}`, { archived: true })).json().archived).toBe(true);
    const names = async (query = '') =>
      (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams${query}`)).json().items.map((team: { name: string }) => team.name);
    expect(await names()).toEqual(['Alpha']);
    expect(await names('?includeArchived=true')).toEqual(['Alpha', 'Gamma']);
    // No new assessment for an archived team.
    expect((await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${a}/assessments`, {})).statusCode).toBe(409);
    await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/teams/${a}`, { archived: false });
    expect(await names()).toEqual(['Alpha', 'Gamma']);
  });

  it('lists each team with its latest level and the trend against the assessment before', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const rising = await createTeam(t.app, owner, ws, 'Rising');
    const falling = await createTeam(t.app, owner, ws, 'Falling');
    const fresh = await createTeam(t.app, owner, ws, 'Fresh');
    await closeWith(owner, ws, rising, LEVEL_1);
    const latestRising = await closeWith(owner, ws, rising, LEVEL_3);
    await closeWith(owner, ws, falling, LEVEL_4);
    await closeWith(owner, ws, falling, LEVEL_3);
    await closeWith(owner, ws, fresh, LEVEL_4);

    const teams = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams`)).json().items;
    const byName = Object.fromEntries(teams.map((team: { name: string }) => [team.name, team]));
    expect(byName.Rising).toMatchObject({ latest: { assessmentId: latestRising, level: 3 }, previousLevel: 1, trend: 'up' });
    expect(byName.Falling).toMatchObject({ latest: { level: 3 }, previousLevel: 4, trend: 'down' });
    expect(byName.Fresh).toMatchObject({ latest: { level: 4 }, previousLevel: null, trend: null });
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams/${rising}`)).json().trend).toBe('up');
  });

  it('members see only the teams they belong to; owners add and remove team members', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const mine = await createTeam(t.app, owner, ws, 'Mine');
    const other = await createTeam(t.app, owner, ws, 'Other');
    const member = await addMember(t.app, owner, ws, 'member', mine);
    const seen = async () => (await call(t.app, member, 'GET', `/api/v1/workspaces/${ws}/teams`)).json().items.map((x: { id: string }) => x.id);
    expect(await seen()).toEqual([mine]);
    expect((await call(t.app, member, 'GET', `/api/v1/workspaces/${ws}/teams/${other}`)).statusCode).toBe(404);

    expect((await call(t.app, owner, 'PUT', `/api/v1/workspaces/${ws}/teams/${other}/members/${member.userId}`)).statusCode).toBe(204);
    expect((await call(t.app, owner, 'PUT', `/api/v1/workspaces/${ws}/teams/${other}/members/${member.userId}`)).statusCode).toBe(204);
    expect((await seen()).sort()).toEqual([mine, other].sort());
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/teams/${mine}/members/${member.userId}`)).statusCode).toBe(204);
    expect(await seen()).toEqual([other]);
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/teams/${mine}/members/${member.userId}`)).statusCode).toBe(404);

    const outsider = await signUp(t.app);
    expect((await call(t.app, owner, 'PUT', `/api/v1/workspaces/${ws}/teams/${mine}/members/${outsider.userId}`)).statusCode).toBe(404);
  });
});
