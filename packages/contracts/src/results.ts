import { z } from 'zod';
import type { ResultComparison } from '@assay/domain';
import { IdSchema, TimestampSchema, type Assignable, type Check, type DeepReadonly, type SameKeys } from './common.ts';
import { pageSchema } from './paging.ts';
import { LocalizedTextSchema } from './questionnaire.ts';
import { DimensionIdSchema, LevelSchema, StoredResultSchema } from './result.ts';

/** The result of one submitted response. */
export const IndividualResultSchema = z
  .object({
    responseId: IdSchema,
    assessmentId: IdSchema,
    engineVersion: z.string(),
    questionnaireId: z.string(),
    computedAt: TimestampSchema,
    result: StoredResultSchema,
  })
  .strict();
export type IndividualResult = z.infer<typeof IndividualResultSchema>;

/** One free-text answer, without who wrote it. */
export const FreeTextAnswerSchema = z.object({ questionId: z.string(), text: z.string() }).strict();
export type FreeTextAnswer = z.infer<typeof FreeTextAnswerSchema>;

/**
 * The team result of a closed assessment, aggregated over its submitted responses. `freeText`:
 * the free-text answers, unattributed and in an order shuffled on every request.
 */
export const TeamResultSchema = z
  .object({
    withheld: z.literal(false),
    assessmentId: IdSchema,
    teamId: IdSchema,
    title: z.string(),
    engineVersion: z.string(),
    questionnaireId: z.string(),
    computedAt: TimestampSchema,
    closedAt: TimestampSchema,
    result: StoredResultSchema,
    /**
     * Set when an owner or admin had the result recomputed with a newer engine (results are never
     * rescored silently): when, by whom, and the engine version it replaced.
     */
    recomputed: z
      .object({ at: TimestampSchema, byUserId: IdSchema, byName: z.string(), previousEngineVersion: z.string() })
      .strict()
      .nullable(),
    freeText: z.array(FreeTextAnswerSchema),
  })
  .strict();
export type TeamResult = z.infer<typeof TeamResultSchema>;

/**
 * A closed assessment with fewer submitted responses (`responses`) than its anonymity threshold
 * (`minimum`): no team result, disagreement, free text or figure derived from the answers.
 */
export const WithheldTeamResultSchema = z
  .object({
    withheld: z.literal(true),
    assessmentId: IdSchema,
    teamId: IdSchema,
    title: z.string(),
    closedAt: TimestampSchema,
    responses: z.number().int().nonnegative(),
    minimum: z.number().int().min(1).max(10),
  })
  .strict();
export type WithheldTeamResult = z.infer<typeof WithheldTeamResultSchema>;

/** `GET …/assessments/:id/result`: the team result, or "not enough responses". */
export const TeamResultOrWithheldSchema = z.discriminatedUnion('withheld', [TeamResultSchema, WithheldTeamResultSchema]);
export type TeamResultOrWithheld = z.infer<typeof TeamResultOrWithheldSchema>;

export const ExportQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/**
 * `GET …/result/report`: the team result as a PDF report in `lang` (en or pt-BR); without it, the
 * request's Accept-Language decides (English when it names neither).
 */
export const ReportQuerySchema = z
  .object({
    lang: z
      .enum(['en', 'pt-BR'], { error: 'lang must be "en" or "pt-BR" (the languages a report is written in).' })
      .optional()
      .describe('The report’s language; without it, the Accept-Language header decides (English when it names neither).'),
  })
  .strict();
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

/** One closed assessment of a team, for the levels-over-time chart. */
export const TeamHistoryPointSchema = z
  .object({
    assessmentId: IdSchema,
    title: z.string(),
    closedAt: TimestampSchema,
    level: LevelSchema,
    levelMax: LevelSchema,
    respondents: z.number().int().nonnegative(),
    dimensions: z.array(z.object({ id: DimensionIdSchema, score: z.number().nullable() }).strict()),
  })
  .strict();
export type TeamHistoryPoint = z.infer<typeof TeamHistoryPointSchema>;

/** A gap as a change lists it, whatever the engine version that found it. */
export const GapSummarySchema = z
  .object({ id: z.string(), kind: z.enum(['blocker', 'foundation', 'hotspot', 'inconsistency']), title: LocalizedTextSchema })
  .strict();

/** What changed between two results of a team (`compareResults` of @assay/domain). */
export const ResultComparisonSchema = z
  .object({
    previousLevel: LevelSchema,
    currentLevel: LevelSchema,
    levelChange: z.number().int(),
    gatesNewlyPassed: z.array(z.string()),
    gatesNewlyFailed: z.array(z.string()),
    dimensions: z.array(
      z
        .object({ id: DimensionIdSchema, previous: z.number().nullable(), current: z.number().nullable(), delta: z.number().nullable() })
        .strict(),
    ),
    gapsResolved: z.array(GapSummarySchema),
    gapsNew: z.array(GapSummarySchema),
    /** New gaps that rest only on questions the previous version did not ask. */
    gapsNotComparable: z.array(GapSummarySchema),
    engineChanged: z.boolean(),
    questionnaireChanged: z.boolean(),
    /** Across questionnaire versions: the questions without a counterpart in the other (declared mapping). */
    questionsWithoutCounterpart: z.object({ previous: z.array(z.string()), current: z.array(z.string()) }).strict().nullable(),
  })
  .strict();
export type ResultComparisonDto = z.infer<typeof ResultComparisonSchema>;

export type ResultComparisonInSync = [
  Assignable<DeepReadonly<ResultComparisonDto>, ResultComparison>,
  Assignable<ResultComparison, ResultComparisonDto>,
  Check<SameKeys<ResultComparison, ResultComparisonDto>>,
];

/**
 * `GET …/teams/:teamId/history?limit=&cursor=`: the team's closed assessments with a team result,
 * newest first and paged (`items`, `nextCursor`, `total`), and on every page what changed from the
 * one before the latest to the latest (null with fewer than two).
 */
export const TeamHistorySchema = pageSchema(TeamHistoryPointSchema)
  .extend({
    teamId: IdSchema,
    change: z
      .object({
        previousAssessmentId: IdSchema,
        currentAssessmentId: IdSchema,
        comparison: ResultComparisonSchema,
        /** Respondents behind each of the two results: when they differ, a change may come from who answered. */
        respondents: z.object({ previous: z.number().int().nonnegative(), current: z.number().int().nonnegative() }).strict(),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type TeamHistory = z.infer<typeof TeamHistorySchema>;
