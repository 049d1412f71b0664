import { AssessmentParamsSchema, ExportQuerySchema, TeamHistorySchema, TeamParamsSchema, TeamResultOrWithheldSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
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
        summary: 'The team result of a closed assessment, or "not enough responses"',
        description:
          'Level, why (gates), next steps, dimensions, gaps in the order to work on them, confidence range, disagreements, the benchmark comparison and the free-text answers (unattributed, shuffled on every request). ' +
          'When fewer responses were submitted than the assessment’s anonymity threshold (frozen when it opened), `{ withheld: true, responses, minimum }` and nothing derived from the answers.',
        params: AssessmentParamsSchema,
        response: { 200: TeamResultOrWithheldSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.getTeamResult(deps, { ...request.params, userId: request.user.sub }),
  );

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId/result/export',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Download the team result as JSON or CSV (409 result_withheld below the anonymity threshold)',
        params: AssessmentParamsSchema,
        querystring: ExportQuerySchema,
        produces: ['application/json', 'text/csv'],
        response: { 200: z.string().describe('The file (JSON: the team result; CSV: one row per gate, step, dimension, gap, disagreement, comparison, free-text answer)'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const file = await service.exportTeamResult(deps, { ...request.params, format: request.query.format, userId: request.user.sub });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .serializer((payload) => payload as string)
        .send(file.body);
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
    async (request) => service.getTeamHistory(deps, { ...request.params, userId: request.user.sub }),
  );
};
