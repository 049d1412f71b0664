import { PortfolioSchema, WorkspaceListQuerySchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './portfolio.service.ts';

export const portfolioRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };

  app.get(
    '/portfolio',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['portfolio'],
        security: [{ bearer: [] }],
        summary:
          'Every workspace you belong to, by name (`q`: names containing it), with what your role there lets you see: teams by the level of their latest closed round (under k: not enough responses, never a level), the first teams by name, open assessments and their responses, last activity',
        description: `${PAGED} Members count and list only their own teams; a workspace you are not a member of is never listed.`,
        querystring: WorkspaceListQuerySchema,
        response: { 200: PortfolioSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.getPortfolio(deps, { ...callerOf(request), ...request.query }),
  );
};
