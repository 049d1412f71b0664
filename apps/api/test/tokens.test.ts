// Access tokens: what a token must carry (exp, typ, a UUID sub, the token version), and that
// sign-out, "sign out everywhere" and a password change end access tokens at once, not at expiry.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, createTeam, createWorkspace, createAssessment, refreshCookieOf, signUp, type Session, type TestApp, createTestApp, testConfig } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const secret = testConfig().jwtSecret;
/** A validly signed HS256 token with exactly these claims (plus `exp` unless told not to). */
function sign(payload: Record<string, unknown>, options: { noExp?: boolean } = {}): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { iat: Math.floor(Date.now() / 1000), ...(options.noExp ? {} : { exp: Math.floor(Date.now() / 1000) + 60 }), ...payload };
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

describe('access token claims', () => {
  it('accepts a token with sub, typ, ver and exp', async () => {
    const user = await signUp(t.app);
    expect((await me(sign({ sub: user.userId, typ: 'access', ver: 0 }))).statusCode).toBe(200);
  });

  it('refuses, with 401 and never 500, a validly signed token without exp, typ, ver or a UUID sub', async () => {
    const user = await signUp(t.app);
    const bad = [
      sign({ sub: user.userId, typ: 'access', ver: 0 }, { noExp: true }),
      sign({ sub: user.userId, ver: 0 }),
      sign({ sub: user.userId, typ: 'refresh', ver: 0 }),
      sign({ sub: user.userId, typ: 'access' }),
      sign({ sub: user.userId, typ: 'access', ver: 'zero' }),
      sign({ sub: 'not-a-uuid', typ: 'access', ver: 0 }),
      sign({ sub: 42, typ: 'access', ver: 0 }),
      sign({ typ: 'access', ver: 0 }),
    ];
    for (const token of bad) {
      const response = await me(token);
      expect(response.statusCode, token).toBe(401);
      expect(response.json().error.reason).toBe('access_token_invalid');
    }
    // Through a workspace route too (the sub reaches a uuid column there).
    const ws = await createWorkspace(t.app, user);
    const notUuid = await t.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${ws}`,
      headers: { authorization: `Bearer ${sign({ sub: 'x', typ: 'access', ver: 0 })}` },
    });
    expect(notUuid.statusCode).toBe(401);
  });

  it('a token of a deleted or unknown user is 401 account_gone', async () => {
    const response = await me(sign({ sub: '00000000-0000-4000-8000-000000000000', typ: 'access', ver: 0 }));
    expect(response.statusCode).toBe(401);
    expect(response.json().error.reason).toBe('account_gone');
  });
});

/** Every kind of signed-in route: user lookup, workspace list, workspace creation, membership lookup, invitation accept. */
async function probes(session: Session, ws: string, base: string, invitationToken: string) {
  return {
    me: (await call(t.app, session, 'GET', '/api/v1/auth/me')).statusCode,
    list: (await call(t.app, session, 'GET', '/api/v1/workspaces')).statusCode,
    create: (await call(t.app, session, 'POST', '/api/v1/workspaces', { name: 'After' })).statusCode,
    workspace: (await call(t.app, session, 'GET', `/api/v1/workspaces/${ws}`)).statusCode,
    assessment: (await call(t.app, session, 'GET', base)).statusCode,
    accept: (await call(t.app, session, 'POST', '/api/v1/invitations/accept', { token: invitationToken })).statusCode,
  };
}

async function setUp() {
  const owner = await signUp(t.app, 'Owner');
  const ws = await createWorkspace(t.app, owner);
  const team = await createTeam(t.app, owner, ws);
  const { base } = await createAssessment(t.app, owner, ws, team);
  const other = await signUp(t.app, 'Other');
  const otherWs = await createWorkspace(t.app, other, 'Other');
  const invitation = await call(t.app, other, 'POST', `/api/v1/workspaces/${otherWs}/invitations`, { role: 'viewer' });
  return { owner, ws, base, invitationToken: invitation.json().token as string };
}

const ALL_401 = { me: 401, list: 401, create: 401, workspace: 401, assessment: 401, accept: 401 };

describe('ending sessions ends access tokens at once', () => {
  it('sign-out: the access token stops working on every kind of route; the other device refreshes and carries on', async () => {
    const { owner, ws, base, invitationToken } = await setUp();
    const secondDevice = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password: 'correct horse battery' } });
    const second = refreshCookieOf(secondDevice)!;
    expect((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(200);

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { assay_refresh: owner.refresh } });
    expect(out.statusCode).toBe(204);
    expect(await probes(owner, ws, base, invitationToken)).toEqual(ALL_401);
    const stale = await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}`);
    expect(stale.json().error.reason).toBe('access_token_invalid');
    // Nothing was created with the stale token.
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: second } });
    expect(refreshed.statusCode).toBe(200);
    const fresh = { ...owner, token: refreshed.json().accessToken as string };
    const list = await call(t.app, fresh, 'GET', '/api/v1/workspaces');
    expect(list.json().items.map((w: { name: string }) => w.name)).toEqual(['Acme']);
    // The signed-out session's cookie is dead.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: owner.refresh } })).statusCode).toBe(401);
  });

  it('sign out everywhere: every refresh token and access token of the account ends', async () => {
    const { owner, ws, base, invitationToken } = await setUp();
    const secondDevice = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password: 'correct horse battery' } });
    const out = await call(t.app, owner, 'POST', '/api/v1/auth/sign-out-everywhere');
    expect(out.statusCode).toBe(204);
    expect(await probes(owner, ws, base, invitationToken)).toEqual(ALL_401);
    const secondToken = { ...owner, token: secondDevice.json().accessToken as string };
    expect((await call(t.app, secondToken, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    for (const cookie of [owner.refresh, refreshCookieOf(secondDevice)!]) {
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: cookie } })).statusCode).toBe(401);
    }
    // A second call with the ended token is refused too.
    expect((await call(t.app, owner, 'POST', '/api/v1/auth/sign-out-everywhere')).statusCode).toBe(401);
  });

  it('a password change ends every other session and keeps this one on a new session', async () => {
    const { owner, ws, base, invitationToken } = await setUp();
    const secondDevice = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password: 'correct horse battery' } });
    const wrong = await call(t.app, owner, 'POST', '/api/v1/auth/password', { currentPassword: 'not it at all', newPassword: 'a brand new password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.reason).toBe('wrong_password');
    expect((await call(t.app, owner, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);

    const changed = await call(t.app, owner, 'POST', '/api/v1/auth/password', { currentPassword: 'correct horse battery', newPassword: 'a brand new password' });
    expect(changed.statusCode).toBe(200);
    expect(await probes(owner, ws, base, invitationToken)).toEqual(ALL_401);
    expect((await call(t.app, { ...owner, token: secondDevice.json().accessToken }, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: refreshCookieOf(secondDevice)! } })).statusCode).toBe(401);
    // This device carries on with the new session.
    const current = { ...owner, token: changed.json().accessToken as string, refresh: refreshCookieOf(changed)! };
    expect((await call(t.app, current, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: current.refresh } })).statusCode).toBe(200);
    // Only the new password signs in.
    const old = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password: 'correct horse battery' } });
    expect(old.statusCode).toBe(401);
    const fresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password: 'a brand new password' } });
    expect(fresh.statusCode).toBe(200);
  });

  it("one member's sign-out does not touch another member's tokens", async () => {
    const { owner, ws } = await setUp();
    const viewer = await addMember(t.app, owner, ws, 'viewer');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { assay_refresh: owner.refresh } });
    expect((await call(t.app, viewer, 'GET', `/api/v1/workspaces/${ws}`)).statusCode).toBe(200);
  });
});
