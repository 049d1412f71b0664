// The reads every page load makes (a response on the questionnaire, its result on the result page,
// `/auth/me`): one statement each, the membership, role, tenancy and token checks folded in, with
// the same refusals as before.
import { describe, expect, it } from 'vitest';
import { countedTestApp } from './counted-database.ts';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createWorkspace, respond, signUp } from './helpers.ts';

const t = countedTestApp();

describe('page reads in one statement', () => {
  it('reads the caller’s own response in one statement, no transaction', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const teamId = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const id: string = (await call(t.app, owner, 'POST', `${base}/responses`)).json().id;
    await call(t.app, owner, 'PATCH', `${base}/responses/${id}`, { answers: { education: LEVEL_3.education } });
    const read = await t.count(() => call(t.app, owner, 'GET', `${base}/responses/${id}`));
    expect(read.result.statusCode).toBe(200);
    expect(read).toMatchObject({ statements: 1, transactions: 0 });
    expect(read.result.json()).toMatchObject({
      id,
      status: 'in_progress',
      revision: 1,
      answers: { education: LEVEL_3.education },
      respondent: { kind: 'user', userId: owner.userId, name: owner.name },
      progress: { answered: 1 },
      submittedAt: null,
      prefill: null,
    });
    // No result before it is submitted: the same statement says so.
    const pending = await t.count(() => call(t.app, owner, 'GET', `${base}/responses/${id}/result`));
    expect(pending.result.statusCode).toBe(404);
    expect(pending.result.json().error.reason).toBe('response_result_pending');
    expect(pending).toMatchObject({ statements: 1, transactions: 0 });
  });

  it('reads a submitted response’s result in one statement', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const teamId = await createTeam(t.app, owner, ws);
    const { assessmentId, base } = await createAssessment(t.app, owner, ws, teamId);
    const id = await respond(t.app, owner, base, LEVEL_3);
    const read = await t.count(() => call(t.app, owner, 'GET', `${base}/responses/${id}/result`));
    expect(read.result.statusCode).toBe(200);
    expect(read).toMatchObject({ statements: 1, transactions: 0 });
    const body = read.result.json();
    expect(body).toMatchObject({ responseId: id, assessmentId, result: { level: 3 } });
    expect(Date.parse(body.computedAt)).not.toBeNaN();
    expect(body.engineVersion).toBe(body.result.engineVersion);
  });

  it('reads /auth/me in one statement', async () => {
    const user = await signUp(t.app, 'Me Myself');
    const me = await t.count(() => call(t.app, user, 'GET', '/api/v1/auth/me'));
    expect(me.result.statusCode).toBe(200);
    expect(me.result.json().user).toMatchObject({ id: user.userId, email: user.email, name: 'Me Myself' });
    expect(me).toMatchObject({ statements: 1, transactions: 0 });
  });

  it('refuses as before, each in the one statement: strangers, other teams, others’ answers under k ≥ 2, ended tokens', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Anonymous', 2);
    const teamId = await createTeam(t.app, owner, ws);
    const otherTeam = await createTeam(t.app, owner, ws, 'Other team');
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const outsider = await addMember(t.app, owner, ws, 'member', otherTeam);
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const id = await respond(t.app, member, base, LEVEL_3);
    const stranger = await signUp(t.app);
    const refusals: [string, Awaited<ReturnType<typeof signUp>>, number, string][] = [
      ['stranger', stranger, 404, 'workspace_not_found'],
      ['member of another team', outsider, 404, 'assessment_not_found'],
      ['owner, k = 2', owner, 404, 'response_not_found'],
    ];
    for (const [who, session, status, reason] of refusals) {
      for (const url of [`${base}/responses/${id}`, `${base}/responses/${id}/result`]) {
        const read = await t.count(() => call(t.app, session, 'GET', url));
        expect(read.result.statusCode, `${who}: ${url}`).toBe(status);
        expect(read.result.json().error.reason, `${who}: ${url}`).toBe(reason);
        expect(read.statements, `${who}: ${url}`).toBe(1);
      }
    }
    // The response of another assessment is not found through this one's path.
    const { base: otherBase } = await createAssessment(t.app, owner, ws, teamId);
    expect((await call(t.app, member, 'GET', `${otherBase}/responses/${id}`)).json().error.reason).toBe('response_not_found');
    // The respondent reads both; after sign-out everywhere their access token is refused (401).
    expect((await call(t.app, member, 'GET', `${base}/responses/${id}`)).statusCode).toBe(200);
    expect((await call(t.app, member, 'GET', `${base}/responses/${id}/result`)).statusCode).toBe(200);
    const out = await call(t.app, member, 'POST', '/api/v1/auth/sign-out-everywhere');
    expect(out.statusCode).toBeLessThan(300);
    for (const url of [`${base}/responses/${id}`, `${base}/responses/${id}/result`, '/api/v1/auth/me']) {
      const read = await t.count(() => call(t.app, member, 'GET', url));
      expect(read.result.statusCode, url).toBe(401);
      expect(read.statements, url).toBe(1);
    }
  });

  it('lets an owner read another’s response and result on an attributed assessment (k = 1)', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Attributed', 1);
    const teamId = await createTeam(t.app, owner, ws);
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const id = await respond(t.app, member, base, LEVEL_3);
    const response = await t.count(() => call(t.app, owner, 'GET', `${base}/responses/${id}`));
    expect(response.result.statusCode).toBe(200);
    expect(response.result.json().respondent).toMatchObject({ kind: 'user', userId: member.userId });
    expect(response.statements).toBe(1);
    const result = await t.count(() => call(t.app, owner, 'GET', `${base}/responses/${id}/result`));
    expect(result.result.statusCode).toBe(200);
    expect(result.statements).toBe(1);
  });

  it('reads a team result in one statement: pending, withheld with its count, shown with its free text trimmed', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Team result', 2);
    const teamId = await createTeam(t.app, owner, ws);
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const outsider = await addMember(t.app, owner, ws, 'member', await createTeam(t.app, owner, ws, 'Elsewhere'));
    const { assessmentId, base } = await createAssessment(t.app, owner, ws, teamId);
    await respond(t.app, owner, base, { ...LEVEL_3, mlops_help: '  Drift alerts  ' });
    const pending = await t.count(() => call(t.app, owner, 'GET', `${base}/result`));
    expect(pending.result.json().error.reason).toBe('team_result_pending');
    expect(pending.statements).toBe(1);
    await call(t.app, owner, 'POST', `${base}/close`);
    const withheld = await t.count(() => call(t.app, owner, 'GET', `${base}/result`));
    expect(withheld.result.statusCode).toBe(200);
    expect(withheld.result.json()).toMatchObject({ withheld: true, assessmentId, teamId, responses: 1, minimum: 2 });
    expect(withheld.statements).toBe(1);

    const second = await createAssessment(t.app, owner, ws, teamId);
    await respond(t.app, owner, second.base, { ...LEVEL_3, mlops_help: '  Drift alerts  ' });
    await respond(t.app, member, second.base, { ...LEVEL_3, mlops_help: '   ' });
    await call(t.app, owner, 'POST', `${second.base}/close`);
    const shown = await t.count(() => call(t.app, member, 'GET', `${second.base}/result`));
    expect(shown.result.statusCode).toBe(200);
    expect(shown.statements).toBe(1);
    expect(shown.result.json()).toMatchObject({ withheld: false, assessmentId: second.assessmentId, teamId, result: { respondents: 2 }, recomputed: null });
    expect(shown.result.json().freeText).toEqual([{ questionId: 'mlops_help', text: 'Drift alerts' }]);
    const refused = await t.count(() => call(t.app, outsider, 'GET', `${second.base}/result`));
    expect(refused.result.json().error.reason).toBe('assessment_not_found');
    expect(refused.statements).toBe(1);
  });
});
