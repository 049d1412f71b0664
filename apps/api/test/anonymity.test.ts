// The anonymity threshold k, one rule everywhere: set per workspace by owners and admins,
// frozen on each assessment as it opens; below k submitted responses nothing derived from the
// answers is shown by any route; with k ≥ 2 nobody reads another person's answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Olga Owner');
});

afterAll(async () => {
  await t?.close();
});

const wsUrl = (ws: string): string => `/api/v1/workspaces/${ws}`;

describe('the workspace setting', () => {
  it('is 3 by default, changed only by owners and admins, within 1–10, and recorded with who and when', async () => {
    const ws = await createWorkspace(t.app, owner, 'Setting');
    const created = (await call(t.app, owner, 'GET', wsUrl(ws))).json();
    expect(created).toMatchObject({ anonymityThreshold: 3, anonymityChange: null });

    const admin = await addMember(t.app, owner, ws, 'admin');
    for (const role of ['assessor', 'member', 'viewer'] as const) {
      const other = await addMember(t.app, owner, ws, role);
      const refused = await call(t.app, other, 'PATCH', wsUrl(ws), { anonymityThreshold: 1 });
      expect(refused.statusCode, role).toBe(403);
    }
    for (const bad of [0, 11, 2.5, '3']) {
      expect((await call(t.app, owner, 'PATCH', wsUrl(ws), { anonymityThreshold: bad })).statusCode).toBe(400);
    }
    expect((await call(t.app, owner, 'PATCH', wsUrl(ws), {})).statusCode).toBe(400);

    const before = Date.now();
    const changed = await call(t.app, admin, 'PATCH', wsUrl(ws), { anonymityThreshold: 5 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().anonymityThreshold).toBe(5);
    expect(changed.json().anonymityChange.by).toBe(admin.name);
    expect(Date.parse(changed.json().anonymityChange.at)).toBeGreaterThanOrEqual(before - 1000);
    // The name alone leaves the record of k as it was.
    const renamed = await call(t.app, owner, 'PATCH', wsUrl(ws), { name: 'Renamed' });
    expect(renamed.json()).toMatchObject({ name: 'Renamed', anonymityThreshold: 5, anonymityChange: { by: admin.name } });
    const listed = (await call(t.app, admin, 'GET', '/api/v1/workspaces')).json().items.find((w: { id: string }) => w.id === ws);
    expect(listed).toMatchObject({ anonymityThreshold: 5, anonymityChange: { by: admin.name } });
  });

  it('is frozen on an assessment when it opens: a later change leaves it as it was', async () => {
    const ws = await createWorkspace(t.app, owner, 'Frozen');
    const team = await createTeam(t.app, owner, ws);
    const draft = await createAssessment(t.app, owner, ws, team, false);
    expect((await call(t.app, owner, 'GET', draft.base)).json().anonymity).toEqual({ minimum: 3, attributed: false });
    await call(t.app, owner, 'PATCH', wsUrl(ws), { anonymityThreshold: 2 });
    // A draft follows the workspace until it opens.
    expect((await call(t.app, owner, 'GET', draft.base)).json().anonymity).toEqual({ minimum: 2, attributed: false });
    expect((await call(t.app, owner, 'POST', `${draft.base}/open`)).statusCode).toBe(200);
    await call(t.app, owner, 'PATCH', wsUrl(ws), { anonymityThreshold: 1 });
    expect((await call(t.app, owner, 'GET', draft.base)).json().anonymity).toEqual({ minimum: 2, attributed: false });
    const opened = await createAssessment(t.app, owner, ws, team);
    expect((await call(t.app, owner, 'GET', opened.base)).json().anonymity).toEqual({ minimum: 1, attributed: true });
  });
});

describe('below k submitted responses', () => {
  it('shows no team result, level, history point, export or free text anywhere: "not enough responses"', async () => {
    const ws = await createWorkspace(t.app, owner, 'Below');
    const team = await createTeam(t.app, owner, ws);
    const viewer = await addMember(t.app, owner, ws, 'viewer');
    const assessor = await addMember(t.app, owner, ws, 'assessor');
    const { assessmentId, base } = await createAssessment(t.app, owner, ws, team);
    await respond(t.app, owner, base, { ...LEVEL_3, mlops_help: 'A secret wish' });
    await respond(t.app, assessor, base, LEVEL_4);
    const closed = await call(t.app, owner, 'POST', `${base}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', level: null, responseCounts: { submitted: 2 } });

    for (const who of [owner, assessor, viewer]) {
      const result = await call(t.app, who, 'GET', `${base}/result`);
      expect(result.statusCode).toBe(200);
      expect(result.json()).toEqual({ withheld: true, assessmentId, teamId: team, title: expect.any(String), closedAt: expect.any(String), responses: 2, minimum: 3 });
      for (const format of ['json', 'csv']) {
        const exported = await call(t.app, who, 'GET', `${base}/result/export?format=${format}`);
        expect(exported.statusCode).toBe(409);
        expect(exported.json().error.reason).toBe('result_withheld');
        expect(exported.body).not.toContain('A secret wish');
      }
    }
    const history = (await call(t.app, owner, 'GET', `${wsUrl(ws)}/teams/${team}/history`)).json();
    expect(history.items).toEqual([]);
    const teams = (await call(t.app, viewer, 'GET', `${wsUrl(ws)}/teams`)).json().items;
    expect(teams.find((x: { id: string }) => x.id === team).latest).toBeNull();
    const listed = (await call(t.app, viewer, 'GET', `${wsUrl(ws)}/assessments`)).json().items;
    expect(listed.find((a: { id: string }) => a.id === assessmentId).level).toBeNull();

    // Reopened, a third response reaches k: the team result appears at the next close.
    expect((await call(t.app, owner, 'POST', `${base}/reopen`)).statusCode).toBe(200);
    await respond(t.app, await addMember(t.app, owner, ws, 'admin'), base, LEVEL_1);
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    const result = (await call(t.app, viewer, 'GET', `${base}/result`)).json();
    expect(result).toMatchObject({ withheld: false, result: { respondents: 3 } });
    expect((await call(t.app, owner, 'GET', `${wsUrl(ws)}/teams/${team}/history`)).json().items).toHaveLength(1);
  });
});

describe('individual answers', () => {
  it('with k ≥ 2: nobody reads another person’s response or individual result, whatever the role; one’s own stays readable', async () => {
    const ws = await createWorkspace(t.app, owner, 'Private', 2);
    const team = await createTeam(t.app, owner, ws);
    const admin = await addMember(t.app, owner, ws, 'admin');
    const assessor = await addMember(t.app, owner, ws, 'assessor');
    const { base } = await createAssessment(t.app, owner, ws, team);
    const ownersResponse = await respond(t.app, owner, base, LEVEL_3);
    for (const who of [admin, assessor]) {
      expect((await call(t.app, who, 'GET', `${base}/responses/${ownersResponse}`)).statusCode).toBe(404);
      expect((await call(t.app, who, 'GET', `${base}/responses/${ownersResponse}/result`)).statusCode).toBe(404);
    }
    const adminsResponse = await respond(t.app, admin, base, LEVEL_4);
    expect((await call(t.app, owner, 'GET', `${base}/responses/${adminsResponse}`)).statusCode).toBe(404);
    expect((await call(t.app, owner, 'GET', `${base}/responses/${adminsResponse}/result`)).statusCode).toBe(404);
    expect((await call(t.app, owner, 'GET', `${base}/responses/${ownersResponse}`)).statusCode).toBe(200);
    expect((await call(t.app, owner, 'GET', `${base}/responses/${ownersResponse}/result`)).statusCode).toBe(200);
  });

  it('with k = 1 the assessment is attributed: owners, admins and assessors read each response', async () => {
    const ws = await createWorkspace(t.app, owner, 'Attributed', 1);
    const team = await createTeam(t.app, owner, ws);
    const assessor = await addMember(t.app, owner, ws, 'assessor');
    const { base } = await createAssessment(t.app, owner, ws, team);
    expect((await call(t.app, owner, 'GET', base)).json().anonymity).toEqual({ minimum: 1, attributed: true });
    const ownersResponse = await respond(t.app, owner, base, LEVEL_3);
    expect((await call(t.app, assessor, 'GET', `${base}/responses/${ownersResponse}`)).statusCode).toBe(200);
  });

  it('tells a guest, before they start, which case applies', async () => {
    const ws = await createWorkspace(t.app, owner, 'Guests');
    const team = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, team);
    const token = (await call(t.app, owner, 'POST', `${base}/respondent-links`, {})).json().token;
    const lookup = await t.app.inject({ method: 'POST', url: '/api/v1/guest/lookup', payload: { token } });
    expect(lookup.json().anonymity).toEqual({ minimum: 3, attributed: false });
  });
});

describe('free text', () => {
  it('is listed in the team result and both exports, without who wrote it, in an order shuffled by the API', async () => {
    const ws = await createWorkspace(t.app, owner, 'Free text');
    const team = await createTeam(t.app, owner, ws);
    const people = [owner, await addMember(t.app, owner, ws, 'admin'), await addMember(t.app, owner, ws, 'assessor'), await addMember(t.app, owner, ws, 'assessor')];
    const { base } = await createAssessment(t.app, owner, ws, team);
    const wishes = ['More automation, please.', 'Mais monitoramento; menos planilhas', 'A registry, "finally"', 'Drift alerts'];
    for (const [i, person] of people.entries()) await respond(t.app, person, base, { ...LEVEL_3, mlops_help: wishes[i]! });
    await call(t.app, owner, 'POST', `${base}/close`);

    const orders = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const result = (await call(t.app, owner, 'GET', `${base}/result`)).json();
      expect([...result.freeText].map((f: { text: string }) => f.text).sort()).toEqual([...wishes].sort());
      expect(result.freeText.every((f: object) => Object.keys(f).sort().join() === 'questionId,text')).toBe(true);
      orders.add(result.freeText.map((f: { text: string }) => f.text).join('|'));
    }
    // 4 answers have 24 orders: twelve identical draws would happen once in 24^11.
    expect(orders.size).toBeGreaterThan(1);

    const json = await call(t.app, owner, 'GET', `${base}/result/export?format=json`);
    expect(JSON.parse(json.body).freeText).toHaveLength(4);
    const csv = await call(t.app, owner, 'GET', `${base}/result/export?format=csv`);
    const rows = csv.body.split('\r\n').filter((line) => line.startsWith('free_text,'));
    expect(rows).toHaveLength(4);
    expect(csv.body).toContain('"A registry, ""finally"""');
    for (const person of people) expect(csv.body + json.body).not.toContain(person.email);
  });
});
