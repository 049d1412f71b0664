import {
  AnswersConfirmedSchema,
  AnswersSavedSchema,
  ConfirmAnswersBodySchema,
  AssessmentParamsSchema,
  CreateRespondentLinkBodySchema,
  GuestAssessmentSchema,
  GuestHeadersSchema,
  GuestLinkBodySchema,
  GuestResponseParamsSchema,
  GuestResponseSchema,
  GuestResponseStartedSchema,
  IndividualResultSchema,
  PageQuerySchema,
  RESPONSE_KEY_HEADER,
  RespondentLinkCreatedSchema,
  RespondentLinkListSchema,
  RespondentLinkParamsSchema,
  ResponseListSchema,
  ResponseParamsSchema,
  ResponseSchema,
  ResponseSubmittedSchema,
  SaveAnswersBodySchema,
  StartGuestResponseBodySchema,
} from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import * as limits from '../../lib/limits.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './responses.service.ts';

const base = '/workspaces/:workspaceId/assessments/:assessmentId';

export const responsesRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['responses'];

  app.post(
    `${base}/responses`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Start your response to an open assessment, or get the one you have (idempotent)',
        params: AssessmentParamsSchema,
        response: { 200: ResponseSchema, 201: ResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { created, response } = await service.startMyResponse(deps, { ...request.params, ...callerOf(request) });
      return reply.status(created ? 201 : 200).send(response);
    },
  );

  app.get(
    `${base}/responses`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Who responded and how far they are, in the order they started (owner, admin, assessor)',
        description: PAGED,
        params: AssessmentParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: ResponseListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listResponses(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.get(
    `${base}/responses/:responseId`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'A whole response (your own; owners, admins and assessors: anyone’s)',
        params: ResponseParamsSchema,
        response: { 200: ResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.getResponse(deps, { ...request.params, ...callerOf(request) }),
  );

  app.patch(
    `${base}/responses/:responseId`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Save changed answers (null clears one); idempotent; answers with what was saved',
        params: ResponseParamsSchema,
        body: SaveAnswersBodySchema,
        response: { 200: AnswersSavedSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.saveMyAnswers(deps, { ...request.params, ...callerOf(request), answers: request.body.answers }),
  );

  app.post(
    `${base}/responses/:responseId/submit`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Submit a complete response; scores it',
        description:
          '422 `response_incomplete` lists every question still to answer or fix (reason `answers_missing`), or every prefilled answer still to confirm or change (reason `answers_unconfirmed`).',
        params: ResponseParamsSchema,
        response: { 200: ResponseSubmittedSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.submitMyResponse(deps, { ...request.params, ...callerOf(request) }),
  );

  app.post(
    `${base}/responses/:responseId/confirm`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Keep prefilled answers as they are: a whole section, or named questions (your own response)',
        description: 'One call confirms a section. Unknown question ids are refused (422 `answers_invalid`); confirming a question not marked changes nothing.',
        params: ResponseParamsSchema,
        body: ConfirmAnswersBodySchema,
        response: { 200: AnswersConfirmedSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.confirmMyAnswers(deps, { ...request.params, ...callerOf(request), ...request.body }),
  );

  app.get(
    `${base}/responses/:responseId/result`,
    {
      ...signedIn,
      schema: {
        tags: ['results'],
        security,
        summary: 'The individual result of a submitted response',
        params: ResponseParamsSchema,
        response: { 200: IndividualResultSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.getMyResult(deps, { ...request.params, ...callerOf(request) }),
  );

  app.post(
    `${base}/respondent-links`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Create an account-free respondent link (owner, admin, assessor)',
        params: AssessmentParamsSchema,
        body: CreateRespondentLinkBodySchema.nullish(), // fastify validates a missing body as null
        response: { 201: RespondentLinkCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createRespondentLink(deps, { ...request.params, ...(request.body ?? {}), ...callerOf(request) })),
  );

  app.get(
    `${base}/respondent-links`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Respondent links of an assessment, newest first (owner, admin, assessor)',
        description: PAGED,
        params: AssessmentParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: RespondentLinkListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listRespondentLinks(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.delete(
    `${base}/respondent-links/:linkId`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Revoke a respondent link: no new guest responses through it, and its unsubmitted ones stop changing (owner, admin, assessor)',
        params: RespondentLinkParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeRespondentLink(deps, { ...request.params, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );

  // Guests: no account. The link token starts a response; its access key (header) does the rest.
  const guestTags = ['guests'];
  const keyOf = (headers: Record<string, unknown>) => String(headers[RESPONSE_KEY_HEADER]);

  app.post(
    '/guest/lookup',
    {
      onRequest: app.addressCeiling,
      config: { rateLimit: limits.perAddressAndLink(config, { perLink: 3 }) },
      schema: {
        tags: guestTags,
        summary: 'What a respondent link leads to',
        body: GuestLinkBodySchema,
        response: { 200: GuestAssessmentSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => service.lookupRespondentLink(deps, request.body),
  );

  app.post(
    '/guest/responses',
    {
      // Anyone holding a link may start responses; each is a stored row, so starts are slowed
      // per address and link (a group answering one link gets 3× the sign-in limit).
      onRequest: app.addressCeiling,
      config: { rateLimit: limits.perAddressAndLink(config, { perLink: 3 }) },
      schema: {
        tags: guestTags,
        summary: 'Start a guest response through a respondent link; returns the access key once',
        body: StartGuestResponseBodySchema,
        response: { 201: GuestResponseStartedSchema, ...errorResponses(400, 404, 409, 429) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.startGuestResponse(deps, request.body)),
  );

  app.get(
    '/guest/responses/:responseId',
    {
      schema: {
        tags: guestTags,
        summary: 'A guest’s whole response',
        params: GuestResponseParamsSchema,
        headers: GuestHeadersSchema,
        response: { 200: GuestResponseSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => service.getGuestResponse(deps, { responseId: request.params.responseId, accessKey: keyOf(request.headers) }),
  );

  app.patch(
    '/guest/responses/:responseId',
    {
      schema: {
        tags: guestTags,
        summary: 'Save a guest’s changed answers (null clears one)',
        params: GuestResponseParamsSchema,
        headers: GuestHeadersSchema,
        body: SaveAnswersBodySchema,
        response: { 200: AnswersSavedSchema, ...errorResponses(400, 404, 409, 422) },
      },
    },
    async (request) =>
      service.saveGuestAnswers(deps, { responseId: request.params.responseId, accessKey: keyOf(request.headers), answers: request.body.answers }),
  );

  app.post(
    '/guest/responses/:responseId/submit',
    {
      schema: {
        tags: guestTags,
        summary: 'Submit a guest’s complete response',
        params: GuestResponseParamsSchema,
        headers: GuestHeadersSchema,
        response: { 200: ResponseSubmittedSchema, ...errorResponses(400, 404, 409, 422) },
      },
    },
    async (request) => service.submitGuestResponse(deps, { responseId: request.params.responseId, accessKey: keyOf(request.headers) }),
  );

  app.get(
    '/guest/responses/:responseId/result',
    {
      schema: {
        tags: guestTags,
        summary: 'The individual result of a guest’s submitted response',
        params: GuestResponseParamsSchema,
        headers: GuestHeadersSchema,
        response: { 200: IndividualResultSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => service.getGuestResult(deps, { responseId: request.params.responseId, accessKey: keyOf(request.headers) }),
  );
};
