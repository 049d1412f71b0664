import { BenchmarkParamsSchema, BenchmarkSchema, QuestionnaireParamsSchema, QuestionnaireSchema } from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http.ts';
import * as service from './public.service.ts';

/** What anyone may read without signing in: the questionnaire definitions and the paper's benchmark. */
export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/questionnaires/:questionnaireId',
    {
      schema: {
        tags: ['public'],
        summary: 'A questionnaire definition, e.g. amorim-2023@2 (immutable)',
        params: QuestionnaireParamsSchema,
        response: { 200: QuestionnaireSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      // Versions never change, so clients may cache them for a day.
      reply.header('cache-control', 'public, max-age=86400');
      return service.getQuestionnaire(request.params.questionnaireId);
    },
  );

  app.get(
    '/benchmarks/:benchmarkId',
    {
      schema: {
        tags: ['public'],
        summary: 'A benchmark as series of counts with base and source, e.g. amorim-2023',
        params: BenchmarkParamsSchema,
        response: { 200: BenchmarkSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return service.getBenchmark(request.params.benchmarkId);
    },
  );
};
