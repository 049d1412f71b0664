// Every audited change commits with its audit record or not at all: a trigger makes the audit
// write fail for one workspace, and each change it records must then be refused and leave
// nothing behind (no invitation, link, role, name or state the trail does not show).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let owner: Session;
let admin: Session;
let viewer: Session;
let ws: string;
let api: string;
let openBase: string;
let closedBase: string;
let draftBase: string;
let pendingInvitation: { id: string; token: string };
let personal: { token: string; link: { id: string } };
let personalResponseId: string;
let link: { id: string };
let teamPath: string;
let actionId: string;

const execute = (statement: string) => t.database.db.execute(sql.raw(statement));

/** Audit writes of the listed workspaces fail, as a full disk or a lost connection would. */
async function failAuditWrites(workspaceId: string): Promise<void> {
  await execute(`insert into test_audit_failing (workspace_id) values ('${workspaceId}')`);
}
async function allowAuditWrites(workspaceId: string): Promise<void> {
  await execute(`delete from test_audit_failing where workspace_id = '${workspaceId}'`);
}

beforeAll(async () => {
  t = await createTestApp();
  // Only rows of the workspaces listed in test_audit_failing fail: other test files sharing a
  // PostgreSQL database are untouched.
  await execute('create table if not exists test_audit_failing (workspace_id uuid primary key)');
  await execute(`create or replace function test_audit_fail() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from test_audit_failing where workspace_id = new.workspace_id) then
        raise exception 'audit write failed (test)';
      end if;
      return new;
    end $$`);
  await execute('drop trigger if exists test_audit_fail on audit_events');
  await execute('create trigger test_audit_fail before insert on audit_events for each row execute function test_audit_fail()');
  await execute('drop trigger if exists test_audit_fail on deleted_workspaces');
  await execute('create trigger test_audit_fail before insert on deleted_workspaces for each row execute function test_audit_fail()');

  owner = await signUp(t.app, 'Owner');
  ws = await createWorkspace(t.app, owner, 'Acme', 1);
  api = `/api/v1/workspaces/${ws}`;
  admin = await addMember(t.app, owner, ws, 'admin');
  viewer = await addMember(t.app, owner, ws, 'viewer');
  const team = await createTeam(t.app, owner, ws);
  openBase = (await createAssessment(t.app, owner, ws, team)).base;
  await respond(t.app, owner, openBase, LEVEL_3); // so that it could close
  const closed = await createAssessment(t.app, owner, ws, team);
  closedBase = closed.base;
  await respond(t.app, owner, closedBase, LEVEL_3);
  expect((await call(t.app, owner, 'POST', `${closedBase}/close`)).statusCode).toBe(200);
  draftBase = (await createAssessment(t.app, owner, ws, team, false)).base;
  teamPath = `${api}/teams/${team}`;
  expect((await call(t.app, owner, 'PUT', `${teamPath}/target`, { level: 4, dueDate: '2030-01-31' })).statusCode).toBe(200);
  const action = await call(t.app, owner, 'POST', `${teamPath}/actions`, {
    assessmentId: closed.assessmentId,
    target: { kind: 'gap', gapId: 'blocker:l4.automated_deployment' },
    title: 'Automate deployment',
    ownerId: admin.userId,
    dueDate: '2030-01-31',
  });
  expect(action.statusCode).toBe(201);
  actionId = action.json().id;
  const invited = (await call(t.app, owner, 'POST', `${api}/invitations`, { role: 'member' })).json();
  pendingInvitation = { id: invited.invitation.id, token: invited.token };
  link = (await call(t.app, owner, 'POST', `${openBase}/respondent-links`, { label: 'Client' })).json().link;
  personal = (await call(t.app, owner, 'POST', `${openBase}/respondent-links`, { kind: 'personal', label: 'Ana' })).json();
  personalResponseId = (await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: personal.token })).json().response.id;
  await failAuditWrites(ws);
});
afterAll(async () => {
  await execute('drop trigger if exists test_audit_fail on audit_events');
  await execute('drop trigger if exists test_audit_fail on deleted_workspaces');
  await t.close();
});

const refused = (response: { statusCode: number; json(): { error: { code: string } } }) => {
  expect(response.statusCode).toBe(500);
  expect(response.json().error.code).toBe('internal_error');
};

describe('an audited change whose audit write fails', () => {
  it('leaves the workspace settings as they were', async () => {
    refused(await call(t.app, owner, 'PATCH', api, { name: 'Renamed' }));
    refused(await call(t.app, owner, 'PATCH', api, { anonymityThreshold: 5 }));
    refused(await call(t.app, owner, 'PATCH', api, { clientBenchmark: true }));
    const workspace = (await call(t.app, owner, 'GET', api)).json();
    expect(workspace).toMatchObject({ name: 'Acme', anonymityThreshold: 1, clientBenchmark: false });
  });

  it('leaves members, roles and invitations as they were', async () => {
    refused(await call(t.app, owner, 'PATCH', `${api}/members/${viewer.userId}`, { role: 'member' }));
    refused(await call(t.app, owner, 'DELETE', `${api}/members/${viewer.userId}`));
    refused(await call(t.app, viewer, 'DELETE', `${api}/members/${viewer.userId}`));
    const members = (await call(t.app, owner, 'GET', `${api}/members`)).json().items as { userId: string; role: string }[];
    expect(members.find((m) => m.userId === viewer.userId)?.role).toBe('viewer');

    refused(await call(t.app, owner, 'POST', `${api}/invitations`, { role: 'viewer' }));
    refused(await call(t.app, owner, 'DELETE', `${api}/invitations/${pendingInvitation.id}`));
    const joiner = await signUp(t.app, 'Joiner');
    refused(await call(t.app, joiner, 'POST', '/api/v1/invitations/accept', { token: pendingInvitation.token }));
    const invitations = (await call(t.app, owner, 'GET', `${api}/invitations`)).json().items as { id: string; status: string }[];
    // The three made by addMember (accepted) and the pending one; nothing new, nothing revoked.
    expect(invitations.map((i) => i.status).sort()).toEqual(['accepted', 'accepted', 'pending']);
    expect(invitations.find((i) => i.id === pendingInvitation.id)?.status).toBe('pending');
    expect((await call(t.app, joiner, 'GET', api)).statusCode).toBe(404);
  });

  it('leaves respondent links as they were', async () => {
    refused(await call(t.app, owner, 'POST', `${openBase}/respondent-links`, { label: 'Another' }));
    refused(await call(t.app, owner, 'DELETE', `${openBase}/respondent-links/${link.id}`));
    const list = (await call(t.app, owner, 'GET', `${openBase}/respondent-links`)).json().items as { id: string; revokedAt: string | null }[];
    expect(list).toHaveLength(2);
    expect(list.find((l) => l.id === link.id)).toMatchObject({ revokedAt: null });
    // A reissue whose record cannot be written: no new link, the old token still resumes the same response.
    refused(await call(t.app, owner, 'POST', `${openBase}/respondent-links/${personal.link.id}/reissue`));
    expect((await call(t.app, owner, 'GET', `${openBase}/respondent-links`)).json().items).toHaveLength(2);
    const resumed = await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: personal.token });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().response.id).toBe(personalResponseId);
  });

  it('leaves assessments and results as they were', async () => {
    refused(await call(t.app, owner, 'POST', `${draftBase}/open`));
    refused(await call(t.app, owner, 'POST', `${openBase}/close`));
    refused(await call(t.app, owner, 'POST', `${closedBase}/reopen`));
    expect((await call(t.app, owner, 'GET', draftBase)).json().status).toBe('draft');
    expect((await call(t.app, owner, 'GET', openBase)).json().status).toBe('open');
    expect((await call(t.app, owner, 'GET', closedBase)).json().status).toBe('closed');
    refused(await call(t.app, owner, 'POST', `${closedBase}/result/recompute`));
    const result = (await call(t.app, owner, 'GET', `${closedBase}/result`)).json();
    expect(result.recomputed ?? null).toBeNull();
  });

  it('leaves the time zone, team targets and actions as they were', async () => {
    refused(await call(t.app, owner, 'PATCH', api, { timeZone: 'Europe/Lisbon' }));
    expect((await call(t.app, owner, 'GET', api)).json().timeZone).toBe('UTC');
    refused(await call(t.app, owner, 'PUT', `${teamPath}/target`, { level: 3, dueDate: '2031-01-31' }));
    refused(await call(t.app, owner, 'DELETE', `${teamPath}/target`));
    expect((await call(t.app, owner, 'GET', `${teamPath}/target`)).json().target).toMatchObject({ level: 4, dueDate: '2030-01-31' });
    refused(
      await call(t.app, owner, 'POST', `${teamPath}/actions`, {
        assessmentId: closedBase.split('/').pop(),
        target: { kind: 'gap', gapId: 'blocker:l4.automated_retraining' },
        title: 'Automate retraining',
        ownerId: owner.userId,
        dueDate: '2030-01-31',
      }),
    );
    refused(await call(t.app, owner, 'PATCH', `${teamPath}/actions/${actionId}`, { status: 'done', notes: 'Done?' }));
    refused(await call(t.app, owner, 'DELETE', `${teamPath}/actions/${actionId}`));
    const actions = (await call(t.app, owner, 'GET', `${teamPath}/actions`)).json();
    expect(actions.items.map((a: { id: string; status: string; notes: string }) => [a.id, a.status, a.notes])).toEqual([[actionId, 'open', '']]);
  });

  it('hands out no export the trail does not record', async () => {
    refused(await call(t.app, owner, 'GET', `${closedBase}/result/export?format=csv`));
    refused(await call(t.app, owner, 'GET', `${closedBase}/result/report?lang=pt-BR`));
    refused(await call(t.app, owner, 'GET', `${api}/export`));
    refused(await call(t.app, owner, 'GET', `${api}/audit/export?format=json`));
  });

  it('keeps the account of a member whose deletion could not be recorded', async () => {
    refused(await call(t.app, admin, 'DELETE', '/api/v1/auth/account', { password: 'correct horse battery' }));
    expect((await call(t.app, admin, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('keeps a workspace whose deletion record could not be written', async () => {
    refused(await call(t.app, owner, 'DELETE', api, { confirmName: 'Acme' }));
    expect((await call(t.app, owner, 'GET', api)).statusCode).toBe(200);
  });

  it('records every change once audit writes succeed again, and none of the refused ones', async () => {
    await allowAuditWrites(ws);
    const before = (await call(t.app, owner, 'GET', `${api}/audit?limit=200`)).json().items as { action: string }[];
    expect(before[0]?.action).toBe('respondent_link.created');
    expect((await call(t.app, owner, 'POST', `${openBase}/respondent-links`, { label: 'Another' })).statusCode).toBe(201);
    const after = (await call(t.app, owner, 'GET', `${api}/audit?limit=200`)).json().items as { action: string }[];
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.action).toBe('respondent_link.created');
  });
});
