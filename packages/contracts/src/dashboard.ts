import { z } from 'zod';
import { CalendarDateSchema, IdSchema, TimestampSchema, storableText } from './common.ts';
import { pageSchema, PageQuerySchema } from './paging.ts';
import { LocalizedTextSchema } from './questionnaire.ts';
import { DimensionIdSchema, LevelSchema } from './result.ts';
import { OnTrackStateSchema } from './targets.ts';

export const DASHBOARD_SORTS = ['name', 'level', 'last_assessment', 'overdue_actions'] as const;
/** A level, a team whose latest round is withheld by the anonymity threshold, or one with no closed round. */
export const DASHBOARD_LEVEL_FILTERS = ['1', '2', '3', '4', 'withheld', 'none'] as const;
/** An on-track state, or a team without a target. */
export const DASHBOARD_TRACK_FILTERS = [...OnTrackStateSchema.options, 'no_target'] as const;

/**
 * `GET /workspaces/:w/dashboard`: the shared page query plus server-side sort and filters.
 * `sort` orders by name (A–Z), level (highest first), last assessment (newest first) or overdue
 * actions (most first); `order=asc|desc` reverses the default direction; name then id break ties.
 */
export const DashboardQuerySchema = PageQuerySchema.extend({
  sort: z.enum(DASHBOARD_SORTS, { message: `sort must be one of ${DASHBOARD_SORTS.join(', ')}` }).default('name'),
  order: z.enum(['asc', 'desc'], { message: 'order must be asc or desc' }).optional(),
  level: z.enum(DASHBOARD_LEVEL_FILTERS, { message: `level must be one of ${DASHBOARD_LEVEL_FILTERS.join(', ')}` }).optional(),
  onTrack: z.enum(DASHBOARD_TRACK_FILTERS, { message: `onTrack must be one of ${DASHBOARD_TRACK_FILTERS.join(', ')}` }).optional(),
  /** Part of the team's name, any case. */
  q: storableText(z.string().trim().max(120, 'q must be at most 120 characters')).optional(),
}).strict();
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

/** The team's latest closed round: its shown level, or withheld (fewer submitted responses than k): never a level. */
export const DashboardLatestSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('shown'),
      assessmentId: IdSchema,
      title: z.string(),
      closedAt: TimestampSchema,
      level: LevelSchema,
      levelMax: LevelSchema,
      respondents: z.number().int().nonnegative(),
    })
    .strict(),
  z
    .object({
      status: z.literal('withheld'),
      assessmentId: IdSchema,
      title: z.string(),
      closedAt: TimestampSchema,
      /** Submitted responses, and the threshold k they fell short of. */
      respondents: z.number().int().nonnegative(),
      minimum: z.number().int().positive(),
    })
    .strict(),
]);
export type DashboardLatest = z.infer<typeof DashboardLatestSchema>;

export const DashboardTeamSchema = z
  .object({
    teamId: IdSchema,
    name: z.string(),
    /** Null when the team has no closed assessment. */
    latest: DashboardLatestSchema.nullable(),
    /** The last 12 closed rounds, oldest first; level null where the result is withheld. */
    history: z.array(z.object({ assessmentId: IdSchema, closedAt: TimestampSchema, level: LevelSchema.nullable() }).strict()).max(12),
    /** The latest shown result's dimension scores (0–100, null: not enough answers); empty when the latest round is withheld or absent. */
    dimensions: z.array(z.object({ id: DimensionIdSchema, score: z.number().nullable() }).strict()),
    /** The team's target and how it stands (domain `targetProgress`, as on the team page); null without a target. */
    target: z.object({ level: LevelSchema, dueDate: CalendarDateSchema, state: OnTrackStateSchema }).strict().nullable(),
    /** Actions still to do (open or in progress), and of those the ones past their due date. */
    actions: z.object({ open: z.number().int().nonnegative(), overdue: z.number().int().nonnegative() }).strict(),
  })
  .strict();
export type DashboardTeam = z.infer<typeof DashboardTeamSchema>;

/** The paper's level distribution, only as it reports it (levels 2 and 4 combined), with base and provenance. */
export const PaperLevelsSchema = z
  .object({
    seriesId: z.string(),
    title: LocalizedTextSchema,
    base: z.number().int().positive(),
    source: z.string(),
    note: LocalizedTextSchema.nullable(),
    categories: z.array(
      z
        .object({
          id: z.string(),
          /** The levels the category counts: one, or several the paper does not report apart. */
          levels: z.array(LevelSchema).min(1),
          label: LocalizedTextSchema,
          count: z.number().int().nonnegative(),
          /** count / base, 0–100, one decimal. */
          percent: z.number(),
          status: z.enum(['reported', 'derived']),
          note: LocalizedTextSchema.nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type PaperLevels = z.infer<typeof PaperLevelsSchema>;

export const DashboardSchema = pageSchema(DashboardTeamSchema)
  .extend({
    /** Today in the workspace's time zone (overdue and on-track are judged on it). */
    today: CalendarDateSchema,
    timeZone: z.string(),
    /** Every team the caller may see (not archived), whatever the filters: how many stand at each level. */
    distribution: z
      .object({
        teams: z.number().int().nonnegative(),
        levels: z.array(z.object({ level: LevelSchema, teams: z.number().int().nonnegative() }).strict()).length(4),
        withheld: z.number().int().nonnegative(),
        noResult: z.number().int().nonnegative(),
      })
      .strict(),
    paper: PaperLevelsSchema,
  })
  .strict();
export type Dashboard = z.infer<typeof DashboardSchema>;
