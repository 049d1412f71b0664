import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { LevelSchema, ResultSchema } from './result.ts';

/** The result of one submitted response. */
export const IndividualResultSchema = z
  .object({
    responseId: IdSchema,
    assessmentId: IdSchema,
    engineVersion: z.string(),
    questionnaireId: z.string(),
    computedAt: TimestampSchema,
    result: ResultSchema,
  })
  .strict();
export type IndividualResult = z.infer<typeof IndividualResultSchema>;

/** The team result of a closed assessment, aggregated over its submitted responses. */
export const TeamResultSchema = z
  .object({
    assessmentId: IdSchema,
    teamId: IdSchema,
    title: z.string(),
    engineVersion: z.string(),
    questionnaireId: z.string(),
    computedAt: TimestampSchema,
    closedAt: TimestampSchema,
    result: ResultSchema,
  })
  .strict();
export type TeamResult = z.infer<typeof TeamResultSchema>;

export const ExportQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** One closed assessment of a team, for the levels-over-time chart. */
export const TeamHistoryPointSchema = z
  .object({
    assessmentId: IdSchema,
    title: z.string(),
    closedAt: TimestampSchema,
    level: LevelSchema,
    levelMax: LevelSchema,
    respondents: z.number().int().nonnegative(),
    dimensions: z.array(z.object({ id: z.string(), score: z.number().nullable() }).strict()),
  })
  .strict();
export type TeamHistoryPoint = z.infer<typeof TeamHistoryPointSchema>;

/** `GET …/teams/:teamId/history`: the team's closed assessments, oldest first. */
export const TeamHistorySchema = z
  .object({ teamId: IdSchema, points: z.array(TeamHistoryPointSchema) })
  .strict();
export type TeamHistory = z.infer<typeof TeamHistorySchema>;
