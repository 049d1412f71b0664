import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, createTestApp, createWorkspace, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('workspaces', () => {
  it('creates a workspace with its creator as owner, lists mine only, renames', async () => {
    const owner = await signUp(t.app);
    const stranger = await signUp(t.app);
    const created = await call(t.app, owner, 'POST', '/api/v1/workspaces', { name: '  Client A  ' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Client A', role: 'owner' });
    const id = created.json().id;
    await createWorkspace(t.app, owner, 'Client B');

    const mine = await call(t.app, owner, 'GET', '/api/v1/workspaces');
    expect(mine.json().items.map((w: { name: string }) => w.name)).toEqual(['Client A', 'Client B']);
    expect((await call(t.app, stranger, 'GET', '/api/v1/workspaces')).json().items).toEqual([]);

    const renamed = await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${id}`, { name: 'Client A (2026)' });
    expect(renamed.json()).toMatchObject({ id, name: 'Client A (2026)', role: 'owner' });
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${id}`)).json().name).toBe('Client A (2026)');
  });

  it('rejects a blank or over-long name, naming the field', async () => {
    const owner = await signUp(t.app);
    const blank = await call(t.app, owner, 'POST', '/api/v1/workspaces', { name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details[0].field).toBe('body.name');
    expect((await call(t.app, owner, 'POST', '/api/v1/workspaces', { name: 'x'.repeat(121) })).statusCode).toBe(400);
  });
});

describe('members and invitations', () => {
  it('invites by link with a role: preview without signing in, accept once, member listed with the role and team', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner, 'Invites');
    const team = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams`, { name: 'Platform' })).json().id;
    const invited = await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'member', teamId: team });
    expect(invited.statusCode).toBe(201);
    const { token, invitation } = invited.json();
    expect(invitation).toMatchObject({ role: 'member', teamId: team, status: 'pending' });

    const preview = await call(t.app, null, 'POST', '/api/v1/invitations/lookup', { token });
    expect(preview.json()).toMatchObject({ workspaceName: 'Invites', role: 'member', teamName: 'Platform' });

    const joiner = await signUp(t.app, 'Joiner');
    expect((await call(t.app, null, 'POST', '/api/v1/invitations/accept', { token })).statusCode).toBe(401);
    const accepted = await call(t.app, joiner, 'POST', '/api/v1/invitations/accept', { token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().workspace).toMatchObject({ id: ws, role: 'member' });

    const again = await call(t.app, await signUp(t.app), 'POST', '/api/v1/invitations/accept', { token });
    expect(again.statusCode).toBe(404);
    expect((await call(t.app, null, 'POST', '/api/v1/invitations/lookup', { token })).statusCode).toBe(404);

    const members = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/members`)).json().items;
    expect(members.find((m: { userId: string }) => m.userId === joiner.userId)).toMatchObject({ role: 'member', name: 'Joiner', teamIds: [team] });
    const listed = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/invitations`)).json().items;
    expect(listed[0]).toMatchObject({ id: invitation.id, status: 'accepted' });
  });

  it('revoked and expired invitations cannot be used; a current member cannot accept again', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const revoked = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'viewer' })).json();
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/invitations/${revoked.invitation.id}`)).statusCode).toBe(204);
    expect((await call(t.app, await signUp(t.app), 'POST', '/api/v1/invitations/accept', { token: revoked.token })).statusCode).toBe(404);

    const expiring = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'viewer', expiresInDays: 1 })).json();
    const { invitations } = await import('../src/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    await t.database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, expiring.invitation.id));
    expect((await call(t.app, await signUp(t.app), 'POST', '/api/v1/invitations/accept', { token: expiring.token })).statusCode).toBe(404);
    const listed = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/invitations`)).json().items;
    expect(listed.map((i: { status: string }) => i.status).sort()).toEqual(['expired', 'revoked']);

    const fresh = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'admin' })).json();
    const conflict = await call(t.app, owner, 'POST', '/api/v1/invitations/accept', { token: fresh.token });
    expect(conflict.statusCode).toBe(409);
  });

  it('only owners invite owners, make owners or change an owner’s role', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const admin = await addMember(t.app, owner, ws, 'admin');
    expect((await call(t.app, admin, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'owner' })).statusCode).toBe(403);
    expect((await call(t.app, admin, 'POST', `/api/v1/workspaces/${ws}/invitations`, { role: 'assessor' })).statusCode).toBe(201);
    const member = await addMember(t.app, owner, ws, 'member');
    expect((await call(t.app, admin, 'PATCH', `/api/v1/workspaces/${ws}/members/${member.userId}`, { role: 'owner' })).statusCode).toBe(403);
    expect((await call(t.app, admin, 'PATCH', `/api/v1/workspaces/${ws}/members/${owner.userId}`, { role: 'viewer' })).statusCode).toBe(403);
    const promoted = await call(t.app, admin, 'PATCH', `/api/v1/workspaces/${ws}/members/${member.userId}`, { role: 'assessor' });
    expect(promoted.json()).toMatchObject({ userId: member.userId, role: 'assessor' });
  });

  it('never removes or demotes the last owner; a second owner makes it possible', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const demote = await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}/members/${owner.userId}`, { role: 'admin' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toMatch(/last owner/);
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/members/${owner.userId}`)).statusCode).toBe(409);

    const second = await addMember(t.app, owner, ws, 'owner');
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/members/${owner.userId}`)).statusCode).toBe(204);
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(404);
    const members = (await call(t.app, second, 'GET', `/api/v1/workspaces/${ws}/members`)).json().items;
    expect(members.map((m: { userId: string }) => m.userId)).toEqual([second.userId]);
  });

  it('two owners demoting each other at once still leave one owner', async () => {
    const a = await signUp(t.app);
    const ws = await createWorkspace(t.app, a);
    const b = await addMember(t.app, a, ws, 'owner');
    const [first, second] = await Promise.all([
      call(t.app, a, 'PATCH', `/api/v1/workspaces/${ws}/members/${b.userId}`, { role: 'admin' }),
      call(t.app, b, 'PATCH', `/api/v1/workspaces/${ws}/members/${a.userId}`, { role: 'admin' }),
    ]);
    // The second is refused: either it sees it is no longer an owner (403) or that it would
    // remove the last owner (409), depending on how the two interleave.
    expect([first.statusCode, second.statusCode].filter((s) => s === 200)).toHaveLength(1);
    expect([first.statusCode, second.statusCode].every((s) => [200, 403, 409].includes(s))).toBe(true);
    const roles = (await call(t.app, first.statusCode === 200 ? a : b, 'GET', `/api/v1/workspaces/${ws}/members`)).json().items.map((m: { role: string }) => m.role);
    expect(roles.filter((r: string) => r === 'owner')).toHaveLength(1);
  });

  it('anyone can leave; removing a member removes them from its teams too', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const team = (await call(t.app, owner, 'POST', `/api/v1/workspaces/${ws}/teams`, { name: 'T' })).json().id;
    const viewer = await addMember(t.app, owner, ws, 'viewer');
    expect((await call(t.app, viewer, 'DELETE', `/api/v1/workspaces/${ws}/members/${viewer.userId}`)).statusCode).toBe(204);
    expect((await call(t.app, viewer, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(404);

    const member = await addMember(t.app, owner, ws, 'member', team);
    expect((await call(t.app, member, 'DELETE', `/api/v1/workspaces/${ws}/members/${owner.userId}`)).statusCode).toBe(403);
    expect((await call(t.app, owner, 'DELETE', `/api/v1/workspaces/${ws}/members/${member.userId}`)).statusCode).toBe(204);
    // Invited again without a team: the old team membership did not survive.
    const { teamMembers } = await import('../src/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    expect(await t.database.db.select().from(teamMembers).where(eq(teamMembers.userId, member.userId))).toEqual([]);
  });
});
