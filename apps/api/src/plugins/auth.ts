// Access tokens (short-lived JWTs in `Authorization: Bearer …`) and the cookie support the
// refresh token needs. `app.authenticate` is the onRequest hook of every signed-in route;
// afterwards `callerOf(request)` is the user's id and the token version the token was issued
// under. Every signed-in route compares that version with the user's inside the statement it
// already runs (the membership or user lookup), so a signed-out token stops at once.
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Caller } from '../deps.ts';
import { UnauthorizedError } from '../errors.ts';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; typ: 'access'; ver: number };
    user: { sub: string; typ: 'access'; ver: number; exp: number };
  }
}

/** What a verified access token must carry; anything else is a 401, never a database error. */
const AccessClaimsSchema = z.object({
  sub: z.uuid(),
  typ: z.literal('access'),
  ver: z.number().int().min(0),
  exp: z.number(),
});

/** The signed-in caller of a request that passed `app.authenticate`. */
export function callerOf(request: FastifyRequest): Caller {
  return { userId: request.user.sub, tokenVersion: request.user.ver, ip: request.ip };
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate(request: FastifyRequest): Promise<void>;
    /** Signs an access token for a user; returns it with its expiry. */
    signAccessToken(user: { id: string; tokenVersion: number }): { token: string; expiresAt: Date };
  }
}

export const REFRESH_COOKIE = 'assay_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

export default fp<{ config: Config }>(
  async (app, { config }) => {
    await app.register(cookie);
    await app.register(jwt, {
      secret: config.jwtSecret,
      sign: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
      // A token without an expiry would never end; one without a subject or type is not ours.
      verify: { algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'typ', 'ver'] },
    });

    app.decorate('signAccessToken', (user: { id: string; tokenVersion: number }) => {
      const token = app.jwt.sign({ sub: user.id, typ: 'access', ver: user.tokenVersion });
      return { token, expiresAt: new Date(Date.now() + config.accessTokenTtlSeconds * 1000) };
    });

    app.decorate('authenticate', async (request: FastifyRequest) => {
      if (!request.headers.authorization) {
        throw new UnauthorizedError('sign_in_required', 'Sign in first: send the access token as "Authorization: Bearer <token>".');
      }
      // `Bearer <token>`, verified with the verifier the plugin built at registration (synchronous;
      // request.jwtVerify() looks the key up and builds its options through callbacks on every
      // request, a third of the authentication's CPU).
      const parts = request.headers.authorization.split(' ');
      try {
        if (parts.length !== 2 || !/^Bearer$/i.test(parts[0]!)) throw new Error('not a bearer token');
        request.user = app.jwt.verify(parts[1]!);
      } catch {
        throw new UnauthorizedError('access_token_invalid', 'The access token is invalid or expired; refresh it (POST /api/v1/auth/refresh) or sign in again.');
      }
      if (!AccessClaimsSchema.safeParse(request.user).success) {
        throw new UnauthorizedError('access_token_invalid', 'The token is not an access token; sign in again.');
      }
    });
  },
  { name: 'auth' },
);
