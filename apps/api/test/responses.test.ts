import { amorim2023v1 } from '@assay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function openAssessment() {
  const owner = await signUp(t.app);
  const ws = await createWorkspace(t.app, owner, 'Acme', 1);
  const teamId = await createTeam(t.app, owner, ws);
  const { base, assessmentId } = await createAssessment(t.app, owner, ws, teamId);
  return { owner, ws, teamId, base, assessmentId };
}

async function start(session: Session, base: string): Promise<string> {
  const response = await call(t.app, session, 'POST', `${base}/responses`);
  expect(response.statusCode).toBeLessThan(300);
  return response.json().id;
}

describe('starting a response', () => {
  it('is idempotent: one response per respondent and assessment', async () => {
    const { owner, base } = await openAssessment();
    const first = await call(t.app, owner, 'POST', `${base}/responses`);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'in_progress', revision: 0, answers: {}, respondent: { kind: 'user', userId: owner.userId } });
    const second = await call(t.app, owner, 'POST', `${base}/responses`);
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    const [a, b] = await Promise.all([call(t.app, owner, 'POST', `${base}/responses`), call(t.app, owner, 'POST', `${base}/responses`)]);
    expect(a.json().id).toBe(first.json().id);
    expect(b.json().id).toBe(first.json().id);
    expect((await call(t.app, owner, 'GET', base)).json().myResponseId).toBe(first.json().id);
  });

  it('needs an open assessment', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const teamId = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, teamId, false);
    const refused = await call(t.app, owner, 'POST', `${base}/responses`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/draft/);
  });
});

describe('autosave (PATCH with the changed answers only)', () => {
  it('merges, clears with null, answers with what was saved, revision and progress', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    const url = `${base}/responses/${id}`;
    const first = await call(t.app, owner, 'PATCH', url, { answers: { education: 'master', company_size: 'over_500' } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id, revision: 1, saved: { education: 'master', company_size: 'over_500' } });
    expect(first.json().progress.answered).toBe(2);

    const second = await call(t.app, owner, 'PATCH', url, { answers: { company_size: null, years_in_role: 4 } });
    expect(second.json()).toMatchObject({ revision: 2, saved: { company_size: null, years_in_role: 4 } });
    const whole = (await call(t.app, owner, 'GET', url)).json();
    expect(whole.answers).toEqual({ education: 'master', years_in_role: 4 });
    expect(whole.revision).toBe(2);
  });

  it('is idempotent: saving the same answers again changes nothing, not even the revision', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    const url = `${base}/responses/${id}`;
    const body = { answers: { data_types: { structured: 'always', image: 'rarely' }, languages: ['python', 'sql'] } };
    const first = (await call(t.app, owner, 'PATCH', url, body)).json();
    // The frequency matrix comes back from jsonb with its keys reordered; still the same answer.
    const again = (await call(t.app, owner, 'PATCH', url, { answers: { data_types: { image: 'rarely', structured: 'always' }, languages: ['python', 'sql'] } })).json();
    expect(again.revision).toBe(first.revision);
    expect(again.updatedAt).toBe(first.updatedAt);
    expect((await call(t.app, owner, 'PATCH', url, { answers: { education: null } })).json().revision).toBe(first.revision);
  });

  it('clearing an answer that was never given changes nothing, even for names objects inherit (toString, constructor)', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    const url = `${base}/responses/${id}`;
    const cleared = await call(t.app, owner, 'PATCH', url, { answers: { toString: null, constructor: null, valueOf: null, education: null } });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().revision).toBe(0);
    expect((await call(t.app, owner, 'GET', url)).json()).toMatchObject({ answers: {}, revision: 0 });
  });

  it('rejects invalid answers with 422 naming each question, and saves none of that request', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    const url = `${base}/responses/${id}`;
    const bad = await call(t.app, owner, 'PATCH', url, {
      answers: { education: 'master', company_size: 'tiny', years_in_role: 99, no_such_question: 'x', models_in_production: 3 },
    });
    expect(bad.statusCode).toBe(422);
    const body = bad.json();
    expect(body.error.code).toBe('invalid_answers');
    const byQuestion = Object.fromEntries(body.error.details.map((d: { questionId: string; code: string }) => [d.questionId, d.code]));
    expect(byQuestion).toEqual({
      company_size: 'unknown_option',
      years_in_role: 'out_of_range',
      no_such_question: 'unknown_question',
      models_in_production: 'condition_not_met',
    });
    expect((await call(t.app, owner, 'GET', url)).json()).toMatchObject({ answers: {}, revision: 0 });
  });

  it('two tabs saving different questions at once both keep their acknowledged answers', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    const url = `${base}/responses/${id}`;
    // Unconditional questions only: a conditional one may legitimately arrive before the answer it depends on.
    const entries = Object.entries(LEVEL_3).filter(([question]) => !amorim2023v1.questions.find((q) => q.id === question)?.condition);
    // Twenty concurrent saves, each of a different question, as two busy tabs would send them.
    const saves = await Promise.all(entries.slice(0, 20).map(([question, answer]) => call(t.app, owner, 'PATCH', url, { answers: { [question]: answer } })));
    expect(saves.map((s) => s.statusCode)).toEqual(saves.map(() => 200));
    const revisions = saves.map((s) => s.json().revision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const whole = (await call(t.app, owner, 'GET', url)).json();
    expect(whole.answers).toEqual(Object.fromEntries(entries.slice(0, 20)));
    expect(whole.revision).toBe(20);
  });

  it('only the respondent writes their response; others of the workspace may read it by role', async () => {
    const { owner, ws, teamId, base } = await openAssessment();
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const id = await start(member, base);
    const url = `${base}/responses/${id}`;
    await call(t.app, member, 'PATCH', url, { answers: { education: 'master' } });
    expect((await call(t.app, owner, 'GET', url)).json().answers).toEqual({ education: 'master' });
    expect((await call(t.app, owner, 'PATCH', url, { answers: { education: 'doctorate' } })).statusCode).toBe(403);
    expect((await call(t.app, owner, 'POST', `${url}/submit`)).statusCode).toBe(403);
    const peer = await addMember(t.app, owner, ws, 'member', teamId);
    expect((await call(t.app, peer, 'GET', url)).statusCode).toBe(404);
    expect((await call(t.app, peer, 'PATCH', url, { answers: { education: 'doctorate' } })).statusCode).toBe(404);
  });
});

describe('submitting', () => {
  it('refuses an incomplete response with 422 listing each unanswered question', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    await call(t.app, owner, 'PATCH', `${base}/responses/${id}`, { answers: { education: 'master' } });
    const refused = await call(t.app, owner, 'POST', `${base}/responses/${id}/submit`);
    expect(refused.statusCode).toBe(422);
    const { error } = refused.json();
    expect(error.code).toBe('response_incomplete');
    const ids = error.details.map((d: { questionId: string }) => d.questionId);
    expect(ids).toContain('role');
    expect(ids).toContain('model_runtime');
    expect(ids).not.toContain('education');
    expect(error.details.every((d: { code: string }) => d.code === 'required')).toBe(true);
  });

  it('scores a complete response, stores its individual result and locks the answers', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    await call(t.app, owner, 'PATCH', `${base}/responses/${id}`, { answers: LEVEL_4 });
    const submitted = await call(t.app, owner, 'POST', `${base}/responses/${id}/submit`);
    expect(submitted.statusCode).toBe(200);
    const body = submitted.json();
    expect(body.response).toMatchObject({ id, status: 'submitted', submittedAt: expect.any(String) });
    expect(body.result).toMatchObject({ responseId: id, result: { level: 4, respondents: 1 } });
    expect(body.result.engineVersion).toMatch(/^\d+\.\d+\.\d+/);

    const stored = await call(t.app, owner, 'GET', `${base}/responses/${id}/result`);
    expect(stored.json().result).toEqual(body.result.result);
    expect((await call(t.app, owner, 'PATCH', `${base}/responses/${id}`, { answers: { education: 'master' } })).statusCode).toBe(409);
    expect((await call(t.app, owner, 'POST', `${base}/responses/${id}/submit`)).statusCode).toBe(409);
  });

  it('has no individual result before submission', async () => {
    const { owner, base } = await openAssessment();
    const id = await start(owner, base);
    expect((await call(t.app, owner, 'GET', `${base}/responses/${id}/result`)).statusCode).toBe(404);
  });

  it('cannot save or submit once the assessment is closed', async () => {
    const { owner, ws, teamId, base } = await openAssessment();
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const late = await start(member, base);
    const done = await start(owner, base);
    await call(t.app, owner, 'PATCH', `${base}/responses/${done}`, { answers: LEVEL_3 });
    await call(t.app, owner, 'POST', `${base}/responses/${done}/submit`);
    await call(t.app, owner, 'POST', `${base}/close`);
    expect((await call(t.app, member, 'PATCH', `${base}/responses/${late}`, { answers: { education: 'master' } })).statusCode).toBe(409);
    expect((await call(t.app, member, 'POST', `${base}/responses/${late}/submit`)).statusCode).toBe(409);
  });

  it('lists responses with their progress for the people running the assessment', async () => {
    const { owner, ws, teamId, base } = await openAssessment();
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const id = await start(member, base);
    await call(t.app, member, 'PATCH', `${base}/responses/${id}`, { answers: { education: 'master' } });
    const list = (await call(t.app, owner, 'GET', `${base}/responses`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id, respondent: { kind: 'user', name: 'A member' }, status: 'in_progress', progress: { answered: 1 } });
    expect(list[0]).not.toHaveProperty('answers');
    expect((await call(t.app, member, 'GET', `${base}/responses`)).statusCode).toBe(403);
  });
});

describe('guest respondents', () => {
  it('answer through a respondent link with no account, keeping an access key', async () => {
    const { owner, base } = await openAssessment();
    const created = await call(t.app, owner, 'POST', `${base}/respondent-links`, { label: 'Client team', expiresInDays: 14 });
    expect(created.statusCode).toBe(201);
    const { token, link } = created.json();
    expect(link).toMatchObject({ label: 'Client team', responses: 0, revokedAt: null });

    const lookup = await call(t.app, null, 'POST', '/api/v1/guest/lookup', { token });
    expect(lookup.json()).toMatchObject({ status: 'open', questionnaireId: 'amorim-2023@2', teamName: 'Data Science' });

    const started = await call(t.app, null, 'POST', '/api/v1/guest/responses', { token, name: 'Carla' });
    expect(started.statusCode).toBe(201);
    const { accessKey, response } = started.json();
    expect(response.respondent).toEqual({ kind: 'guest', userId: null, name: 'Carla' });
    const headers = { 'x-response-key': accessKey };
    const url = `/api/v1/guest/responses/${response.id}`;

    const saved = await t.app.inject({ method: 'PATCH', url, headers, payload: { answers: LEVEL_3 } });
    expect(saved.statusCode).toBe(200);
    const read = await t.app.inject({ method: 'GET', url, headers });
    expect(read.json().response.answers).toEqual(LEVEL_3);
    const submitted = await t.app.inject({ method: 'POST', url: `${url}/submit`, headers });
    expect(submitted.json().result.result.level).toBe(3);
    expect((await t.app.inject({ method: 'GET', url: `${url}/result`, headers })).json().result.level).toBe(3);

    const links = (await call(t.app, owner, 'GET', `${base}/respondent-links`)).json().items;
    expect(links[0]).toMatchObject({ id: link.id, responses: 1 });
    const listed = (await call(t.app, owner, 'GET', `${base}/responses`)).json().items;
    expect(listed[0]).toMatchObject({ respondent: { kind: 'guest', name: 'Carla' }, status: 'submitted' });
  });

  it('a wrong or missing key reads as not found / invalid; a revoked or expired link starts nothing', async () => {
    const { owner, base } = await openAssessment();
    const { token, link } = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json();
    const { response } = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token })).json();
    const url = `/api/v1/guest/responses/${response.id}`;
    expect((await t.app.inject({ method: 'GET', url, headers: { 'x-response-key': 'x'.repeat(43) } })).statusCode).toBe(404);
    const missing = await t.app.inject({ method: 'GET', url });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('headers.x-response-key');

    expect((await call(t.app, owner, 'DELETE', `${base}/respondent-links/${link.id}`)).statusCode).toBe(204);
    expect((await call(t.app, null, 'POST', '/api/v1/guest/responses', { token })).statusCode).toBe(404);
    expect((await call(t.app, null, 'POST', '/api/v1/guest/lookup', { token })).statusCode).toBe(404);

    const expiring = (await call(t.app, owner, 'POST', `${base}/respondent-links`, { expiresInDays: 1 })).json();
    const { respondentLinks } = await import('../src/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    await t.database.db.update(respondentLinks).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(respondentLinks.id, expiring.link.id));
    expect((await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: expiring.token })).statusCode).toBe(404);
  });

  it('revoking a link also stops the unsubmitted responses started through it (a leaked link cannot still fill the team result)', async () => {
    const { owner, base } = await openAssessment();
    const { token, link } = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json();
    const start = async () => {
      const started = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token })).json();
      return { url: `/api/v1/guest/responses/${started.response.id}`, headers: { 'x-response-key': started.accessKey } };
    };
    const done = await start();
    await t.app.inject({ method: 'PATCH', url: done.url, headers: done.headers, payload: { answers: LEVEL_3 } });
    expect((await t.app.inject({ method: 'POST', url: `${done.url}/submit`, headers: done.headers })).statusCode).toBe(200);
    const pending = await start();
    expect((await t.app.inject({ method: 'PATCH', url: pending.url, headers: pending.headers, payload: { answers: LEVEL_3 } })).statusCode).toBe(200);

    expect((await call(t.app, owner, 'DELETE', `${base}/respondent-links/${link.id}`)).statusCode).toBe(204);
    const save = await t.app.inject({ method: 'PATCH', url: pending.url, headers: pending.headers, payload: { answers: { education: 'master' } } });
    expect(save.statusCode).toBe(409);
    expect(save.json().error.message).toMatch(/revoked/);
    expect((await t.app.inject({ method: 'POST', url: `${pending.url}/submit`, headers: pending.headers })).statusCode).toBe(409);
    // What the guests already have stays readable.
    expect((await t.app.inject({ method: 'GET', url: pending.url, headers: pending.headers })).json().response).toMatchObject({ status: 'in_progress', answers: LEVEL_3 });
    expect((await t.app.inject({ method: 'GET', url: `${done.url}/result`, headers: done.headers })).json().result.level).toBe(3);
    const listed = (await call(t.app, owner, 'GET', `${base}/responses`)).json().items;
    expect(listed.map((r: { status: string }) => r.status).sort()).toEqual(['in_progress', 'submitted']);
  });

  it('starting guest responses is rate-limited per address and link (3× the limit: a group answers one link), so a leaked link cannot fill the database', async () => {
    const { owner, base } = await openAssessment();
    const { token } = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json();
    const limited = await createTestApp({ authRateLimitMax: 2 }, t.database);
    try {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await call(limited.app, null, 'POST', '/api/v1/guest/responses', { token })).statusCode);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    } finally {
      await limited.app.close();
    }
  });

  it('a link to a draft says so and starts nothing until the assessment opens; closed assessments get no new links', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const teamId = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, teamId, false);
    const { token } = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json();
    expect((await call(t.app, null, 'POST', '/api/v1/guest/lookup', { token })).json().status).toBe('draft');
    expect((await call(t.app, null, 'POST', '/api/v1/guest/responses', { token })).statusCode).toBe(409);
    await call(t.app, owner, 'POST', `${base}/open`);
    expect((await call(t.app, null, 'POST', '/api/v1/guest/responses', { token })).statusCode).toBe(201);

    const id = (await call(t.app, owner, 'POST', `${base}/responses`)).json().id;
    await call(t.app, owner, 'PATCH', `${base}/responses/${id}`, { answers: LEVEL_3 });
    await call(t.app, owner, 'POST', `${base}/responses/${id}/submit`);
    await call(t.app, owner, 'POST', `${base}/close`);
    expect((await call(t.app, owner, 'POST', `${base}/respondent-links`)).statusCode).toBe(409);
  });
});
