import { HealthSchema, ReadySchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loggableError } from '../../lib/db-errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { checkReady } from './operations.service.ts';

/** Liveness and readiness for orchestrators: /health never touches the database, /ready does. */
export const operationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/ready',
    { schema: { tags: ['operations'], summary: 'The database answers', response: { 200: ReadySchema, ...errorResponses(503) } } },
    async (request) => checkReady(app.database, (error) => request.log.error({ failure: loggableError(error) }, 'database ping failed')),
  );
};
