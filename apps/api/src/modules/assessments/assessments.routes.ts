import {
  AssessmentListQuerySchema,
  AssessmentListSchema,
  AssessmentParamsSchema,
  AssessmentSchema,
  CreateAssessmentBodySchema,
  TeamAssessmentListQuerySchema,
  TeamParamsSchema,
  WorkspaceParamsSchema,
} from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './assessments.service.ts';

export const assessmentsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['assessments'];

  app.post(
    '/workspaces/:workspaceId/teams/:teamId/assessments',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Start an assessment for a team, as a draft (owner, admin, assessor)',
        description: 'Pins the questionnaire version (default amorim-2023@2, the current one; amorim-2023@1 stays available).',
        params: TeamParamsSchema,
        body: CreateAssessmentBodySchema.nullish(), // fastify validates a missing body as null
        response: { 201: AssessmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createAssessment(deps, { ...request.params, ...(request.body ?? {}), ...callerOf(request) })),
  );

  app.get(
    '/workspaces/:workspaceId/teams/:teamId/assessments',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'A team’s assessments, newest first or as `sort` asks (optionally of one status)',
        description: `\`sort\`: \`created\` newest first (the default), \`closed\` the latest closed first (those not closed yet after them, newest first), \`title\` A to Z; the creation time, then the id, breaks ties. ${PAGED} A cursor of one sort is refused by another: pass the same \`sort\` and \`status\` with it.`,
        params: TeamParamsSchema,
        querystring: TeamAssessmentListQuerySchema,
        response: { 200: AssessmentListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.listTeamAssessments(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.get(
    '/workspaces/:workspaceId/assessments',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Assessments of every team you can see, newest first or as `sort` asks (optionally of one status)',
        description: `\`sort\`: \`created\` newest first (the default), \`closed\` the latest closed first (those not closed yet after them, newest first), \`title\` A to Z; the creation time, then the id, breaks ties. ${PAGED} A cursor of one sort is refused by another: pass the same \`sort\` and \`status\` with it.`,
        params: WorkspaceParamsSchema,
        querystring: AssessmentListQuerySchema,
        response: { 200: AssessmentListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.listWorkspaceAssessments(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.get(
    '/workspaces/:workspaceId/assessments/:assessmentId',
    {
      ...signedIn,
      schema: { tags, security, summary: 'An assessment', params: AssessmentParamsSchema, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 404) } },
    },
    async (request) => service.getAssessment(deps, { ...request.params, ...callerOf(request) }),
  );

  const transitions = [
    ['open', 'Open a draft for answers (owner, admin, assessor)'],
    ['close', 'Close: computes and stores the team result from the submitted responses (owner, admin, assessor)'],
    ['reopen', 'Reopen a closed assessment; its team result is withdrawn until it closes again (owner, admin)'],
  ] as const;
  for (const [transition, summary] of transitions) {
    app.post(
      `/workspaces/:workspaceId/assessments/:assessmentId/${transition}`,
      {
        ...signedIn,
        schema: { tags, security, summary, params: AssessmentParamsSchema, response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404, 409) } },
      },
      async (request) => service.transitionAssessment(deps, { ...request.params, ...callerOf(request), transition }),
    );
  }

  app.delete(
    '/workspaces/:workspaceId/assessments/:assessmentId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Delete a draft (owner, admin, assessor)',
        params: AssessmentParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.deleteAssessment(deps, { ...request.params, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );
};
