import { ChangePasswordBodySchema, DeleteAccountBodySchema, MeSchema, ResumedSessionSchema, SessionSchema, SignInBodySchema, SignUpBodySchema, type Session } from '@assay/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { UnauthorizedError } from '../../errors.ts';
import { errorResponses, sendDownload } from '../../lib/http.ts';
import * as limits from '../../lib/limits.ts';
import { iso } from '../../lib/time.ts';
import { callerOf, REFRESH_COOKIE, REFRESH_COOKIE_PATH } from '../../plugins/auth.ts';
import * as service from './auth.service.ts';

function issue(app: FastifyInstance, reply: FastifyReply, config: Config, grant: service.SessionGrant): Session {
  reply.setCookie(REFRESH_COOKIE, grant.refreshToken, {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: grant.refreshExpiresAt,
  });
  const access = app.signAccessToken({ id: grant.user.id, tokenVersion: grant.tokenVersion });
  return { user: grant.user, accessToken: access.token, accessTokenExpiresAt: iso(access.expiresAt) };
}

export const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  // Password guessing and token stuffing are slowed (lib/limits.ts: how each limit is keyed).
  const rateLimit = limits.perAddress(config);
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
      onRequest: app.addressCeiling,
      config: { rateLimit: limits.perAddressAndAccount(config) },
      schema: { tags, summary: 'Sign in', body: SignInBodySchema, response: { 200: SessionSchema, ...errorResponses(400, 401, 429) } },
    },
    async (request, reply) => issue(app, reply, config, await service.signIn(deps, { ...request.body, ip: request.ip })),
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
        // Only a refusal ends the session in the browser; an outage (503) keeps the cookie.
        if (error instanceof UnauthorizedError) reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
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
    {
      schema: {
        tags,
        summary: 'End the session of the refresh cookie',
        description: "Also ends every access token issued so far; the user's other sessions get a new one at their next refresh.",
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.signOut(deps, { token: request.cookies[REFRESH_COOKIE] });
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'End every session of the signed-in user',
        description: 'Every refresh token and every access token of the account stops working, on every device.',
        security: [{ bearer: [] }],
        response: { 204: z.null(), ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      await service.signOutEverywhere(deps, callerOf(request));
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      onRequest: app.authenticate,
      config: { rateLimit: limits.perUser(config) },
      schema: {
        tags,
        summary: 'Change the password',
        description: 'Every session of the account ends; this one continues with the new session returned (and a new refresh cookie).',
        security: [{ bearer: [] }],
        body: ChangePasswordBodySchema,
        response: { 200: SessionSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => issue(app, reply, config, await service.changePassword(deps, callerOf(request), request.body)),
  );

  app.delete(
    '/auth/account',
    {
      onRequest: app.authenticate,
      config: { rateLimit: limits.perUser(config) },
      schema: {
        tags,
        summary: 'Delete my account',
        description:
          'Needs the password. Refused (409 last_owner) while you are the only owner of a workspace. Submitted responses stay in team results as anonymous contributions; everything else of the account is deleted.',
        security: [{ bearer: [] }],
        body: DeleteAccountBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      await service.deleteAccount(deps, callerOf(request), request.body);
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/account/export',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Download everything stored about me (JSON)',
        description: 'The account, its workspaces and roles, and its own responses with their answers.',
        security: [{ bearer: [] }],
        response: { 200: z.string().describe('The JSON file'), ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const file = await service.exportAccount(deps, callerOf(request));
      return sendDownload(reply, { ...file, contentType: 'application/json; charset=utf-8' });
    },
  );

  app.get(
    '/auth/me',
    {
      onRequest: app.authenticate,
      schema: { tags, summary: 'The signed-in user', security: [{ bearer: [] }], response: { 200: MeSchema, ...errorResponses(401) } },
    },
    async (request) => ({ user: await service.currentUser(deps, callerOf(request)) }),
  );
};
