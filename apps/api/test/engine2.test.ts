// Scoring engine 2 through HTTP: the current questionnaire, results with their roadmap, results
// stored by engine 1 served as they were, and the recorded recompute.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentResults } from '../src/db/schema/index.ts';
import engineOne from './engine-1-results.fixture.json' with { type: 'json' };
import { amorim2023v1, amorim2023v2, mapAnswers, type Answers } from '@assay/domain';
import { LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Answers to @2 as a respondent of an @1 assessment gives them: the @1 questions only. */
const onV1 = (answers: Answers): Answers => mapAnswers(amorim2023v2, amorim2023v1, answers) ?? {};

async function team() {
  const owner = await signUp(t.app);
  const ws = await createWorkspace(t.app, owner, 'Acme', 1);
  const teamId = await createTeam(t.app, owner, ws);
  return { owner, ws, teamId };
}

/** An assessment of `questionnaireId` answered by the owner with `answers` and closed. */
async function closed(owner: Awaited<ReturnType<typeof signUp>>, ws: string, teamId: string, answers: Record<string, unknown>, questionnaireId?: string) {
  const created = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, questionnaireId ? { questionnaireId } : {});
  expect(created.statusCode).toBe(201);
  const assessmentId: string = created.json().id;
  const base = `/api/v1/workspaces/${ws}/assessments/${assessmentId}`;
  expect((await call(t.app, owner, 'POST', `${base}/open`)).statusCode).toBe(200);
  await respond(t.app, owner, base, answers);
  expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
  return { assessmentId, base };
}

/** Puts a result of engine 1.0.0 in place of a stored one, as a database from before engine 2 holds it. */
async function storeEngineOneResult(ws: string, assessmentId: string) {
  await t.database.db
    .update(assessmentResults)
    .set({ result: engineOne.team as never, engineVersion: '1.0.0', level: engineOne.team.level, levelMax: engineOne.team.confidence.max, respondents: engineOne.team.respondents })
    .where(and(eq(assessmentResults.workspaceId, ws), eq(assessmentResults.assessmentId, assessmentId)));
}

describe('engine 2 through the API', () => {
  it('starts new assessments on amorim-2023@2, and still on @1 when asked', async () => {
    const { owner, ws, teamId } = await team();
    const current = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, {});
    expect(current.json().questionnaireId).toBe('amorim-2023@2');
    const older = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, { questionnaireId: 'amorim-2023@1' });
    expect(older.json().questionnaireId).toBe('amorim-2023@1');
    const definition = await t.app.inject({ method: 'GET', url: '/api/v1/questionnaires/amorim-2023@2' });
    expect(definition.json().questions.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining(['data_validation', 'model_review', 'safe_release']));
  });

  it('returns the roadmap, practices, cap and evidence counts in the team result and its exports', async () => {
    const { owner, ws, teamId } = await team();
    const capped = { ...LEVEL_4, training_pipeline: 'absent' };
    const { base } = await closed(owner, ws, teamId, capped);
    const { result, recomputed } = (await call(t.app, owner, 'GET', `${base}/result`)).json();
    expect(recomputed).toBeNull();
    expect(result.engineVersion).toBe('2.0.0');
    expect(result.level).toBe(3);
    expect(result.cap).toMatchObject({ from: 4, to: 3, reasons: [{ practiceId: 'retraining', foundationId: 'training_pipeline', foundationStatus: 'absent' }] });
    expect(result.practices).toHaveLength(19);
    expect(result.roadmap[0]).toMatchObject({ order: 1, practiceId: 'training_pipeline', now: 'absent', target: 'automated' });
    for (const dimension of result.dimensions) expect(dimension.signals).toBeGreaterThanOrEqual(dimension.answered);
    expect(result.dimensions.map((d: { id: string }) => d.id)).toContain('governance');

    const csv = (await call(t.app, owner, 'GET', `${base}/result/export?format=csv`)).body.split('\r\n');
    const roadmapRows = csv.filter((line) => line.startsWith('roadmap,'));
    expect(roadmapRows).toHaveLength(result.roadmap.length);
    expect(roadmapRows[0]).toMatch(/^roadmap,training_pipeline,"?1\. foundations: absent -> automated \(default\); effort M/);
    expect(csv.some((line) => line.startsWith('cap,retraining<-training_pipeline,level 4 held at 3; absent'))).toBe(true);
    expect(csv.some((line) => /^dimension,data,\d+,Data,Dados,\d+ of \d+ signals answered/.test(line))).toBe(true);
    const json = JSON.parse((await call(t.app, owner, 'GET', `${base}/result/export?format=json`)).body);
    expect(json.result.roadmap).toEqual(result.roadmap);
  });

  it('serves a result stored by engine 1.0.0 as it was computed, in the result, history, exports and comparison', async () => {
    const { owner, ws, teamId } = await team();
    const first = await closed(owner, ws, teamId, onV1(LEVEL_3), 'amorim-2023@1');
    await storeEngineOneResult(ws, first.assessmentId);
    const stored = (await call(t.app, owner, 'GET', `${first.base}/result`)).json();
    expect(stored.engineVersion).toBe('1.0.0');
    expect(stored.questionnaireId).toBe('amorim-2023@1');
    expect(stored.result).toEqual(engineOne.team);
    expect(stored.result).not.toHaveProperty('roadmap');
    const csv = (await call(t.app, owner, 'GET', `${first.base}/result/export?format=csv`)).body;
    expect(csv).toContain('summary,engine_version,1.0.0');
    expect(csv).not.toContain('\r\nroadmap,');

    // A second round on @2 with engine 2: "what changed" compares across both versions.
    await closed(owner, ws, teamId, LEVEL_4);
    const history = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams/${teamId}/history`)).json();
    expect(history.items.map((p: { level: number }) => p.level)).toEqual([4, engineOne.team.level]);
    expect(history.change.comparison).toMatchObject({ engineChanged: true, questionnaireChanged: true });
    expect(history.change.comparison.questionsWithoutCounterpart).toEqual({
      previous: [],
      current: ['data_validation', 'feature_management', 'lineage', 'model_documentation', 'model_validation', 'model_review', 'safe_release'],
    });
  });

  it('recomputes a result with the current engine only when an owner or admin asks, and records it', async () => {
    const { owner, ws, teamId } = await team();
    const { base, assessmentId } = await closed(owner, ws, teamId, onV1(LEVEL_3), 'amorim-2023@1');
    await storeEngineOneResult(ws, assessmentId);
    const assessor = await addMember(t.app, owner, ws, 'assessor');
    const viewer = await addMember(t.app, owner, ws, 'viewer');
    const outsider = await signUp(t.app);
    expect((await call(t.app, assessor, 'POST', `${base}/result/recompute`)).json().error.reason).toBe('role_forbidden');
    expect((await call(t.app, viewer, 'POST', `${base}/result/recompute`)).statusCode).toBe(403);
    expect((await call(t.app, outsider, 'POST', `${base}/result/recompute`)).statusCode).toBe(404);
    expect((await call(t.app, null, 'POST', `${base}/result/recompute`)).statusCode).toBe(401);
    // Nothing was rescored by any of those.
    expect((await call(t.app, owner, 'GET', `${base}/result`)).json().engineVersion).toBe('1.0.0');

    const admin = await addMember(t.app, owner, ws, 'admin');
    const response = await call(t.app, admin, 'POST', `${base}/result/recompute`);
    expect(response.statusCode).toBe(200);
    const recomputed = response.json();
    expect(recomputed.engineVersion).toBe('2.0.0');
    expect(recomputed.questionnaireId).toBe('amorim-2023@1');
    expect(recomputed.result.roadmap.length).toBeGreaterThan(0);
    expect(recomputed.recomputed).toEqual({ at: expect.any(String), byUserId: admin.userId, byName: admin.name, previousEngineVersion: '1.0.0' });
    expect((await call(t.app, viewer, 'GET', `${base}/result`)).json().recomputed).toEqual(recomputed.recomputed);
  });

  it('has nothing to recompute before the assessment closes', async () => {
    const { owner, ws, teamId } = await team();
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const early = await call(t.app, owner, 'POST', `${base}/result/recompute`);
    expect(early.statusCode).toBe(404);
    expect(early.json().error.reason).toBe('team_result_pending');
  });

  it('forgets a recompute when the assessment is reopened and closed again (a fresh result)', async () => {
    const { owner, ws, teamId } = await team();
    const { base, assessmentId } = await closed(owner, ws, teamId, LEVEL_3);
    await storeEngineOneResult(ws, assessmentId);
    expect((await call(t.app, owner, 'POST', `${base}/result/recompute`)).json().recomputed).not.toBeNull();
    expect((await call(t.app, owner, 'POST', `${base}/reopen`)).statusCode).toBe(200);
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    expect((await call(t.app, owner, 'GET', `${base}/result`)).json().recomputed).toBeNull();
  });
});
