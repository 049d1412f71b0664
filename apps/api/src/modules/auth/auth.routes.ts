import { MeSchema, ResumedSessionSchema, SessionSchema, SignInBodySchema, SignUpBodySchema, type Session } from '@assay/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { UnauthorizedError } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { iso } from '../../lib/time.ts';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from '../../plugins/auth.ts';
import * as service from './auth.service.ts';

function issue(app: FastifyInstance, reply: FastifyReply, config: Config, grant: service.SessionGrant): Session {
  reply.setCookie(REFRESH_COOKIE, grant.refreshToken, {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: grant.refreshExpiresAt,
  });
  const access = app.signAccessToken(grant.user.id);
  return { user: grant.user, accessToken: access.token, accessTokenExpiresAt: iso(access.expiresAt) };
}

export const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  // Password guessing and token stuffing are slowed per client address.
  const rateLimit = { max: config.authRateLimitMax, timeWindow: '1 minute' };
  const tags = ['auth'];

  app.post(
    '/auth/sign-up',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary: 'Create an account and sign in',
        body: SignUpBodySchema,
        response: { 201: SessionSchema, ...errorResponses(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const grant = await service.signUp(deps, request.body);
      return reply.status(201).send(issue(app, reply, config, grant));
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { rateLimit },
      schema: { tags, summary: 'Sign in', body: SignInBodySchema, response: { 200: SessionSchema, ...errorResponses(400, 401, 429) } },
    },
    async (request, reply) => issue(app, reply, config, await service.signIn(deps, request.body)),
  );

  app.post(
    '/auth/refresh',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary: 'Rotate the refresh cookie and get a new access token',
        description: 'Reusing a refresh token that was already rotated ends the whole session (every token of its family).',
        response: { 200: SessionSchema, ...errorResponses(401, 429) },
      },
    },
    async (request, reply) => {
      try {
        return issue(app, reply, config, await service.refreshSession(deps, { token: request.cookies[REFRESH_COOKIE] }));
      } catch (error) {
        reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
        throw error;
      }
    },
  );

  app.post(
    '/auth/session',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary: 'Resume the session of the refresh cookie, if any (page load)',
        description:
          'As `/auth/refresh` when the cookie holds a live session (rotated; reuse ends the family); `{ "session": null }` with 200 when there is no cookie or its session ended, so a signed-out page load logs no error.',
        response: { 200: ResumedSessionSchema, ...errorResponses(429) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) return { session: null };
      try {
        return { session: issue(app, reply, config, await service.refreshSession(deps, { token })) };
      } catch (error) {
        if (!(error instanceof UnauthorizedError)) throw error;
        reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
        return { session: null };
      }
    },
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags, summary: 'End the session of the refresh cookie', response: { 204: z.null() } } },
    async (request, reply) => {
      await service.signOut(deps, { token: request.cookies[REFRESH_COOKIE] });
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      onRequest: app.authenticate,
      schema: { tags, summary: 'The signed-in user', security: [{ bearer: [] }], response: { 200: MeSchema, ...errorResponses(401) } },
    },
    async (request) => ({ user: await service.currentUser(deps, { userId: request.user.sub }) }),
  );
};
