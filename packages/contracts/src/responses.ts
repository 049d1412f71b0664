import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema, VISIBLE_TEXT, storableText } from './common.ts';
import { pageSchema } from './paging.ts';
import { AnswerSchema, AnswersSchema, QuestionIdSchema, SectionIdSchema } from './questionnaire.ts';
import { AnonymitySchema, AssessmentStatusSchema } from './assessments.ts';
import { TokenSchema } from './workspaces.ts';
import { IndividualResultSchema } from './results.ts';
import { RESPONSE_KEY_HEADER } from './headers.ts';

/** Counts over the questions shown for the current answers (hidden questions never count). */
export const ProgressSchema = z
  .object({
    answered: z.number().int().nonnegative(),
    visible: z.number().int().nonnegative(),
    required: z.number().int().nonnegative(),
    requiredAnswered: z.number().int().nonnegative(),
    sections: z.array(
      z.object({ id: SectionIdSchema, answered: z.number().int().nonnegative(), visible: z.number().int().nonnegative() }).strict(),
    ),
  })
  .strict();
export type Progress = z.infer<typeof ProgressSchema>;

export const RespondentSchema = z
  .object({
    kind: z.enum(['user', 'guest']),
    /** Set for signed-in respondents. */
    userId: IdSchema.nullable(),
    /** The user's name, or the name a guest gave (null when they gave none). */
    name: z.string().nullable(),
  })
  .strict();
export type Respondent = z.infer<typeof RespondentSchema>;

export const ResponseStatusSchema = z.enum(['in_progress', 'submitted']);

/** Everything about a response except its answers (lists of responses). */
export const ResponseSummarySchema = z
  .object({
    id: IdSchema,
    assessmentId: IdSchema,
    respondent: RespondentSchema,
    status: ResponseStatusSchema,
    /** Increases by one on every save that changes something. */
    revision: z.number().int().nonnegative(),
    progress: ProgressSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    submittedAt: TimestampSchema.nullable(),
  })
  .strict();
export type ResponseSummary = z.infer<typeof ResponseSummarySchema>;

/**
 * Where a response's prefilled answers came from and which are still to confirm. `unconfirmed`
 * lists the questions answered by the prefill that the person has neither changed nor confirmed
 * (a save of a question confirms it; so does confirming its section). A submit is refused (422
 * `answers_unconfirmed`) while any of them is shown and answered; one hidden by a later answer
 * stays listed but blocks nothing.
 */
export const PrefillSchema = z
  .object({
    /** The previous submitted response the answers came from (null once that response is gone). */
    fromResponseId: IdSchema.nullable(),
    unconfirmed: z.array(QuestionIdSchema),
  })
  .strict();
export type Prefill = z.infer<typeof PrefillSchema>;

/** `GET …/responses/:responseId`: the whole response, answers included. */
export const ResponseSchema = ResponseSummarySchema.extend({
  answers: AnswersSchema,
  /** Null when the response started empty (always for guests). */
  prefill: PrefillSchema.nullable(),
}).strict();
export type Response = z.infer<typeof ResponseSchema>;

/** Oldest first (by start), paged. */
export const ResponseListSchema = pageSchema(ResponseSummarySchema);
export type ResponseList = z.infer<typeof ResponseListSchema>;

export const ResponseParamsSchema = z
  .object({ workspaceId: IdSchema, assessmentId: IdSchema, responseId: IdSchema })
  .strict();
export type ResponseParams = z.infer<typeof ResponseParamsSchema>;

/**
 * `PATCH …/responses/:responseId`: only the answers that changed; `null` clears one.
 * Saving the same answers twice changes nothing (idempotent).
 */
export const SaveAnswersBodySchema = z
  .object({
    answers: z
      .record(QuestionIdSchema, AnswerSchema.nullable())
      .refine((answers) => Object.keys(answers).length >= 1, 'give at least one answer')
      .refine((answers) => Object.keys(answers).length <= 200, 'at most 200 answers per save'),
  })
  .strict();
export type SaveAnswersBody = z.infer<typeof SaveAnswersBodySchema>;

/** What a save stored: exactly the answers sent (null = cleared), with the new revision and progress. */
export const AnswersSavedSchema = z
  .object({
    id: IdSchema,
    revision: z.number().int().nonnegative(),
    saved: z.record(z.string(), AnswerSchema.nullable()),
    progress: ProgressSchema,
    updatedAt: TimestampSchema,
    /** The prefilled questions still to confirm after this save (saving a question confirms it). */
    unconfirmed: z.array(QuestionIdSchema),
  })
  .strict();
export type AnswersSaved = z.infer<typeof AnswersSavedSchema>;

/**
 * `POST …/responses/:responseId/confirm`: keep prefilled answers as they are, a whole section at
 * once (`sectionId`) or named questions (`questionIds`); exactly one of the two.
 */
export const ConfirmAnswersBodySchema = z
  .object({
    sectionId: SectionIdSchema.optional(),
    questionIds: z.array(QuestionIdSchema).min(1).max(200).optional(),
  })
  .strict()
  .refine((body) => (body.sectionId === undefined) !== (body.questionIds === undefined), 'give either sectionId or questionIds, not both');
export type ConfirmAnswersBody = z.infer<typeof ConfirmAnswersBodySchema>;

/** What confirming left: the prefilled questions still to confirm, with the revision after it. */
export const AnswersConfirmedSchema = z
  .object({
    id: IdSchema,
    revision: z.number().int().nonnegative(),
    unconfirmed: z.array(QuestionIdSchema),
    updatedAt: TimestampSchema,
  })
  .strict();
export type AnswersConfirmed = z.infer<typeof AnswersConfirmedSchema>;

/** `POST …/submit`: the submitted response and its individual result. */
export const ResponseSubmittedSchema = z
  .object({ response: ResponseSchema, result: IndividualResultSchema })
  .strict();
export type ResponseSubmitted = z.infer<typeof ResponseSubmittedSchema>;

// Respondent links: account-free links an assessor hands to guests.

/** `shared`: everyone who opens it gets a response of their own. `personal`: one named respondent, one response. */
export const RespondentLinkKindSchema = z.enum(['shared', 'personal']);
export type RespondentLinkKind = z.infer<typeof RespondentLinkKindSchema>;

/** Who a link is for: a name or an email address, trimmed, 1–200 characters. */
export const LinkLabelSchema = storableText(z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')).refine(
  (text) => VISIBLE_TEXT.test(text),
  'must contain at least one visible character (not only spaces or invisible characters such as zero-width spaces)',
);

/** Days until a link stops working, 1–90 (default: until the assessment closes). */
const ExpiresInDaysSchema = z.number().int().min(1).max(90);

export const CreateRespondentLinkBodySchema = z
  .object({
    /** `shared` (default) or `personal`. */
    kind: RespondentLinkKindSchema.optional(),
    /** Who the link is for, e.g. "Client X data team"; required for a personal link (a name or an email). */
    label: LinkLabelSchema.optional(),
    expiresInDays: ExpiresInDaysSchema.optional(),
  })
  .strict()
  .refine((body) => body.kind !== 'personal' || body.label !== undefined, {
    path: ['label'],
    message: 'a personal link needs a label: the name or email of the person it is for',
  });
export type CreateRespondentLinkBody = z.infer<typeof CreateRespondentLinkBodySchema>;

/** `POST …/respondent-links/:linkId/reissue`: the new link's lifetime (default: until the assessment closes). */
export const ReissueRespondentLinkBodySchema = z.object({ expiresInDays: ExpiresInDaysSchema.optional() }).strict();
export type ReissueRespondentLinkBody = z.infer<typeof ReissueRespondentLinkBodySchema>;

export const RespondentLinkSchema = z
  .object({
    id: IdSchema,
    assessmentId: IdSchema,
    kind: RespondentLinkKindSchema,
    label: z.string().nullable(),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema.nullable(),
    revokedAt: TimestampSchema.nullable(),
    /** A reissued personal link: the link that replaced it (this one is revoked). */
    replacedById: IdSchema.nullable(),
    /** Guest responses started through this link (a personal link: 0 or 1). */
    responses: z.number().int().nonnegative(),
  })
  .strict();
export type RespondentLink = z.infer<typeof RespondentLinkSchema>;

/** Newest first, paged. */
export const RespondentLinkListSchema = pageSchema(RespondentLinkSchema);
export type RespondentLinkList = z.infer<typeof RespondentLinkListSchema>;

/** The token is shown once, here and nowhere else; the web app makes it a link (e.g. `/respond/<token>`). */
export const RespondentLinkCreatedSchema = z.object({ link: RespondentLinkSchema, token: z.string() }).strict();
export type RespondentLinkCreated = z.infer<typeof RespondentLinkCreatedSchema>;

export const RespondentLinkParamsSchema = z
  .object({ workspaceId: IdSchema, assessmentId: IdSchema, linkId: IdSchema })
  .strict();
export type RespondentLinkParams = z.infer<typeof RespondentLinkParamsSchema>;

// Guest routes (no account): /api/v1/guest/…


export const GuestLinkBodySchema = z.object({ token: TokenSchema }).strict();
export type GuestLinkBody = z.infer<typeof GuestLinkBodySchema>;

/** What a respondent link leads to. */
export const GuestAssessmentSchema = z
  .object({
    assessmentId: IdSchema,
    workspaceName: z.string(),
    teamName: z.string(),
    title: z.string(),
    questionnaireId: z.string(),
    status: AssessmentStatusSchema,
    /** What the guest is told before starting: whether their answers are attributed or only pooled. */
    anonymity: AnonymitySchema,
  })
  .strict();
export type GuestAssessment = z.infer<typeof GuestAssessmentSchema>;

export const StartGuestResponseBodySchema = z
  .object({ token: TokenSchema, name: NameSchema.optional() })
  .strict();
export type StartGuestResponseBody = z.infer<typeof StartGuestResponseBodySchema>;

/**
 * A guest's response. `accessKey` is returned when the response starts: keep it (the web app
 * stores it in the browser) and send it as `x-response-key` to read, save and submit. Through a
 * personal link, starting again resumes the link's one response with the same key.
 */
export const GuestResponseStartedSchema = z
  .object({
    response: ResponseSchema,
    assessment: GuestAssessmentSchema,
    accessKey: z.string(),
    /** True when a personal link's response already existed and this start resumed it (status 200, not 201). */
    resumed: z.boolean(),
  })
  .strict();
export type GuestResponseStarted = z.infer<typeof GuestResponseStartedSchema>;

export const GuestResponseSchema = z.object({ response: ResponseSchema, assessment: GuestAssessmentSchema }).strict();
export type GuestResponse = z.infer<typeof GuestResponseSchema>;

export const GuestResponseParamsSchema = z.object({ responseId: IdSchema }).strict();
export type GuestResponseParams = z.infer<typeof GuestResponseParamsSchema>;

/** Request headers of guest response routes (other headers pass through untouched). */
export const GuestHeadersSchema = z.looseObject({ [RESPONSE_KEY_HEADER]: TokenSchema });

// The roster: who has answered an open or closed assessment, for those who run it.

export const RosterStatusSchema = z.enum(['not_started', 'started', 'submitted']);
export type RosterStatus = z.infer<typeof RosterStatusSchema>;

/**
 * One row of an assessment's roster: a respondent (`member`: a team member, or anyone in the
 * workspace who answered; `personal`: a personal link and its one response) with a status and
 * the last time their response changed, or a `shared` link with how many responses were started
 * (submitted ones included) and submitted through it. Never answers.
 */
export const RosterEntrySchema = z
  .object({
    kind: z.enum(['member', 'personal', 'shared']),
    /** The member's user id, or the link's id. */
    id: IdSchema,
    /** The member's name, or the link's label (null: a shared link without one). */
    name: z.string().nullable(),
    /** `member` and `personal`: how far their response is; null for a shared link. */
    status: RosterStatusSchema.nullable(),
    /** When their response (a shared link: any of its responses) last changed; null before one starts. */
    lastActivityAt: TimestampSchema.nullable(),
    /** `shared` only: responses started through it (submitted included) and submitted. */
    counts: z.object({ started: z.number().int().nonnegative(), submitted: z.number().int().nonnegative() }).strict().nullable(),
    /** Links only (null for members). */
    link: z
      .object({ createdAt: TimestampSchema, expiresAt: TimestampSchema.nullable(), revokedAt: TimestampSchema.nullable() })
      .strict()
      .nullable(),
  })
  .strict();
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

/** Members by name, then personal links by label, then shared links newest first; paged. */
export const RosterSchema = pageSchema(RosterEntrySchema);
export type Roster = z.infer<typeof RosterSchema>;
