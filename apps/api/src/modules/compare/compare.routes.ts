import { CompareQuerySchema, ComparisonSchema, WorkspaceParamsSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './compare.service.ts';

export const compareRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };

  app.get(
    '/workspaces/:workspaceId/compare',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['dashboard'],
        security: [{ bearer: [] }],
        summary:
          'Two to six teams side by side: latest level or withheld, dimension scores, practice states, the first three roadmap steps (all roles; members their teams, any other team is 404)',
        params: WorkspaceParamsSchema,
        querystring: CompareQuerySchema,
        response: { 200: ComparisonSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.compareTeams(deps, { ...request.params, ...callerOf(request), ...request.query }),
  );
};
