import { SetTeamTargetBodySchema, TeamParamsSchema, TeamTargetViewSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './targets.service.ts';

export const targetsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['targets'];
  const path = '/workspaces/:workspaceId/teams/:teamId/target';

  app.get(
    path,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: "A team's target, the roadmap steps between its latest result and the target, and whether it is on track (all roles; members their teams)",
        params: TeamParamsSchema,
        response: { 200: TeamTargetViewSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.getTarget(deps, { ...request.params, ...callerOf(request) }),
  );

  app.put(
    path,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: "Set or replace a team's target: level, practice targets, due date in the workspace's time zone (owner, admin, assessor; recorded)",
        params: TeamParamsSchema,
        body: SetTeamTargetBodySchema,
        response: { 200: TeamTargetViewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.setTarget(deps, { ...request.params, ...callerOf(request), ...request.body }),
  );

  app.delete(
    path,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: "Clear a team's target (owner, admin, assessor; recorded)",
        params: TeamParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.clearTarget(deps, { ...request.params, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );
};
