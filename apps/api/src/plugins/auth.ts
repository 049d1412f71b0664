// Access tokens (short-lived JWTs in `Authorization: Bearer …`) and the cookie support the
// refresh token needs. `app.authenticate` is the onRequest hook of every signed-in route;
// afterwards `request.user.sub` is the user's id.
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { UnauthorizedError } from '../errors.ts';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; typ: 'access' };
    user: { sub: string; typ: 'access' };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate(request: FastifyRequest): Promise<void>;
    /** Signs an access token for a user; returns it with its expiry. */
    signAccessToken(userId: string): { token: string; expiresAt: Date };
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
      verify: { algorithms: ['HS256'] },
    });

    app.decorate('signAccessToken', (userId: string) => {
      const token = app.jwt.sign({ sub: userId, typ: 'access' });
      return { token, expiresAt: new Date(Date.now() + config.accessTokenTtlSeconds * 1000) };
    });

    app.decorate('authenticate', async (request: FastifyRequest) => {
      if (!request.headers.authorization) {
        throw new UnauthorizedError('sign_in_required', 'Sign in first: send the access token as "Authorization: Bearer <token>".');
      }
      try {
        await request.jwtVerify();
      } catch {
        throw new UnauthorizedError('access_token_invalid', 'The access token is invalid or expired; refresh it (POST /api/v1/auth/refresh) or sign in again.');
      }
      if (request.user.typ !== 'access' || typeof request.user.sub !== 'string') {
        throw new UnauthorizedError('access_token_invalid', 'The token is not an access token; sign in again.');
      }
    });
  },
  { name: 'auth' },
);
