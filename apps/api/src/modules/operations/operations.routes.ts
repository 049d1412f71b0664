import { HealthSchema, ReadySchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ServiceUnavailableError } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';

/** Liveness and readiness for orchestrators: /health never touches the database, /ready does. */
export const operationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/ready',
    { schema: { tags: ['operations'], summary: 'The database answers', response: { 200: ReadySchema, ...errorResponses(503) } } },
    async (request) => {
      try {
        await app.database.ping();
      } catch (error) {
        request.log.error({ err: error }, 'database ping failed');
        throw new ServiceUnavailableError('The database is not reachable; try again shortly.');
      }
      return { status: 'ready' as const, database: app.database.kind };
    },
  );
};
