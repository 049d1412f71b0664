import { ActionListQuerySchema, ActionPageSchema, ActionParamsSchema, ActionSchema, CreateActionBodySchema, TeamParamsSchema, UpdateActionBodySchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './actions.service.ts';

export const actionsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['actions'];
  const list = '/workspaces/:workspaceId/teams/:teamId/actions';
  const one = `${list}/:actionId`;

  app.post(
    list,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Turn a roadmap step or a gap of a closed assessment into an action with an owner and a due date (owner, admin, assessor; recorded)',
        params: TeamParamsSchema,
        body: CreateActionBodySchema,
        response: { 201: ActionSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createAction(deps, { ...request.params, ...callerOf(request), ...request.body })),
  );

  app.get(
    list,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: "A page of a team's actions, each with whether its gap closed in the next round (all roles; members their teams)",
        description: `\`sort\`: \`created\` newest first (the default), \`due\` soonest due first, \`status\` open, in progress, done, dropped, each soonest due first; the id breaks ties. ${PAGED} A cursor of one sort is refused by another: pass the same \`sort\` with it.`,
        params: TeamParamsSchema,
        querystring: ActionListQuerySchema,
        response: { 200: ActionPageSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.listActions(deps, { ...request.params, ...callerOf(request), ...request.query }),
  );

  app.patch(
    one,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: "Change an action (owner, admin, assessor: any field; the member who owns it: status and notes; recorded)",
        params: ActionParamsSchema,
        body: UpdateActionBodySchema,
        response: { 200: ActionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.updateAction(deps, { ...request.params, ...callerOf(request), ...request.body }),
  );

  app.delete(
    one,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Delete an action (owner, admin, assessor; recorded)',
        params: ActionParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteAction(deps, { ...request.params, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );
};
