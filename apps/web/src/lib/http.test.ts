import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { json, mockFetch } from '../test/render.tsx';
import { ApiError, NetworkError, http, onSessionExpired, refreshSession, setAccessToken } from './http.ts';

const session = {
  user: { id: '00000000-0000-4000-8000-000000000009', email: 'ana@example.com', name: 'Ana', createdAt: '2026-05-01T09:30:00.000Z' },
  accessToken: 'fresh-token',
  accessTokenExpiresAt: '2026-05-01T09:45:00.000Z',
};

afterEach(() => setAccessToken(null));

describe('http', () => {
  it('refreshes once on a 401 and retries with the new token', async () => {
    setAccessToken('stale-token');
    const seen: (string | null)[] = [];
    const requests = mockFetch((request) => {
      if (request.path === '/api/v1/auth/refresh') return json(200, session);
      return json(seen.at(-1) === 'Bearer fresh-token' ? 200 : 401, { ok: true });
    });
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('/auth/')) seen.push(new Headers(init?.headers).get('Authorization'));
      return original(input, init);
    }) as typeof fetch;
    await expect(http.get('/workspaces', { schema: z.object({ ok: z.boolean() }) })).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['Bearer stale-token', 'Bearer fresh-token']);
    expect(requests.filter((r) => r.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('resumes a session on page load through /auth/session, where being signed out is a 200, not an error', async () => {
    const requests = mockFetch((request) => (request.path === '/api/v1/auth/session' ? json(200, { session: null }) : json(404, {})));
    await expect(refreshSession({ resume: true })).resolves.toBeNull();
    mockFetch((request) => (request.path === '/api/v1/auth/session' ? json(200, { session }) : json(404, {})));
    await expect(refreshSession({ resume: true })).resolves.toEqual(session);
    expect(requests.map((r) => r.path)).toEqual(['/api/v1/auth/session']);
  });

  it('announces an expired session when the refresh fails too', async () => {
    setAccessToken('stale-token');
    mockFetch(() => json(401, { error: { code: 'unauthorized', message: 'Sign in again.' }, requestId: 'r1' }));
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    const failure = http.get('/workspaces', { schema: z.unknown() });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'unauthorized', message: 'Sign in again.' });
    expect(expired).toHaveBeenCalledOnce();
    stop();
  });

  it('turns the error envelope into words and per-question problems', async () => {
    mockFetch(() =>
      json(422, {
        error: { code: 'invalid_answers', reason: 'answers_invalid', message: 'Some answers are not valid.', details: [{ questionId: 'sector', code: 'unknown_option', message: 'Pick one of the sectors listed.' }] },
        requestId: 'r2',
      }),
    );
    const error = await http.patch('/x', { body: {}, schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problems).toEqual([{ field: 'sector', code: 'unknown_option', message: 'Pick one of the sectors listed.' }]);
    expect((error as ApiError).route).toBe('PATCH /x');
    expect((error as ApiError).reason).toBe('answers_invalid');
  });

  it('names the first mismatch when a response does not match its contract', async () => {
    mockFetch(() => json(200, { ok: 'yes' }));
    await expect(http.get('/x', { schema: z.object({ ok: z.boolean() }) })).rejects.toMatchObject({ code: 'unexpected_response', message: expect.stringContaining('ok:') });
  });

  it('reports an unreachable server as a network error', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(http.get('/x', { schema: z.unknown() })).rejects.toBeInstanceOf(NetworkError);
  });
});
