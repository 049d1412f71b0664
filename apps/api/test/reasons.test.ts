// Every reason of the contract's list, provoked once through the real routes: the table is a
// Record over ErrorReason, so a reason added to @assay/contracts fails to compile here until a
// request that earns it is written.
import { randomUUID } from 'node:crypto';
import { ERROR_REASONS, ErrorResponseSchema, type ErrorReason } from '@assay/contracts';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTokens, users } from '../src/db/schema/users.ts';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let owner: Session;
let admin: Session;
let member: Session;
let viewer: Session;
let ws: string;
let teamId: string;
/** An open assessment of `teamId`. */
let open: { assessmentId: string; base: string };
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Owner');
  ws = await createWorkspace(t.app, owner, 'Acme', 1);
  teamId = await createTeam(t.app, owner, ws);
  admin = await addMember(t.app, owner, ws, 'admin');
  member = await addMember(t.app, owner, ws, 'member', teamId);
  viewer = await addMember(t.app, owner, ws, 'viewer');
  open = await createAssessment(t.app, owner, ws, teamId);
});
afterAll(async () => t.close());

const api = (path: string) => `/api/v1${path}`;
const wsPath = (path = '') => api(`/workspaces/${ws}${path}`);
/** A well-formed token nobody was given. */
const unknownToken = () => 'x'.repeat(43);
const refresh = (token: string) => t.app.inject({ method: 'POST', url: api('/auth/refresh'), cookies: { assay_refresh: token } });

async function startResponse(session: Session, base: string): Promise<string> {
  const started = await call(t.app, session, 'POST', `${base}/responses`);
  expect(started.statusCode).toBeLessThan(300);
  return started.json().id;
}

interface Case {
  readonly status: number;
  readonly request: () => Promise<LightMyRequestResponse>;
}

/** A closed assessment of `teamId` (k = 1 here) with a level-3 team result, and one action on it owned by the member. */
let closedRound: Promise<{ assessmentId: string; actionId: string }> | undefined;
function closedWithAction() {
  closedRound ??= (async () => {
    const { assessmentId, base } = await createAssessment(t.app, owner, ws, teamId);
    await respond(t.app, owner, base, LEVEL_3);
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    const created = await call(t.app, owner, 'POST', wsPath(`/teams/${teamId}/actions`), {
      assessmentId,
      target: { kind: 'gap', gapId: 'blocker:l4.automated_deployment' },
      title: 'Automate deployment',
      ownerId: member.userId,
      dueDate: '2030-01-31',
    });
    expect(created.statusCode).toBe(201);
    return { assessmentId, actionId: created.json().id };
  })();
  return closedRound;
}

const CASES: Record<ErrorReason, Case> = {
  action_target_unknown: {
    status: 400,
    request: async () => {
      const { assessmentId } = await closedWithAction();
      return call(t.app, owner, 'POST', wsPath(`/teams/${teamId}/actions`), {
        assessmentId,
        target: { kind: 'gap', gapId: 'blocker:l2.business_consumption' },
        title: 'Already passed',
        ownerId: owner.userId,
        dueDate: '2030-01-31',
      });
    },
  },
  owner_not_member: {
    status: 400,
    request: async () => {
      const { assessmentId } = await closedWithAction();
      const stranger = await signUp(t.app);
      return call(t.app, owner, 'POST', wsPath(`/teams/${teamId}/actions`), {
        assessmentId,
        target: { kind: 'gap', gapId: 'blocker:l4.automated_deployment' },
        title: 'Someone else',
        ownerId: stranger.userId,
        dueDate: '2030-01-31',
      });
    },
  },
  cursor_invalid: { status: 400, request: () => call(t.app, owner, 'GET', wsPath(`/teams/${teamId}/actions?cursor=bm90LWEtY3Vyc29y`)) },
  action_owner_only: {
    status: 403,
    request: async () => {
      const { actionId } = await closedWithAction();
      return call(t.app, member, 'PATCH', wsPath(`/teams/${teamId}/actions/${actionId}`), { dueDate: '2031-01-01' });
    },
  },
  action_not_found: { status: 404, request: () => call(t.app, owner, 'PATCH', wsPath(`/teams/${teamId}/actions/${randomUUID()}`), { status: 'done' }) },
  confirmation_mismatch: {
    status: 400,
    request: async () => {
      const user = await signUp(t.app);
      const mine = await createWorkspace(t.app, user, 'Mine');
      return call(t.app, user, 'DELETE', api(`/workspaces/${mine}`), { confirmName: 'mine' });
    },
  },
  wrong_password: {
    status: 400,
    request: async () => {
      const user = await signUp(t.app);
      return call(t.app, user, 'POST', api('/auth/password'), { currentPassword: 'not the password at all', newPassword: 'a brand new password' });
    },
  },
  sign_in_required: { status: 401, request: () => call(t.app, null, 'GET', api('/auth/me')) },
  access_token_invalid: {
    status: 401,
    request: () => t.app.inject({ method: 'GET', url: api('/auth/me'), headers: { authorization: 'Bearer not-a-token' } }),
  },
  wrong_credentials: {
    status: 401,
    request: () => call(t.app, null, 'POST', api('/auth/sign-in'), { email: owner.email, password: 'not the password at all' }),
  },
  session_ended: {
    status: 401,
    request: async () => {
      const user = await signUp(t.app);
      await t.app.inject({ method: 'POST', url: api('/auth/sign-out'), cookies: { assay_refresh: user.refresh } });
      return refresh(user.refresh);
    },
  },
  session_expired: {
    status: 401,
    request: async () => {
      const user = await signUp(t.app);
      await t.database.db.update(refreshTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(refreshTokens.userId, user.userId));
      return refresh(user.refresh);
    },
  },
  session_reused: {
    // The test config's grace period is 0: a rotated token seen again is a copy.
    status: 401,
    request: async () => {
      const user = await signUp(t.app);
      expect((await refresh(user.refresh)).statusCode).toBe(200);
      return refresh(user.refresh);
    },
  },
  account_gone: {
    status: 401,
    request: async () => {
      const user = await signUp(t.app);
      await t.database.db.delete(users).where(eq(users.id, user.userId));
      return call(t.app, user, 'GET', api('/auth/me'));
    },
  },
  role_forbidden: { status: 403, request: () => call(t.app, viewer, 'POST', wsPath('/teams'), { name: 'Not allowed' }) },
  owners_only: { status: 403, request: () => call(t.app, admin, 'PATCH', wsPath(`/members/${owner.userId}`), { role: 'admin' }) },
  respondent_only: {
    status: 403,
    request: async () => {
      const responseId = await startResponse(member, open.base);
      return call(t.app, owner, 'PATCH', `${open.base}/responses/${responseId}`, { answers: { education: 'master' } });
    },
  },
  route_not_found: { status: 404, request: () => call(t.app, owner, 'GET', api('/no-such-route')) },
  workspace_not_found: { status: 404, request: () => call(t.app, owner, 'GET', api(`/workspaces/${randomUUID()}`)) },
  member_not_found: { status: 404, request: () => call(t.app, owner, 'PATCH', wsPath(`/members/${randomUUID()}`), { role: 'admin' }) },
  not_in_workspace: { status: 404, request: () => call(t.app, owner, 'PUT', wsPath(`/teams/${teamId}/members/${randomUUID()}`)) },
  not_in_team: { status: 404, request: () => call(t.app, owner, 'DELETE', wsPath(`/teams/${teamId}/members/${viewer.userId}`)) },
  team_not_found: { status: 404, request: () => call(t.app, owner, 'GET', wsPath(`/teams/${randomUUID()}`)) },
  assessment_not_found: { status: 404, request: () => call(t.app, owner, 'GET', wsPath(`/assessments/${randomUUID()}`)) },
  response_not_found: { status: 404, request: () => call(t.app, owner, 'GET', `${open.base}/responses/${randomUUID()}`) },
  questionnaire_not_found: { status: 404, request: () => call(t.app, null, 'GET', api('/questionnaires/amorim-2099@9')) },
  benchmark_not_found: { status: 404, request: () => call(t.app, null, 'GET', api('/benchmarks/no-such-benchmark')) },
  invitation_not_found: { status: 404, request: () => call(t.app, owner, 'DELETE', wsPath(`/invitations/${randomUUID()}`)) },
  invitation_unusable: { status: 404, request: () => call(t.app, null, 'POST', api('/invitations/lookup'), { token: unknownToken() }) },
  respondent_link_not_found: { status: 404, request: () => call(t.app, owner, 'DELETE', `${open.base}/respondent-links/${randomUUID()}`) },
  link_unusable: { status: 404, request: () => call(t.app, null, 'POST', api('/guest/lookup'), { token: unknownToken() }) },
  link_replaced: {
    status: 404,
    request: async () => {
      const { token, link } = (await call(t.app, owner, 'POST', `${open.base}/respondent-links`, { kind: 'personal', label: 'Ana' })).json();
      expect((await call(t.app, owner, 'POST', `${open.base}/respondent-links/${link.id}/reissue`)).statusCode).toBe(201);
      return call(t.app, null, 'POST', api('/guest/lookup'), { token });
    },
  },
  team_result_pending: { status: 404, request: () => call(t.app, owner, 'GET', `${open.base}/result`) },
  response_result_pending: {
    status: 404,
    request: async () => call(t.app, owner, 'GET', `${open.base}/responses/${await startResponse(owner, open.base)}/result`),
  },
  email_taken: {
    status: 409,
    request: () => call(t.app, null, 'POST', api('/auth/sign-up'), { email: owner.email, password: 'correct horse battery', name: 'Twin' }),
  },
  last_owner: { status: 409, request: () => call(t.app, owner, 'DELETE', wsPath(`/members/${owner.userId}`)) },
  already_member: {
    status: 409,
    request: async () => {
      const { token } = (await call(t.app, owner, 'POST', wsPath('/invitations'), { role: 'viewer' })).json();
      return call(t.app, viewer, 'POST', api('/invitations/accept'), { token });
    },
  },
  team_archived: {
    status: 409,
    request: async () => {
      const archived = await createTeam(t.app, owner, ws, 'Archived team');
      expect((await call(t.app, owner, 'PATCH', wsPath(`/teams/${archived}`), { archived: true })).statusCode).toBe(200);
      return call(t.app, owner, 'POST', wsPath(`/teams/${archived}/assessments`), {});
    },
  },
  draft_only: { status: 409, request: () => call(t.app, owner, 'DELETE', open.base) },
  open_only: {
    status: 409,
    request: async () => call(t.app, owner, 'POST', `${(await createAssessment(t.app, owner, ws, teamId, false)).base}/close`),
  },
  closed_only: { status: 409, request: () => call(t.app, owner, 'POST', `${open.base}/reopen`) },
  result_withheld: {
    status: 409,
    request: async () => {
      // One submitted response against the default threshold of 3: closed, but no team result.
      const defaultWs = await createWorkspace(t.app, owner, 'Default k');
      const { base } = await createAssessment(t.app, owner, defaultWs, await createTeam(t.app, owner, defaultWs));
      await respond(t.app, owner, base, LEVEL_3);
      expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
      return call(t.app, owner, 'GET', `${base}/result/export?format=csv`);
    },
  },
  no_submissions: {
    status: 409,
    request: async () => call(t.app, owner, 'POST', `${(await createAssessment(t.app, owner, ws, teamId)).base}/close`),
  },
  assessment_not_open: {
    status: 409,
    request: async () => call(t.app, owner, 'POST', `${(await createAssessment(t.app, owner, ws, teamId, false)).base}/responses`),
  },
  assessment_closed: {
    status: 409,
    request: async () => {
      const { base } = await createAssessment(t.app, owner, ws, teamId);
      await respond(t.app, owner, base, LEVEL_3);
      expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
      return call(t.app, owner, 'POST', `${base}/respondent-links`, {});
    },
  },
  response_submitted: {
    status: 409,
    request: async () => {
      const { base } = await createAssessment(t.app, owner, ws, teamId);
      const responseId = await respond(t.app, owner, base, LEVEL_3);
      return call(t.app, owner, 'POST', `${base}/responses/${responseId}/submit`);
    },
  },
  link_revoked: {
    status: 409,
    request: async () => {
      const { token, link } = (await call(t.app, owner, 'POST', `${open.base}/respondent-links`, {})).json();
      const started = (await call(t.app, null, 'POST', api('/guest/responses'), { token })).json();
      expect((await call(t.app, owner, 'DELETE', `${open.base}/respondent-links/${link.id}`)).statusCode).toBe(204);
      return t.app.inject({
        method: 'PATCH',
        url: api(`/guest/responses/${started.response.id}`),
        headers: { 'x-response-key': started.accessKey },
        payload: { answers: { deploys_models: 'no' } },
      });
    },
  },
  link_not_personal: {
    status: 409,
    request: async () => {
      const { link } = (await call(t.app, owner, 'POST', `${open.base}/respondent-links`, {})).json();
      return call(t.app, owner, 'POST', `${open.base}/respondent-links/${link.id}/reissue`);
    },
  },
  link_superseded: {
    status: 409,
    request: async () => {
      const { link } = (await call(t.app, owner, 'POST', `${open.base}/respondent-links`, { kind: 'personal', label: 'Bia' })).json();
      expect((await call(t.app, owner, 'POST', `${open.base}/respondent-links/${link.id}/reissue`)).statusCode).toBe(201);
      return call(t.app, owner, 'POST', `${open.base}/respondent-links/${link.id}/reissue`);
    },
  },
  answers_invalid: {
    status: 422,
    request: async () => {
      const responseId = await startResponse(member, open.base);
      return call(t.app, member, 'PATCH', `${open.base}/responses/${responseId}`, { answers: { deploys_models: 'not an option' } });
    },
  },
  answers_missing: {
    status: 422,
    request: async () => call(t.app, member, 'POST', `${open.base}/responses/${await startResponse(member, open.base)}/submit`),
  },
  answers_unconfirmed: {
    status: 422,
    request: async () => {
      // A second round prefilled from the owner's first: complete, but nothing confirmed yet.
      const team = await createTeam(t.app, owner, ws, 'Second round');
      const first = await createAssessment(t.app, owner, ws, team);
      await respond(t.app, owner, first.base, LEVEL_3);
      const created = await call(t.app, owner, 'POST', wsPath(`/teams/${team}/assessments`), { prefill: true });
      const base = wsPath(`/assessments/${created.json().id}`);
      await call(t.app, owner, 'POST', `${base}/open`);
      return call(t.app, owner, 'POST', `${base}/responses/${await startResponse(owner, base)}/submit`);
    },
  },
};

describe('error reasons', () => {
  it.each(ERROR_REASONS.map((reason) => [reason, CASES[reason]] as const))('%s: the envelope names it', async (reason, { status, request }) => {
    const response = await request();
    expect({ status: response.statusCode, reason: response.json().error?.reason }).toEqual({ status, reason });
    // The envelope still parses with the contract (strict), reason included.
    expect(ErrorResponseSchema.safeParse(response.json()).success).toBe(true);
  });

  it('leaves the reason out where the schema refused the request (details say which field)', async () => {
    const response = await call(t.app, owner, 'POST', wsPath('/teams'), { name: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).not.toHaveProperty('reason');
    expect(response.json().error.details[0].field).toBe('body.name');
  });

  it('shows the reasons in the OpenAPI document of every error response', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const conflict = doc.paths['/api/v1/workspaces/{workspaceId}/members/{userId}'].delete.responses['409'];
    const error = conflict.content['application/json'].schema.properties.error;
    expect(error.properties.reason.enum).toEqual([...ERROR_REASONS]);
    expect(error.required).not.toContain('reason');
  });
});
