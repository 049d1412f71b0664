// Accounts and workspaces end cleanly: a user deletes their account (their submitted answers stay
// in team results, anonymous; the last owner hands over first) and exports their data; an owner
// exports a whole workspace and deletes it with confirmation, the record of it kept outside.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletedWorkspaces } from '../src/db/schema/index.ts';
import { LEVEL_1, LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PASSWORD = 'correct horse battery';

describe('deleting an account', () => {
  it('keeps the submitted answers in team results as an anonymous contribution, and removes the rest', async () => {
    const owner = await signUp(t.app, 'Owner');
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const team = await createTeam(t.app, owner, ws);
    const member = await addMember(t.app, owner, ws, 'member', team);
    const { base } = await createAssessment(t.app, owner, ws, team);
    await respond(t.app, owner, base, LEVEL_1);
    const submitted = await respond(t.app, member, base, LEVEL_3);
    const other = await createAssessment(t.app, owner, ws, team);
    await call(t.app, member, 'POST', `${other.base}/responses`); // in progress: goes with the account

    const wrong = await call(t.app, member, 'DELETE', '/api/v1/auth/account', { password: 'not the password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.reason).toBe('wrong_password');
    const deleted = await call(t.app, member, 'DELETE', '/api/v1/auth/account', { password: PASSWORD });
    expect(deleted.statusCode).toBe(204);

    // Gone: sign-in, tokens, membership.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: member.email, password: PASSWORD } })).statusCode).toBe(401);
    expect((await call(t.app, member, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const members = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/members`)).json().items;
    expect(members.map((m: { userId: string }) => m.userId)).toEqual([owner.userId]);
    // Their submitted response counts in the team result, without a name.
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    const result = (await call(t.app, owner, 'GET', `${base}/result`)).json();
    expect(result.result.respondents ?? result.respondents).toBe(2);
    const responses = (await call(t.app, owner, 'GET', `${base}/responses`)).json().items;
    const anonymous = responses.find((r: { id: string }) => r.id === submitted);
    expect(anonymous.respondent).toEqual({ kind: 'guest', userId: null, name: null });
    expect((await call(t.app, owner, 'GET', `${other.base}/responses`)).json().items).toEqual([]);
    // The audit trail says it happened.
    const audit = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/audit`)).json().items;
    expect(audit.some((e: { action: string }) => e.action === 'account.deleted')).toBe(true);
  });

  it("is refused while the user is a workspace's only owner, naming it; allowed once handed over", async () => {
    const owner = await signUp(t.app, 'Owner');
    const ws = await createWorkspace(t.app, owner, 'Client Co', 1);
    const admin = await addMember(t.app, owner, ws, 'admin');
    const refused = await call(t.app, owner, 'DELETE', '/api/v1/auth/account', { password: PASSWORD });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ reason: 'last_owner', message: expect.stringContaining('"Client Co"') });
    expect((await call(t.app, owner, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/members/${admin.userId}`, { role: 'owner' });
    expect((await call(t.app, owner, 'DELETE', '/api/v1/auth/account', { password: PASSWORD })).statusCode).toBe(204);
    expect((await call(t.app, admin, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(200);
  });
});

describe('exporting one’s own data', () => {
  it('returns the account, its workspaces and its own responses with answers, and nobody else’s', async () => {
    const owner = await signUp(t.app, 'Owner');
    const ws = await createWorkspace(t.app, owner);
    const team = await createTeam(t.app, owner, ws);
    const member = await addMember(t.app, owner, ws, 'member', team);
    const { base } = await createAssessment(t.app, owner, ws, team);
    await respond(t.app, owner, base, LEVEL_1);
    await respond(t.app, member, base, LEVEL_3);
    const file = await call(t.app, member, 'GET', '/api/v1/auth/account/export');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename="assay-account-/);
    const data = file.json();
    expect(data.user).toMatchObject({ id: member.userId, email: member.email });
    expect(data.memberships).toEqual([expect.objectContaining({ workspaceId: ws, role: 'member' })]);
    expect(data.responses).toHaveLength(1);
    expect(data.responses[0].answers).toEqual(LEVEL_3);
    expect(file.body).not.toContain(owner.email);
  });
});

describe('exporting and deleting a workspace', () => {
  it('exports every team, assessment, response, result and the audit trail, never a token; owners only', async () => {
    const owner = await signUp(t.app, 'Owner');
    const ws = await createWorkspace(t.app, owner, 'Acme', 1);
    const admin = await addMember(t.app, owner, ws, 'admin');
    const team = await createTeam(t.app, owner, ws);
    const { base, assessmentId } = await createAssessment(t.app, owner, ws, team);
    const link = (await call(t.app, owner, 'POST', `${base}/respondent-links`)).json();
    const invitation = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'viewer' })).json();
    await respond(t.app, owner, base, LEVEL_3);
    await call(t.app, owner, 'POST', `${base}/close`);
    expect((await call(t.app, admin, 'GET', `/api/v1/workspaces/${ws}/export`)).statusCode).toBe(403);
    const file = await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/export`);
    expect(file.statusCode).toBe(200);
    const data = file.json();
    expect(data.workspace.id).toBe(ws);
    expect(data.members).toHaveLength(2);
    expect(data.teams.map((row: { id: string }) => row.id)).toEqual([team]);
    expect(data.assessments.map((row: { id: string }) => row.id)).toEqual([assessmentId]);
    expect(data.responses[0].answers).toEqual(LEVEL_3);
    expect(data.assessmentResults).toHaveLength(1);
    expect(data.responseResults).toHaveLength(1);
    expect(data.respondentLinks).toHaveLength(1);
    expect(data.invitations.length).toBeGreaterThanOrEqual(2);
    expect(data.auditEvents.length).toBeGreaterThan(0);
    for (const secret of [link.token, invitation.token]) expect(file.body).not.toContain(secret);
    expect(file.body).not.toMatch(/token_hash|access_key_hash|password/);
  });

  it('deletes only with the exact name, takes everything with it, and keeps the record outside', async () => {
    const owner = await signUp(t.app, 'Owner');
    const ws = await createWorkspace(t.app, owner, 'Engagement 2026');
    const admin = await addMember(t.app, owner, ws, 'admin');
    const team = await createTeam(t.app, owner, ws);
    const { base } = await createAssessment(t.app, owner, ws, team);
    await respond(t.app, owner, base, LEVEL_3);
    const keep = await createWorkspace(t.app, owner, 'Keep');

    expect((await call(t.app, admin, 'DELETE', `/api/v1/workspaces/${ws}`, { confirmName: 'Engagement 2026' })).statusCode).toBe(403);
    const mismatch = await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}`, { confirmName: 'engagement 2026' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.details[0].field).toBe('body.confirmName');
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(200);

    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}`, { confirmName: 'Engagement 2026' })).statusCode).toBe(204);
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(404);
    expect((await call(t.app, admin, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(404);
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${keep}`)).statusCode).toBe(200);
    for (const table of ['memberships', 'teams', 'assessments', 'responses', 'response_results', 'audit_events', 'invitations']) {
      const result = await t.database.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${ws}`);
      expect((result as unknown as { rows: { n: number }[] }).rows[0]!.n, table).toBe(0);
    }
    const [record] = await t.database.db.select().from(deletedWorkspaces).where(eq(deletedWorkspaces.workspaceId, ws));
    expect(record).toMatchObject({ name: 'Engagement 2026', deletedBy: owner.userId, ip: '127.0.0.1' });
    expect(record!.counts).toMatchObject({ members: 2, teams: 1, assessments: 1, responses: 1 });
  });
});
