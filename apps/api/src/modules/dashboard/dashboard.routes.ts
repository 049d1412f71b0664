import { DashboardQuerySchema, DashboardSchema, WorkspaceParamsSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './dashboard.service.ts';

export const dashboardRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };

  app.get(
    '/workspaces/:workspaceId/dashboard',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['dashboard'],
        security: [{ bearer: [] }],
        summary:
          "The workspace dashboard: a page of teams (latest level or withheld, level history, dimension scores, target and on-track state, open and overdue actions), sorted and filtered by the server, and the teams' level distribution beside the paper's (all roles; members their teams)",
        params: WorkspaceParamsSchema,
        querystring: DashboardQuerySchema,
        response: { 200: DashboardSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.getDashboard(deps, { ...request.params, ...callerOf(request), ...request.query }),
  );
};
