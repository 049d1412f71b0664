import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_1, LEVEL_3, LEVEL_4, completeAnswers } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function closedAssessment(answerSets: Record<string, unknown>[]) {
  const owner = await signUp(t.app);
  const ws = await createWorkspace(t.app, owner, 'Acme', 1);
  const teamId = await createTeam(t.app, owner, ws);
  const { base, assessmentId } = await createAssessment(t.app, owner, ws, teamId);
  const { token } = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json();
  for (const answers of answerSets) {
    const { accessKey, response } = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token })).json();
    const headers = { 'x-response-key': accessKey };
    await t.app.inject({ method: 'PATCH', url: `/api/v1/guest/responses/${response.id}`, headers, payload: { answers } });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/guest/responses/${response.id}/submit`, headers })).statusCode).toBe(200);
  }
  expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
  return { owner, ws, teamId, base, assessmentId };
}

describe('team result', () => {
  it('has the level, why, next steps, dimensions, ordered gaps, confidence, disagreements and benchmark', async () => {
    const unsure = completeAnswers({ ...LEVEL_3, deployment: 'dont_know', retraining: 'dont_know' });
    const { owner, base, assessmentId, teamId } = await closedAssessment([LEVEL_3, LEVEL_3, unsure]);
    const response = await call(t.app, owner, 'GET', `${base}/result`);
    expect(response.statusCode).toBe(200);
    const { result, ...meta } = response.json();
    expect(meta).toMatchObject({ assessmentId, teamId, questionnaireId: 'amorim-2023@2', closedAt: expect.any(String) });
    expect(result.level).toBe(3);
    expect(result.respondents).toBe(3);
    expect(result.explanation.gatesPassed).toEqual(expect.arrayContaining(['l2.business_consumption', 'l3.production_runtime', 'l3.serving']));
    expect(result.explanation.firstUnmetGate).toMatch(/^l4\./);
    expect(result.nextSteps.map((s: { level: number }) => s.level)).toEqual([4]);
    expect(result.dimensions).toHaveLength(7); // amorim-2023@2 adds governance
    expect(result.gaps.map((g: { order: number }) => g.order)).toEqual(result.gaps.map((_: unknown, i: number) => i + 1));
    expect(result.disagreements.map((d: { questionId: string }) => d.questionId)).toEqual(expect.arrayContaining(['deployment', 'retraining']));
    expect(result.benchmark.find((b: { questionId: string }) => b.questionId === 'company_type')).toBeDefined();
  });

  it('is 404 until the assessment closes', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const teamId = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const early = await call(t.app, owner, 'GET', `${base}/result`);
    expect(early.statusCode).toBe(404);
    expect(early.json().error.message).toMatch(/closes/);
  });

  it('exports as JSON and CSV for consultants', async () => {
    const { owner, base } = await closedAssessment([LEVEL_4, LEVEL_1]);
    const json = await call(t.app, owner, 'GET', `${base}/result/export?format=json`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toMatch(/^attachment; filename="assay-assessment-[\d-]+-[0-9a-f]{8}\.json"$/);
    const exported = JSON.parse(json.body);
    expect(exported).toEqual((await call(t.app, owner, 'GET', `${base}/result`)).json());

    const csv = await call(t.app, owner, 'GET', `${base}/result/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,id,value,label_en,label_pt_br,detail_en,detail_pt_br,practice_en,practice_pt_br,evidence');
    expect(lines).toContain(`summary,level,${exported.result.level},,,${csvish(exported.result.explanation.summary.en)},${csvish(exported.result.explanation.summary['pt-BR'])}`);
    const sections = new Set(lines.slice(1).map((line) => line.split(',')[0]));
    expect([...sections]).toEqual(expect.arrayContaining(['summary', 'gate', 'dimension', 'gap', 'disagreement', 'benchmark']));
    expect(lines.filter((line) => line.startsWith('gate,'))).toHaveLength(exported.result.gates.length);

    expect((await call(t.app, owner, 'GET', `${base}/result/export?format=xml`)).statusCode).toBe(400);
    expect((await call(t.app, owner, 'GET', `${base}/result/export`)).headers['content-type']).toMatch(/json/);
  });
});

function csvish(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

describe('team history', () => {
  it('has the levels over time and what changed since the previous closed assessment', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const teamId = await createTeam(t.app, owner, ws);
    const history = () => call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams/${teamId}/history`);
    expect((await history()).json()).toEqual({ teamId, items: [], nextCursor: null, total: 0, change: null });

    const ids = [];
    for (const answers of [LEVEL_1, LEVEL_3, LEVEL_4]) {
      const { base, assessmentId } = await createAssessment(t.app, owner, ws, teamId);
      await respond(t.app, owner, base, answers);
      await call(t.app, owner, 'POST', `${base}/close`);
      ids.push(assessmentId);
    }
    const body = (await history()).json();
    // Latest first.
    expect(body.items.map((p: { level: number }) => p.level)).toEqual([4, 3, 1]);
    expect(body.items.map((p: { assessmentId: string }) => p.assessmentId)).toEqual([...ids].reverse());
    expect(body.items[0].dimensions).toHaveLength(7);
    expect(body.change).toMatchObject({ previousAssessmentId: ids[1], currentAssessmentId: ids[2] });
    expect(body.change.comparison).toMatchObject({ previousLevel: 3, currentLevel: 4, levelChange: 1, engineChanged: false });
    expect(body.change.comparison.gatesNewlyPassed).toEqual(expect.arrayContaining(['l4.automated_deployment', 'l4.automated_retraining']));
    expect(body.change.respondents).toEqual({ previous: 1, current: 1 });
  });

  it('what changed says how many respondents each of the two rounds had', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const teamId = await createTeam(t.app, owner, ws);
    const colleague = await addMember(t.app, owner, ws, 'member', teamId);
    const first = await createAssessment(t.app, owner, ws, teamId);
    await respond(t.app, owner, first.base, LEVEL_3);
    await call(t.app, owner, 'POST', `${first.base}/close`);
    const second = await createAssessment(t.app, owner, ws, teamId);
    await respond(t.app, owner, second.base, LEVEL_3);
    await respond(t.app, colleague, second.base, LEVEL_4);
    await call(t.app, owner, 'POST', `${second.base}/close`);
    const body = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams/${teamId}/history`)).json();
    expect(body.items.map((p: { respondents: number }) => p.respondents)).toEqual([2, 1]); // latest first
    expect(body.change.respondents).toEqual({ previous: 1, current: 2 });
  });
});
