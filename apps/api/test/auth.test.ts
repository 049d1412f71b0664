import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, refreshCookieOf, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('accounts', () => {
  it('signs up, returns an access token and sets an httpOnly SameSite=Lax refresh cookie scoped to /api/v1/auth', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: `Mixed.Case-${Date.now()}@Example.test`, password: 'a long password', name: 'Ana' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user.email).toBe(body.user.email.toLowerCase());
    expect(body.accessToken.split('.')).toHaveLength(3);
    const cookie = response.cookies.find((c) => c.name === 'assay_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth' });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const session = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: session.email.toUpperCase(), password: 'another password', name: 'Copy' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });

  it('signs in with the right password only', async () => {
    const session = await signUp(t.app);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: session.email, password: 'wrong password' } });
    expect(wrong.statusCode).toBe(401);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'nobody@example.test', password: 'wrong password' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: session.email, password: 'correct horse battery' } });
    expect(right.statusCode).toBe(200);
    expect(right.json().user.id).toBe(session.userId);
  });

  it('returns the current user for a valid access token and 401 otherwise', async () => {
    const session = await signUp(t.app, 'Bia');
    const me = await call(t.app, session, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: session.userId, name: 'Bia' });
    expect((await call(t.app, null, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const forged = await call(t.app, { ...session, token: `${session.token}x` }, 'GET', '/api/v1/auth/me');
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ error: { code: 'unauthorized' }, requestId: expect.any(String) });
  });

  it('stores passwords as argon2id hashes', async () => {
    const session = await signUp(t.app);
    const { users } = await import('../src/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    const rows = await t.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, session.userId));
    expect(rows[0]?.hash).toMatch(/^\$argon2id\$/);
  });
});

describe('refresh tokens', () => {
  const refresh = (cookie: string | undefined) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', ...(cookie ? { cookies: { assay_refresh: cookie } } : {}) });

  it('rotates: each refresh returns a new access token and a new cookie', async () => {
    const session = await signUp(t.app);
    const first = await refresh(session.refresh);
    expect(first.statusCode).toBe(200);
    const next = refreshCookieOf(first);
    expect(next).toBeDefined();
    expect(next).not.toBe(session.refresh);
    expect(first.json().user.id).toBe(session.userId);
    expect((await refresh(next)).statusCode).toBe(200);
  });

  it('revokes the whole family when a rotated token is used again', async () => {
    const session = await signUp(t.app);
    const rotated = await refresh(session.refresh);
    const successor = refreshCookieOf(rotated)!;
    const reuse = await refresh(session.refresh);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.message).toMatch(/ended/);
    // The legitimate successor is dead too: whoever holds a copy is locked out.
    expect((await refresh(successor)).statusCode).toBe(401);
  });

  it('tolerates a rotated token presented again within the grace period (two tabs refreshing at once)', async () => {
    const graceful = await createTestApp({ refreshReuseGraceSeconds: 30 }, t.database);
    try {
      const session = await signUp(graceful.app);
      const [a, b] = await Promise.all([
        graceful.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: session.refresh } }),
        graceful.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: session.refresh } }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      expect((await refresh(refreshCookieOf(a))).statusCode).toBe(200);
      expect((await refresh(refreshCookieOf(b))).statusCode).toBe(200);
    } finally {
      await graceful.app.close();
    }
  });

  it('without a grace period, a token presented twice at once is reuse: one refresh wins, the other ends the session', async () => {
    for (let round = 0; round < 5; round++) {
      const session = await signUp(t.app);
      const [a, b] = await Promise.all([refresh(session.refresh), refresh(session.refresh)]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 401]);
      const winner = a.statusCode === 200 ? a : b;
      // The family is revoked, the winner's new token included.
      expect((await refresh(refreshCookieOf(winner))).statusCode).toBe(401);
    }
  });

  it('sign-out racing a two-tab refresh of the same session leaves no token of it alive', async () => {
    const graceful = await createTestApp({ refreshReuseGraceSeconds: 30 }, t.database);
    const { refreshTokens, users } = await import('../src/db/schema/index.ts');
    const { and, eq, isNull } = await import('drizzle-orm');
    try {
      for (let round = 0; round < 10; round++) {
        const session = await signUp(graceful.app);
        const first = await graceful.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: session.refresh } });
        const successor = refreshCookieOf(first);
        // Tab 2 refreshes with the rotated token (within the grace period) while tab 1 signs out.
        const [late] = await Promise.all([
          graceful.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { assay_refresh: session.refresh } }),
          graceful.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { assay_refresh: successor ?? '' } }),
        ]);
        const alive = await graceful.database.db
          .select({ id: refreshTokens.id })
          .from(refreshTokens)
          .innerJoin(users, eq(users.id, refreshTokens.userId))
          .where(and(eq(users.email, session.email), isNull(refreshTokens.revokedAt)));
        expect(alive, `round ${round}`).toEqual([]);
        if (late.statusCode === 200) expect((await refresh(refreshCookieOf(late))).statusCode).toBe(401);
      }
    } finally {
      await graceful.app.close();
    }
  });

  it('resuming on page load (POST /auth/session): the session rotated as a refresh, or 200 with no session', async () => {
    const resume = (cookie: string | undefined) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/session', ...(cookie ? { cookies: { assay_refresh: cookie } } : {}) });
    const none = await resume(undefined);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ session: null });
    const unknown = await resume('not-a-token');
    expect(unknown.json()).toEqual({ session: null });
    expect(unknown.cookies.find((c) => c.name === 'assay_refresh')?.value).toBe('');

    const session = await signUp(t.app);
    const resumed = await resume(session.refresh);
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().session.user.id).toBe(session.userId);
    const next = refreshCookieOf(resumed)!;
    expect(next).not.toBe(session.refresh);
    // It is a refresh: presenting the rotated token again ends the family, and resuming then finds none.
    expect((await resume(session.refresh)).json()).toEqual({ session: null });
    expect((await refresh(next)).statusCode).toBe(401);
  });

  it('refuses a missing or unknown cookie', async () => {
    expect((await refresh(undefined)).statusCode).toBe(401);
    expect((await refresh('not-a-real-token-not-a-real-token')).statusCode).toBe(401);
  });

  it("clears the user's expired refresh tokens when they sign in, and only those", async () => {
    const session = await signUp(t.app);
    const other = await signUp(t.app);
    const { refreshTokens } = await import('../src/db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    const { randomUUID } = await import('node:crypto');
    const expired = (userId: string) => ({ userId, familyId: randomUUID(), tokenHash: `expired-${randomUUID()}`, expiresAt: new Date(Date.now() - 60_000) });
    await t.database.db.insert(refreshTokens).values([expired(session.userId), expired(session.userId), expired(other.userId)]);
    const tokensOf = async (userId: string) =>
      t.database.db.select({ expiresAt: refreshTokens.expiresAt }).from(refreshTokens).where(eq(refreshTokens.userId, userId));
    expect(await tokensOf(session.userId)).toHaveLength(3);

    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: session.email, password: 'correct horse battery' } });
    expect(signIn.statusCode).toBe(200);
    const left = await tokensOf(session.userId);
    expect(left).toHaveLength(2); // the sign-up's session and the new one
    for (const token of left) expect(token.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await tokensOf(other.userId)).toHaveLength(2); // another user's rows are not touched
    expect((await refresh(session.refresh)).statusCode).toBe(200); // the live session still refreshes
  });

  it('sign-out ends the session: the cookie no longer refreshes', async () => {
    const session = await signUp(t.app);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { assay_refresh: session.refresh } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'assay_refresh')?.value).toBe('');
    expect((await refresh(session.refresh)).statusCode).toBe(401);
  });
});

describe('rate limit', () => {
  it('limits sign-in attempts per client', async () => {
    const limited = await createTestApp({ authRateLimitMax: 3 }, t.database);
    try {
      const attempt = () => limited.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'x@example.test', password: 'nope' } });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const last = await attempt();
      expect(last.json().error.code).toBe('rate_limited');
      // Keyed by address and account: another account from the same address is not locked out.
      const other = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'y@example.test', password: 'nope' } });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.app.close();
    }
  });

  it('limits the token lookups and invitation accepts per address and token', async () => {
    const limited = await createTestApp({ authRateLimitMax: 2 }, t.database);
    try {
      const user = await signUp(limited.app);
      const token = 'z'.repeat(43);
      const routes = [
        () => limited.app.inject({ method: 'POST', url: '/api/v1/invitations/lookup', payload: { token } }),
        () => call(limited.app, user, 'POST', '/api/v1/invitations/accept', { token }),
      ];
      for (const send of routes) {
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await send()).statusCode);
        expect(statuses).toEqual([404, 404, 429]);
      }
      // Guest links allow 3× (a group answers one link).
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.app.inject({ method: 'POST', url: '/api/v1/guest/lookup', payload: { token } })).statusCode);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 429]);
      // Another token from the same address is still looked up.
      expect((await limited.app.inject({ method: 'POST', url: '/api/v1/guest/lookup', payload: { token: 'w'.repeat(43) } })).statusCode).toBe(404);
    } finally {
      await limited.app.close();
    }
  });
});
