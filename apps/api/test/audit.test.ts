// The workspace audit trail: who did what, when and from where, for the security-relevant
// events; read and exported by owners and admins only, paged, per workspace; never answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let owner: Session;
let admin: Session;
let viewer: Session;
let ws: string;
let otherWs: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Owner');
  ws = await createWorkspace(t.app, owner, 'Acme', 1);
  admin = await addMember(t.app, owner, ws, 'admin');
  viewer = await addMember(t.app, owner, ws, 'viewer');
  const stranger = await signUp(t.app, 'Stranger');
  otherWs = await createWorkspace(t.app, stranger, 'Other');
  await call(t.app, stranger, 'PATCH', `/api/v1/workspaces/${otherWs}`, { name: 'Other renamed' });

  // Everything the trail records, once.
  await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}`, { name: 'Acme Corp' });
  await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/members/${viewer.userId}`, { role: 'member' });
  const invitation = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'viewer' })).json();
  await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/invitations/${invitation.invitation.id}`);
  const team = await createTeam(t.app, owner, ws);
  const { base } = await createAssessment(t.app, owner, ws, team);
  const link = (await call(t.app, owner, 'POST', `${base}/respondent-links`, { label: 'Client' })).json();
  await call(t.app, owner, 'DELETE', `${base}/respondent-links/${link.link.id}`);
  await respond(t.app, owner, base, LEVEL_3);
  await call(t.app, owner, 'POST', `${base}/close`);
  await call(t.app, owner, 'GET', `${base}/result/export?format=csv`);
  await call(t.app, owner, 'POST', `${base}/reopen`);
  await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: admin.email, password: 'not the password at all' } });
  await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/members/${viewer.userId}`);
});
afterAll(async () => t.close());

const auditOf = (session: Session, workspaceId: string, query = '') => call(t.app, session, 'GET', `/api/v1/workspaces/${workspaceId}/audit${query}`);

describe('audit trail', () => {
  it('records who did what, when and from where, newest first', async () => {
    const response = await auditOf(owner, ws, '?limit=200');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { action: string; actor: { userId: string } | null; ip: string; details: Record<string, unknown>; occurredAt: string; target: { id: string } | null }[];
    const actions = items.map((e) => e.action).reverse();
    expect(actions).toEqual([
      'workspace.anonymity_changed', // k = 1, so one respondent's result can be exported
      'invitation.created', // admin's
      'invitation.accepted',
      'invitation.created', // viewer's
      'invitation.accepted',
      'workspace.renamed',
      'member.role_changed',
      'invitation.created',
      'invitation.revoked',
      'assessment.opened',
      'respondent_link.created',
      'respondent_link.revoked',
      'assessment.closed',
      'results.exported',
      'assessment.reopened',
      'auth.sign_in_failed',
      'member.removed',
    ]);
    const byAction = (action: string) => items.find((e) => e.action === action)!;
    expect(byAction('member.role_changed')).toMatchObject({ actor: { userId: owner.userId }, target: { type: 'user', id: viewer.userId }, details: { from: 'viewer', to: 'member' }, ip: '127.0.0.1' });
    expect(byAction('workspace.renamed').details).toEqual({ from: 'Acme', to: 'Acme Corp' });
    expect(byAction('workspace.anonymity_changed').details).toEqual({ from: 3, to: 1 });
    expect(byAction('auth.sign_in_failed')).toMatchObject({ actor: { userId: admin.userId }, ip: '127.0.0.1' });
    expect(byAction('results.exported').details).toEqual({ format: 'csv' });
    // Never answer contents.
    const text = JSON.stringify(items);
    for (const value of Object.values(LEVEL_3)) if (typeof value === 'string' && value.length > 6) expect(text).not.toContain(value);
    // Newest first, by time too.
    const times = items.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('is paged with a cursor: every event once, in order', async () => {
    const all = (await auditOf(owner, ws, '?limit=200')).json().items.map((e: { id: string }) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null; total: number } = (await auditOf(admin, ws, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      expect(page.total).toBe(all.length);
      seen.push(...page.items.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    // The old cursor (an event's id) and the id of a real event are no cursors of this list.
    for (const forged of ['abc', all[1], Buffer.from(JSON.stringify(['audit', 'x'])).toString('base64url')]) {
      const refused = await auditOf(owner, ws, `?cursor=${forged}`);
      expect(refused.statusCode, forged).toBe(400);
      expect(refused.json().error.reason).toBe('cursor_invalid');
    }
    expect((await auditOf(owner, ws, '?limit=0')).statusCode).toBe(400);
    expect((await auditOf(owner, ws, '?limit=201')).json().error.message).toContain('limit must be at most 200');
  });

  it('is filtered by kind of event and time range, paging within the filter', async () => {
    const all = (await auditOf(owner, ws, '?limit=200')).json().items as { id: string; action: string; occurredAt: string }[];
    const created = all.filter((e) => e.action === 'invitation.created');
    expect(created.length).toBe(3);
    const first = (await auditOf(owner, ws, '?action=invitation.created&limit=2')).json();
    expect(first.items.map((e: { id: string }) => e.id)).toEqual(created.slice(0, 2).map((e) => e.id));
    const second = (await auditOf(owner, ws, `?action=invitation.created&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ items: [expect.objectContaining({ id: created[2]!.id })], nextCursor: null, total: 3 });
    // The filter's cursor is the trail's: it reads on from the same event, the filter narrows.
    expect(first.total).toBe(3);

    // A range: from the oldest event's time (included) to the newest's (excluded).
    const newest = all[0]!;
    const oldest = all[all.length - 1]!;
    const range = (from: string, to: string) => auditOf(owner, ws, `?limit=200&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const inRange = (await range(oldest.occurredAt, newest.occurredAt)).json().items as { occurredAt: string }[];
    expect(inRange.length).toBe(all.filter((e) => e.occurredAt < newest.occurredAt).length);
    expect(inRange.every((e) => e.occurredAt >= oldest.occurredAt && e.occurredAt < newest.occurredAt)).toBe(true);
    expect((await range('2000-01-01T00:00:00Z', '2000-01-02T00:00:00Z')).json()).toEqual({ items: [], nextCursor: null, total: 0 });
    // An offset is honoured: the same instant written in São Paulo time.
    expect((await range('1999-12-31T21:00:00-03:00', '2000-01-02T00:00:00Z')).json().items).toEqual([]);

    const wrong = await auditOf(owner, ws, '?action=teams.deleted');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('validation_failed');
    const backwards = await range(newest.occurredAt, oldest.occurredAt);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message + JSON.stringify(backwards.json().error.details)).toMatch(/later than/);
    expect((await auditOf(owner, ws, '?from=yesterday')).statusCode).toBe(400);
  });

  it('is read by owners and admins only, and per workspace', async () => {
    const member = await addMember(t.app, owner, ws, 'assessor');
    expect((await auditOf(member, ws)).statusCode).toBe(403);
    expect((await auditOf(owner, otherWs)).statusCode).toBe(404);
    const mine = (await auditOf(owner, ws, '?limit=200')).json().items;
    expect(JSON.stringify(mine)).not.toContain('Other renamed');
  });

  it('exports as CSV and JSON; the export is recorded', async () => {
    const csv = await call(t.app, admin, 'GET', `/api/v1/workspaces/${ws}/audit/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="assay-audit-/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,occurred_at,action,actor_user_id,actor_name,actor_email,target_type,target_id,details,ip');
    expect(lines.some((line) => line.includes('member.role_changed'))).toBe(true);
    const json = await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/audit/export?format=json`);
    expect(json.json().events.length).toBeGreaterThanOrEqual(lines.length - 1);
    const latest = (await auditOf(owner, ws, '?limit=2')).json().items;
    expect(latest.map((e: { action: string }) => e.action)).toEqual(['audit.exported', 'audit.exported']);
    expect(latest[1].details).toMatchObject({ format: 'csv' });
  });
});
