import {
  CreateTeamBodySchema,
  TeamListQuerySchema,
  TeamListSchema,
  TeamMemberParamsSchema,
  TeamParamsSchema,
  TeamSchema,
  UpdateTeamBodySchema,
  WorkspaceParamsSchema,
} from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './teams.service.ts';

export const teamsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['teams'];

  app.post(
    '/workspaces/:workspaceId/teams',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Create a team (owner, admin)',
        params: WorkspaceParamsSchema,
        body: CreateTeamBodySchema,
        response: { 201: TeamSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createTeam(deps, { ...request.params, ...callerOf(request), name: request.body.name })),
  );

  app.get(
    '/workspaces/:workspaceId/teams',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Teams by name, with their latest level and trend (members see their own teams)',
        description: PAGED,
        params: WorkspaceParamsSchema,
        querystring: TeamListQuerySchema,
        response: { 200: TeamListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.listTeams(deps, {
        ...request.params,
        ...callerOf(request),
        includeArchived: request.query.includeArchived === 'true',
        cursor: request.query.cursor,
        limit: request.query.limit,
      }),
  );

  app.get(
    '/workspaces/:workspaceId/teams/:teamId',
    {
      ...signedIn,
      schema: { tags, security, summary: 'A team', params: TeamParamsSchema, response: { 200: TeamSchema, ...errorResponses(400, 401, 404) } },
    },
    async (request) => service.getTeam(deps, { ...request.params, ...callerOf(request) }),
  );

  app.patch(
    '/workspaces/:workspaceId/teams/:teamId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Rename, archive or unarchive a team (owner, admin)',
        params: TeamParamsSchema,
        body: UpdateTeamBodySchema,
        response: { 200: TeamSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.updateTeam(deps, { ...request.params, ...request.body, ...callerOf(request) }),
  );

  app.put(
    '/workspaces/:workspaceId/teams/:teamId/members/:userId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Add a workspace member to a team (owner, admin)',
        params: TeamMemberParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { workspaceId, teamId, userId } = request.params;
      await service.addTeamMember(deps, { workspaceId, teamId, memberId: userId, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/teams/:teamId/members/:userId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Remove a member from a team (owner, admin)',
        params: TeamMemberParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { workspaceId, teamId, userId } = request.params;
      await service.removeTeamMember(deps, { workspaceId, teamId, memberId: userId, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );
};
