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
  ReissueRespondentLinkBodySchema,
  RosterSchema,
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
        summary: 'Create an account-free respondent link, shared or personal (owner, admin, assessor)',
        description:
          'A `shared` link (the default) gives everyone who opens it a response of their own. A `personal` link is for one person, named by `label` (a name or an email, trimmed, 1–200 characters; required): it accepts one response, and opening it again resumes that response. The token is in this reply only (stored as a hash); to remind someone, reissue their personal link.',
        params: AssessmentParamsSchema,
        body: CreateRespondentLinkBodySchema.nullish(), // fastify validates a missing body as null
        response: { 201: RespondentLinkCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createRespondentLink(deps, { ...request.params, ...(request.body ?? {}), ...callerOf(request) })),
  );

  app.post(
    `${base}/respondent-links/:linkId/reissue`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Reissue a personal link: a new token, the old link revoked, the response already started kept (owner, admin, assessor)',
        description:
          'The new token is in this reply only. The old token is refused from then on (404 `link_replaced`), and the key of a guest who started through it stops working: their response, kept, moves to the new link, which resumes it. Only the newest link of a person is reissued (409 `link_superseded`), only a personal one (409 `link_not_personal`), and not once the assessment is closed (409 `assessment_closed`). Recorded in the audit log.',
        params: RespondentLinkParamsSchema,
        body: ReissueRespondentLinkBodySchema.nullish(),
        response: { 201: RespondentLinkCreatedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.reissueRespondentLink(deps, { ...request.params, ...(request.body ?? {}), ...callerOf(request) })),
  );

  app.get(
    `${base}/roster`,
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Who has answered: members and personal links with their status and last activity, shared links with their counts (owner, admin, assessor)',
        description: `Members of the team (and anyone else of the workspace who answered) by name, then current personal links by label, then shared links by label. Statuses (\`not_started\`, \`started\`, \`submitted\`) and times only, never answers, whatever the anonymity threshold. ${PAGED}`,
        params: AssessmentParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: RosterSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listRoster(deps, { ...request.params, ...request.query, ...callerOf(request) }),
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
        summary: 'Start a guest response through a respondent link (201), or resume a personal link’s one response (200); returns its access key',
        description:
          'Through a shared link every start is a new response with a new access key, returned once. Through a personal link the first start creates its one response and later starts resume it (200, `resumed: true`) with the same key. A reissued link’s old token is refused with 404 `link_replaced`.',
        body: StartGuestResponseBodySchema,
        response: { 200: GuestResponseStartedSchema, 201: GuestResponseStartedSchema, ...errorResponses(400, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const started = await service.startGuestResponse(deps, request.body);
      return reply.status(started.resumed ? 200 : 201).send(started);
    },
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
