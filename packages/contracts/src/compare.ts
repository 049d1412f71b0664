import { z } from 'zod';
import { IdSchema } from './common.ts';
import { DashboardLatestSchema } from './dashboard.ts';
import { DimensionIdSchema, PracticeIdSchema, PracticeStatusSchema, RoadmapStepSchema } from './result.ts';

export const COMPARE_MIN_TEAMS = 2;
export const COMPARE_MAX_TEAMS = 6;

/** `?teams=a,b,…`: two to six distinct team ids, comma-separated, in the order to show them. */
export const CompareQuerySchema = z
  .object({
    teams: z
      .string({ message: `teams is required: ${COMPARE_MIN_TEAMS} to ${COMPARE_MAX_TEAMS} team ids separated by commas` })
      .max(1000, `teams is too long: give at most ${COMPARE_MAX_TEAMS} team ids separated by commas`)
      .transform((value) => value.split(',').map((id) => id.trim()))
      .pipe(
        z
          .array(z.uuid({ message: 'each team must be a team id (a UUID)' }))
          .min(COMPARE_MIN_TEAMS, `compare at least ${COMPARE_MIN_TEAMS} teams: give ${COMPARE_MIN_TEAMS} to ${COMPARE_MAX_TEAMS} team ids separated by commas`)
          .max(COMPARE_MAX_TEAMS, `compare at most ${COMPARE_MAX_TEAMS} teams at once`)
          .refine((ids) => new Set(ids).size === ids.length, 'each team may be given once'),
      ),
  })
  .strict();
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

export const ComparedTeamSchema = z
  .object({
    teamId: IdSchema,
    name: z.string(),
    /** The latest closed round: its level, or withheld (never a level); null without one. */
    latest: DashboardLatestSchema.nullable(),
    /** The latest shown result's dimension scores; empty when it is withheld or absent. */
    dimensions: z.array(z.object({ id: DimensionIdSchema, score: z.number().nullable() }).strict()),
    /** The state of each practice of the practice model the result's questionnaire asks; empty without a shown engine-2 result. */
    practices: z.array(z.object({ practiceId: PracticeIdSchema, status: PracticeStatusSchema }).strict()),
    /** The first three steps of the result's roadmap (default targets), in order. */
    steps: z.array(RoadmapStepSchema).max(3),
  })
  .strict();
export type ComparedTeam = z.infer<typeof ComparedTeamSchema>;

export const ComparisonSchema = z.object({ teams: z.array(ComparedTeamSchema).min(COMPARE_MIN_TEAMS).max(COMPARE_MAX_TEAMS) }).strict();
export type Comparison = z.infer<typeof ComparisonSchema>;
