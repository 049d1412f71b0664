import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from './common.ts';
import { pageQueryWith, pageSchema, sortParam } from './paging.ts';
import { QuestionnaireIdSchema } from './questionnaire.ts';
import { LevelSchema } from './result.ts';

/** draft → open → closed; a closed assessment may be reopened by an owner or admin. */
export const AssessmentStatusSchema = z.enum(['draft', 'open', 'closed']);
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

/**
 * How an assessment shows its answers: `minimum` is k, frozen when it opened (a draft follows its
 * workspace). Below k submitted responses it has no team result. `attributed` (k = 1): owners,
 * admins and assessors may read each person's answers; otherwise nobody reads anyone else's.
 */
export const AnonymitySchema = z.object({ minimum: z.number().int().min(1).max(10), attributed: z.boolean() }).strict();
export type Anonymity = z.infer<typeof AnonymitySchema>;

export const AssessmentSchema = z
  .object({
    id: IdSchema,
    workspaceId: IdSchema,
    teamId: IdSchema,
    teamName: z.string(),
    title: z.string(),
    /** Pinned when the assessment is started; results keep meaning what they meant then. */
    questionnaireId: z.string(),
    status: AssessmentStatusSchema,
    createdAt: TimestampSchema,
    openedAt: TimestampSchema.nullable(),
    closedAt: TimestampSchema.nullable(),
    responseCounts: z.object({ inProgress: z.number().int(), submitted: z.number().int() }).strict(),
    /** The team level, once closed. */
    level: LevelSchema.nullable(),
    /** The caller's own response to this assessment, when they started one. */
    myResponseId: IdSchema.nullable(),
    anonymity: AnonymitySchema,
    /**
     * Chosen when the assessment was created: each member's response starts from their previous
     * submitted response in this team, marked until they confirm or change each answer.
     */
    prefill: z.boolean(),
  })
  .strict();
export type Assessment = z.infer<typeof AssessmentSchema>;

/** Assessments in the order `sort` asks (newest created first by default), paged. */
export const AssessmentListSchema = pageSchema(AssessmentSchema);
export type AssessmentList = z.infer<typeof AssessmentListSchema>;

/**
 * How an assessment list is ordered: `created` newest first (the default), `closed` the latest
 * closed first (those not closed yet after them, newest created first), `title` A to Z. The
 * creation time (then the id) breaks ties.
 */
export const ASSESSMENT_SORTS = ['created', 'closed', 'title'] as const;
export type AssessmentSort = (typeof ASSESSMENT_SORTS)[number];

/** `GET /workspaces/:w/assessments`: optionally only one status, in the order `sort` asks. */
export const AssessmentListQuerySchema = pageQueryWith({ status: AssessmentStatusSchema.optional(), sort: sortParam(ASSESSMENT_SORTS, 'created') });
/** `GET …/teams/:t/assessments`: optionally only one status, in the order `sort` asks. */
export const TeamAssessmentListQuerySchema = pageQueryWith({ status: AssessmentStatusSchema.optional(), sort: sortParam(ASSESSMENT_SORTS, 'created') });
export type TeamAssessmentListQuery = z.infer<typeof TeamAssessmentListQuerySchema>;
export type AssessmentListQuery = z.infer<typeof AssessmentListQuerySchema>;

export const CreateAssessmentBodySchema = z
  .object({
    /** Defaults to e.g. "Assessment 2026-05-01". */
    title: NameSchema.optional(),
    /** Defaults to the current questionnaire, `amorim-2023@2`. */
    questionnaireId: QuestionnaireIdSchema.optional(),
    /**
     * Start each member's response from their previous submitted response in this team (carried
     * across questionnaire versions through the declared mapping; questions without a counterpart
     * start empty). Guests through respondent links always start empty. Default false.
     */
    prefill: z.boolean().optional(),
  })
  .strict();
export type CreateAssessmentBody = z.infer<typeof CreateAssessmentBodySchema>;

export const AssessmentParamsSchema = z.object({ workspaceId: IdSchema, assessmentId: IdSchema }).strict();
export type AssessmentParams = z.infer<typeof AssessmentParamsSchema>;
