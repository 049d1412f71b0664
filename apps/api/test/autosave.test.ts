// Autosave's one-statement path: every guarantee of the locked path, in one round trip.
import { amorim2023v1 } from '@assay/domain';
import { describe, expect, inject, it } from 'vitest';
import { countedTestApp } from './counted-database.ts';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, respond, createAssessment, createTeam, createTestApp, createWorkspace, signUp } from './helpers.ts';

/** Answers to questions shown whatever else is answered (the one-statement path's case). */
const UNCONDITIONAL = Object.entries(LEVEL_3).filter(([id]) => amorim2023v1.questions.find((q) => q.id === id)?.condition === undefined);
const pick = (i: number) => UNCONDITIONAL[i]!;
const CONDITIONAL = Object.entries(LEVEL_3).filter(([id]) => amorim2023v1.questions.find((q) => q.id === id)?.condition !== undefined);

const t = countedTestApp();

async function openResponse() {
  const owner = await signUp(t.app);
  const ws = await createWorkspace(t.app, owner);
  const teamId = await createTeam(t.app, owner, ws);
  const { base } = await createAssessment(t.app, owner, ws, teamId);
  const id: string = (await call(t.app, owner, 'POST', `${base}/responses`)).json().id;
  return { owner, ws, teamId, base, url: `${base}/responses/${id}`, id };
}

describe('autosave in one statement', () => {
  it('has answers for both paths to test', () => {
    expect(UNCONDITIONAL.length).toBeGreaterThan(20);
    expect(CONDITIONAL.length).toBeGreaterThan(0);
  });

  it('saves, clears and answers with the revision and progress in one statement, no transaction', async () => {
    const { owner, url } = await openResponse();
    await call(t.app, owner, 'GET', url);
    const [a, va] = pick(0);
    const [b, vb] = pick(1);
    const saved = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: { [a]: va, [b]: vb } }));
    expect(saved.result.statusCode).toBe(200);
    expect(saved).toMatchObject({ statements: 1, transactions: 0 });
    expect(saved.result.json()).toMatchObject({ revision: 1, saved: { [a]: va, [b]: vb }, progress: { answered: 2 } });
    const cleared = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: { [a]: null } }));
    expect(cleared).toMatchObject({ statements: 1, transactions: 0 });
    expect(cleared.result.json()).toMatchObject({ revision: 2, saved: { [a]: null }, progress: { answered: 1 } });
    const stored = (await call(t.app, owner, 'GET', url)).json();
    expect(stored.answers).toEqual({ [b]: vb });
    expect(stored.revision).toBe(2);
    expect(stored.updatedAt).toBe(cleared.result.json().updatedAt);
  });

  it('a save changing nothing keeps the revision and the time (idempotent), still in one statement', async () => {
    const { owner, url } = await openResponse();
    await call(t.app, owner, 'GET', url);
    const [a, va] = pick(0);
    const first = (await call(t.app, owner, 'PATCH', url, { answers: { [a]: va } })).json();
    const again = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: { [a]: va, never_given_question: null } }));
    expect(again).toMatchObject({ statements: 1, transactions: 0 });
    expect(again.result.json()).toMatchObject({ revision: first.revision, updatedAt: first.updatedAt });
  });

  it('a save confirms the prefilled answers it touches in the same statement, with or without a change of value', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const teamId = await createTeam(t.app, owner, ws);
    await respond(t.app, owner, (await createAssessment(t.app, owner, ws, teamId)).base, LEVEL_3);
    const created = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, { prefill: true });
    const base = `/api/v1/workspaces/${ws}/assessments/${created.json().id}`;
    await call(t.app, owner, 'POST', `${base}/open`);
    const started = (await call(t.app, owner, 'POST', `${base}/responses`)).json();
    const url = `${base}/responses/${started.id}`;
    await call(t.app, owner, 'GET', url);
    const [a, va] = pick(0);
    const [b] = pick(1);
    expect(started.prefill.unconfirmed).toEqual(expect.arrayContaining([a, b]));
    // The same value again: nothing in the answers changes, yet the person has answered it.
    const same = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: { [a]: va } }));
    expect(same).toMatchObject({ statements: 1, transactions: 0 });
    expect(same.result.json().unconfirmed).not.toContain(a);
    expect(same.result.json().unconfirmed).toContain(b);
    expect(same.result.json().revision).toBe(started.revision + 1);
    const cleared = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: { [b]: null } }));
    expect(cleared).toMatchObject({ statements: 1, transactions: 0 });
    expect(cleared.result.json().unconfirmed).not.toContain(b);
    const stored = (await call(t.app, owner, 'GET', url)).json();
    expect(stored.prefill.unconfirmed).toEqual(cleared.result.json().unconfirmed);
    expect(stored.prefill.unconfirmed).toHaveLength(started.prefill.unconfirmed.length - 2);
  });

  it('answers to conditional questions are validated against the stored answers (locked path), then saved', async () => {
    const { owner, url } = await openResponse();
    await call(t.app, owner, 'GET', url);
    const saved = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: LEVEL_3 }));
    expect(saved.result.statusCode).toBe(200);
    expect(saved.transactions).toBe(1);
    expect((await call(t.app, owner, 'GET', url)).json().answers).toEqual(LEVEL_3);
  });

  it('refuses as the locked path does: invalid answers, closed assessment, submitted, viewer, other team, stranger', async () => {
    const { owner, ws, base, url } = await openResponse();
    await call(t.app, owner, 'GET', url);
    const [a, va] = pick(0);
    const invalid = await call(t.app, owner, 'PATCH', url, { answers: { [a]: 'not-an-option-of-any-question' } });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error).toMatchObject({ reason: 'answers_invalid', details: [{ questionId: a }] });

    const stranger = await signUp(t.app);
    const foreign = await call(t.app, stranger, 'PATCH', url, { answers: { [a]: va } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.reason).toBe('workspace_not_found');
    // A stranger's invalid answers read as not found too: validation never runs before access.
    expect((await call(t.app, stranger, 'PATCH', url, { answers: { [a]: 'nonsense' } })).statusCode).toBe(404);

    const viewer = await addMember(t.app, owner, ws, 'viewer');
    const viewed = await call(t.app, viewer, 'PATCH', url, { answers: { [a]: va } });
    expect(viewed.statusCode).toBe(404); // not their response: it reads as not found, as before

    const otherTeam = await createTeam(t.app, owner, ws, 'Other');
    const member = await addMember(t.app, owner, ws, 'member', otherTeam);
    expect((await call(t.app, member, 'PATCH', url, { answers: { [a]: va } })).json().error.reason).toBe('assessment_not_found');

    const assessor = await addMember(t.app, owner, ws, 'assessor');
    const submittedId = await respond(t.app, assessor, base, LEVEL_3);
    const submittedUrl = `${base}/responses/${submittedId}`;
    await call(t.app, assessor, 'GET', submittedUrl);
    const submitted = await call(t.app, assessor, 'PATCH', submittedUrl, { answers: { [a]: va } });
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.reason).toBe('response_submitted');

    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    const closed = await t.count(() => call(t.app, owner, 'PATCH', url, { answers: { [a]: va } }));
    expect(closed.result.statusCode).toBe(409);
    expect(closed.result.json().error.reason).toBe('assessment_not_open');
    expect((await call(t.app, owner, 'GET', url)).json().revision).toBe(0);
  });

  it('a member moved out of the team can no longer save', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const teamId = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const member = await addMember(t.app, owner, ws, 'member', teamId);
    const id: string = (await call(t.app, member, 'POST', `${base}/responses`)).json().id;
    const url = `${base}/responses/${id}`;
    const [a, va] = pick(0);
    const [b, vb] = pick(1);
    expect((await call(t.app, member, 'PATCH', url, { answers: { [a]: va } })).statusCode).toBe(200);
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/teams/${teamId}/members/${member.userId}`)).statusCode).toBe(204);
    const refused = await call(t.app, member, 'PATCH', url, { answers: { [b]: vb } });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.reason).toBe('assessment_not_found');
  });

  it('an access token ended by sign-out saves nothing, even on the one-statement path', async () => {
    const { owner, url } = await openResponse();
    const [a, va] = pick(0);
    const [b, vb] = pick(1);
    expect((await call(t.app, owner, 'PATCH', url, { answers: { [a]: va } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { assay_refresh: owner.refresh } });
    expect(out.statusCode).toBe(204);
    const refused = await call(t.app, owner, 'PATCH', url, { answers: { [b]: vb } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.reason).toBe('access_token_invalid');
  });

  it('a guest saves in one statement until the link is revoked', async () => {
    const { owner, base } = await openResponse();
    const link = (await call(t.app, owner, 'POST', `${base}/respondent-links`, {})).json();
    const started = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: link.token })).json();
    const url = `/api/v1/guest/responses/${started.response.id}`;
    const headers = { 'x-response-key': started.accessKey };
    await t.app.inject({ method: 'GET', url, headers });
    const [a, va] = pick(0);
    const [b, vb] = pick(1);
    const saved = await t.count(() => t.app.inject({ method: 'PATCH', url, headers, payload: { answers: { [a]: va } } }));
    expect(saved.result.statusCode).toBe(200);
    expect(saved).toMatchObject({ statements: 1, transactions: 0 });
    const wrongKey = await t.app.inject({ method: 'PATCH', url, headers: { 'x-response-key': 'x'.repeat(43) }, payload: { answers: { [b]: vb } } });
    expect(wrongKey.statusCode).toBe(404);
    expect((await call(t.app, owner, 'DELETE', `${base}/respondent-links/${link.link.id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({ method: 'PATCH', url, headers, payload: { answers: { [b]: vb } } });
    expect(revoked.statusCode).toBe(409);
    expect(revoked.json().error.reason).toBe('link_revoked');
    expect((await t.app.inject({ method: 'GET', url, headers })).json().response.answers).toEqual({ [a]: va });
  });
});

describe('concurrent saves', () => {
  it('from two connections (two apps, two pools on PostgreSQL) all persist, each with its own revision', async () => {
    // PGlite is one connection in one process: there the two apps share it.
    const second = inject('testDatabase').kind === 'postgres' ? await createTestApp() : await createTestApp({}, t.counted.handle);
    try {
      const { owner, url } = await openResponse();
      for (const app of [t.app, second.app]) await call(app, owner, 'GET', url);
      const answers = UNCONDITIONAL.slice(0, 24);
      const results = await Promise.all(answers.map(([id, value], i) => call(i % 2 === 0 ? t.app : second.app, owner, 'PATCH', url, { answers: { [id]: value } })));
      expect(results.map((r) => r.statusCode)).toEqual(answers.map(() => 200));
      expect(results.map((r) => r.json().revision).sort((x, y) => x - y)).toEqual(answers.map((_, i) => i + 1));
      const stored = (await call(second.app, owner, 'GET', url)).json();
      expect(stored.answers).toEqual(Object.fromEntries(answers));
      expect(stored.revision).toBe(answers.length);
    } finally {
      await second.close();
    }
  });

  /** The signed-in respondents' series of assay_autosave_batch_size: statements observed, saves they carried. */
  async function batchSizes(): Promise<{ count: number; sum: number }> {
    const text = await t.app.metrics.getSingleMetricAsString('assay_autosave_batch_size');
    const value = (series: string) => Number(new RegExp(`^assay_autosave_batch_size_${series}\\{respondent="user"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    return { count: value('count'), sum: value('sum') };
  }

  it('many respondents at once: on PostgreSQL their saves share statements (one each on PGlite), and every save lands in order', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const teamId = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, teamId);
    const respondents = [owner, ...(await Promise.all(Array.from({ length: 5 }, () => addMember(t.app, owner, ws, 'assessor'))))];
    const urls = await Promise.all(respondents.map(async (who) => `${base}/responses/${(await call(t.app, who, 'POST', `${base}/responses`)).json().id}`));
    for (const [i, who] of respondents.entries()) await call(t.app, who, 'GET', urls[i]!);
    // Four saves each, one question per save, sent all at once and interleaved across respondents.
    const rounds = 4;
    const saves = Array.from({ length: rounds * respondents.length }, (_, k) => ({ who: k % respondents.length, answer: pick(Math.floor(k / respondents.length)) }));
    const before = await batchSizes();
    const burst = await t.count(() => Promise.all(saves.map(({ who, answer: [id, value] }) => call(t.app, respondents[who]!, 'PATCH', urls[who]!, { answers: { [id]: value } }))));
    expect(burst.result.map((r) => r.statusCode)).toEqual(saves.map(() => 200));
    expect(burst.transactions).toBe(0);
    if (inject('testDatabase').kind === 'postgres') expect(burst.statements).toBeLessThan(saves.length);
    else expect(burst.statements).toBe(saves.length);
    // assay_autosave_batch_size saw every statement, and every save in one of them.
    const after = await batchSizes();
    expect(after.count - before.count).toBe(burst.statements);
    expect(after.sum - before.sum).toBe(saves.length);
    for (const [i, who] of respondents.entries()) {
      // One respondent's saves ran one after another, in the order sent: revisions 1..4 in that order.
      const mine = burst.result.filter((_, k) => k % respondents.length === i).map((r) => r.json());
      expect(mine.map((saved) => saved.revision)).toEqual([1, 2, 3, 4]);
      expect(mine.map((saved) => saved.progress.answered)).toEqual([1, 2, 3, 4]);
      const stored = (await call(t.app, who, 'GET', urls[i]!)).json();
      expect(stored.answers).toEqual(Object.fromEntries(UNCONDITIONAL.slice(0, rounds)));
      expect(stored.revision).toBe(rounds);
    }
  });

  it('a save refused among others is refused alone, with its own reason; the others land', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const teamId = await createTeam(t.app, owner, ws);
    const open = await createAssessment(t.app, owner, ws, teamId);
    const closing = await createAssessment(t.app, owner, ws, await createTeam(t.app, owner, ws, 'Platform'));
    const members = await Promise.all(Array.from({ length: 4 }, () => addMember(t.app, owner, ws, 'assessor')));
    const urls = await Promise.all(members.map(async (who) => `${open.base}/responses/${(await call(t.app, who, 'POST', `${open.base}/responses`)).json().id}`));
    for (const [i, who] of members.entries()) await call(t.app, who, 'GET', urls[i]!);
    const closedUrl = `${closing.base}/responses/${(await call(t.app, owner, 'POST', `${closing.base}/responses`)).json().id}`;
    await call(t.app, owner, 'GET', closedUrl);
    await respond(t.app, await addMember(t.app, owner, ws, 'assessor'), closing.base, LEVEL_3); // a team result needs a submission
    const closed = await call(t.app, owner, 'POST', `${closing.base}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const stranger = await signUp(t.app);
    const signedOut = members[3]!;
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { assay_refresh: signedOut.refresh } })).statusCode).toBe(204);

    const [a, va] = pick(0);
    const results = await Promise.all([
      call(t.app, members[0]!, 'PATCH', urls[0]!, { answers: { [a]: va } }),
      call(t.app, stranger, 'PATCH', urls[1]!, { answers: { [a]: va } }),
      call(t.app, members[1]!, 'PATCH', urls[1]!, { answers: { [a]: va } }),
      call(t.app, owner, 'PATCH', closedUrl, { answers: { [a]: va } }),
      call(t.app, members[2]!, 'PATCH', urls[0]!, { answers: { [a]: va } }),
      call(t.app, signedOut, 'PATCH', urls[3]!, { answers: { [a]: va } }),
      call(t.app, members[2]!, 'PATCH', urls[2]!, { answers: { [a]: va } }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 404, 200, 409, 404, 401, 200]);
    expect(results.map((r) => r.json().error?.reason)).toEqual([undefined, 'workspace_not_found', undefined, 'assessment_not_open', 'response_not_found', 'access_token_invalid', undefined]);
    for (const i of [0, 1, 2]) expect((await call(t.app, members[i]!, 'GET', urls[i]!)).json()).toMatchObject({ answers: { [a]: va }, revision: 1 });
    expect((await call(t.app, owner, 'GET', closedUrl)).json()).toMatchObject({ answers: {}, revision: 0 });
  });
});
