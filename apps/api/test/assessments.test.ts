import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function setup() {
  const owner = await signUp(t.app);
  const ws = await createWorkspace(t.app, owner, 'Acme', 1);
  const teamId = await createTeam(t.app, owner, ws);
  return { owner, ws, teamId };
}

describe('assessments', () => {
  it('starts as a draft pinning the questionnaire; unknown questionnaires are refused', async () => {
    const { owner, ws, teamId } = await setup();
    const created = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      teamId,
      status: 'draft',
      questionnaireId: 'amorim-2023@2',
      openedAt: null,
      closedAt: null,
      level: null,
      myResponseId: null,
      responseCounts: { inProgress: 0, submitted: 0 },
    });
    expect(created.json().title).toMatch(/^Assessment \d{4}-\d{2}-\d{2}$/);
    const unknown = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, { questionnaireId: 'amorim-2023@9' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('body.questionnaireId');
  });

  it('goes draft → open → closed → reopened → closed, refusing every other move', async () => {
    const { owner, ws, teamId } = await setup();
    const { base } = await createAssessment(t.app, owner, ws, teamId, false);
    const post = (action: string) => call(t.app, owner, 'POST', `${base}/${action}`);
    expect((await post('close')).statusCode).toBe(409);
    expect((await post('reopen')).statusCode).toBe(409);
    const opened = await post('open');
    expect(opened.json()).toMatchObject({ status: 'open', openedAt: expect.any(String) });
    expect((await post('open')).statusCode).toBe(409);

    const noResponses = await post('close');
    expect(noResponses.statusCode).toBe(409);
    expect(noResponses.json().error.message).toMatch(/submitted/);

    await respond(t.app, owner, base, LEVEL_3);
    const closed = await post('close');
    expect(closed.json()).toMatchObject({ status: 'closed', level: 3, closedAt: expect.any(String), responseCounts: { submitted: 1 } });
    expect((await post('open')).statusCode).toBe(409);
    expect((await call(t.app, owner, 'DELETE', base)).statusCode).toBe(409);

    const reopened = await post('reopen');
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null, level: null });
    // The team result is withdrawn while reopened…
    expect((await call(t.app, owner, 'GET', `${base}/result`)).statusCode).toBe(404);
    // …and recomputed from the responses submitted by the next close.
    expect((await post('close')).json()).toMatchObject({ status: 'closed', level: 3 });
  });

  it('closing aggregates every submitted response (not the ones in progress)', async () => {
    const { owner, ws, teamId } = await setup();
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const links = (await call(t.app, owner, 'POST', `${base}/respondent-links`, { label: 'team' })).json();
    const guest = async (answers: Record<string, unknown>, submit: boolean) => {
      const started = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: links.token })).json();
      const headers = { 'x-response-key': started.accessKey };
      const id = started.response.id;
      await t.app.inject({ method: 'PATCH', url: `/api/v1/guest/responses/${id}`, headers, payload: { answers } });
      if (submit) expect((await t.app.inject({ method: 'POST', url: `/api/v1/guest/responses/${id}/submit`, headers })).statusCode).toBe(200);
    };
    await respond(t.app, owner, base, LEVEL_4);
    await guest(LEVEL_4, true);
    await guest(LEVEL_1, true);
    await guest(LEVEL_1, false);
    const closed = await call(t.app, owner, 'POST', `${base}/close`);
    expect(closed.json().responseCounts).toEqual({ inProgress: 1, submitted: 3 });
    const result = (await call(t.app, owner, 'GET', `${base}/result`)).json();
    expect(result.result.respondents).toBe(3);
    expect(result.result.disagreements.length).toBeGreaterThan(0);
    expect(result.engineVersion).toBe(result.result.engineVersion);
    expect(result.questionnaireId).toBe('amorim-2023@2');
  });

  it('deletes drafts only, with their respondent links', async () => {
    const { owner, ws, teamId } = await setup();
    const { base } = await createAssessment(t.app, owner, ws, teamId, false);
    expect((await call(t.app, owner, 'POST', `${base}/respondent-links`)).statusCode).toBe(201);
    expect((await call(t.app, owner, 'DELETE', base)).statusCode).toBe(204);
    expect((await call(t.app, owner, 'GET', base)).statusCode).toBe(404);
    const open = await createAssessment(t.app, owner, ws, teamId);
    expect((await call(t.app, owner, 'DELETE', open.base)).statusCode).toBe(409);
  });

  it('lists per team and per workspace, newest first, filtered by status', async () => {
    const { owner, ws, teamId } = await setup();
    const other = await createTeam(t.app, owner, ws, 'Other');
    const first = await createAssessment(t.app, owner, ws, teamId, false);
    const second = await createAssessment(t.app, owner, ws, teamId);
    const third = await createAssessment(t.app, owner, ws, other);
    const perTeam = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`)).json().items;
    expect(perTeam.map((a: { id: string }) => a.id)).toEqual([second.assessmentId, first.assessmentId]);
    const open = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/assessments?status=open`)).json().items;
    expect(open.map((a: { id: string }) => a.id).sort()).toEqual([second.assessmentId, third.assessmentId].sort());
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/assessments?status=archived`)).statusCode).toBe(400);
  });
});
