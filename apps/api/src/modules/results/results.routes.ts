import { AssessmentParamsSchema, ExportQuerySchema, TeamHistorySchema, TeamParamsSchema, TeamResultSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses, sendDownload } from '../../lib/http.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './results.service.ts';

export const resultsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['results'];

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId/result',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'The team result of a closed assessment',
        description: 'Level, why (gates), next steps, dimensions, gaps in the order to work on them, confidence range, disagreements and the benchmark comparison.',
        params: AssessmentParamsSchema,
        response: { 200: TeamResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.getTeamResult(deps, { ...request.params, ...callerOf(request) }),
  );

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId/result/export',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Download the team result as JSON or CSV',
        params: AssessmentParamsSchema,
        querystring: ExportQuerySchema,
        produces: ['application/json', 'text/csv'],
        response: { 200: z.string().describe('The file (JSON: the team result; CSV: one row per gate, step, dimension, gap, disagreement, comparison)'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await service.exportTeamResult(deps, { ...request.params, format: request.query.format, ...callerOf(request) });
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/workspaces/:workspaceId/teams/:teamId/history',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'A team’s levels over time and what changed since the previous closed assessment',
        params: TeamParamsSchema,
        response: { 200: TeamHistorySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.getTeamHistory(deps, { ...request.params, ...callerOf(request) }),
  );
};
