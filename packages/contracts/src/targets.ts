import { z } from 'zod';
import { CalendarDateSchema, IdSchema, NameSchema, TimestampSchema, storableText } from './common.ts';
import { pageQueryWith, pageSchema, sortParam } from './paging.ts';
import { LocalizedTextSchema } from './questionnaire.ts';
import { EvidenceSchema, LevelSchema, PracticeIdSchema, RoadmapStepSchema, TargetStateSchema } from './result.ts';

/** A team target's level: 2, 3 or 4 (every team holds level 1). */
export const TargetLevelSchema = z
  .number()
  .int('level must be 2, 3 or 4')
  .min(2, 'level must be 2, 3 or 4 (every team already holds level 1)')
  .max(4, 'level must be 2, 3 or 4');

/** The team's own target states, by practice id (stable across questionnaire versions). */
export const PracticeTargetsSchema = z.partialRecord(PracticeIdSchema, TargetStateSchema);
export type PracticeTargetsDto = z.infer<typeof PracticeTargetsSchema>;

export const SetTeamTargetBodySchema = z
  .object({
    level: TargetLevelSchema,
    practices: PracticeTargetsSchema.default({}),
    /** A calendar date in the workspace's time zone; due at the end of that day. */
    dueDate: CalendarDateSchema,
  })
  .strict();
export type SetTeamTargetBody = z.infer<typeof SetTeamTargetBodySchema>;

export const PersonSchema = z.object({ userId: IdSchema, name: z.string() }).strict();
export type Person = z.infer<typeof PersonSchema>;

export const TeamTargetSchema = z
  .object({
    teamId: IdSchema,
    level: LevelSchema,
    practices: PracticeTargetsSchema,
    dueDate: CalendarDateSchema,
    setAt: TimestampSchema,
    /** Null once that account is deleted. */
    setBy: PersonSchema.nullable(),
  })
  .strict();
export type TeamTarget = z.infer<typeof TeamTargetSchema>;

export const OnTrackStateSchema = z.enum(['met', 'on_track', 'at_risk', 'overdue', 'no_result']);
export type OnTrackStateDto = z.infer<typeof OnTrackStateSchema>;

export const TargetConditionSchema = z
  .object({
    gateId: z.string(),
    level: LevelSchema,
    title: LocalizedTextSchema,
    requirement: LocalizedTextSchema,
    status: z.enum(['failed', 'unknown', 'unanswered']),
    effort: z.enum(['S', 'M', 'L']),
  })
  .strict();

/** How the team stands against its target (packages/domain README "Targets"). */
export const TargetProgressSchema = z
  .object({
    state: OnTrackStateSchema,
    /** Today in the workspace's time zone, and that zone. */
    today: CalendarDateSchema,
    timeZone: z.string(),
    /** The latest team result judged by; null when the team has none (or none shown). */
    basedOn: z
      .object({ assessmentId: IdSchema, title: z.string(), closedAt: TimestampSchema, level: LevelSchema, levelMax: LevelSchema })
      .strict()
      .nullable(),
    /** The roadmap steps between that result and the target, in order. */
    steps: z.array(RoadmapStepSchema),
    /** Gates of the target's levels that no step takes the team through. */
    conditions: z.array(TargetConditionSchema),
    /** Practices with a team target that the result's questionnaire does not ask. */
    notAsked: z.array(PracticeIdSchema),
    /** Calendar days of work left; days from today to the due date (negative once past). */
    remainingDays: z.number().int().nonnegative(),
    daysLeft: z.number().int(),
  })
  .strict();
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

/** A team's target (null: none set) and, when set, how the team stands against it. */
export const TeamTargetViewSchema = z.object({ target: TeamTargetSchema.nullable(), progress: TargetProgressSchema.nullable() }).strict();
export type TeamTargetView = z.infer<typeof TeamTargetViewSchema>;

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatusDto = z.infer<typeof ActionStatusSchema>;

/** A gap id of a result, e.g. `blocker:l3.serving`, `hotspot:data_problems.insufficient_data`. */
export const GapIdSchema = z
  .string()
  .max(160)
  .regex(/^(blocker|foundation|hotspot|inconsistency):[a-z0-9_.]+$/, 'must be a gap id of the result, e.g. blocker:l3.serving or hotspot:data_problems.insufficient_data');

/** What a new action works on: a roadmap step of the result (by practice) or one of its gaps. */
export const ActionTargetInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('practice'), practiceId: PracticeIdSchema }).strict(),
  z.object({ kind: z.literal('gap'), gapId: GapIdSchema }).strict(),
]);

/** As stored: a practice step keeps the state it asked for. */
export const ActionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('practice'), practiceId: PracticeIdSchema, state: TargetStateSchema }).strict(),
  z.object({ kind: z.literal('gap'), gapId: z.string() }).strict(),
]);
export type ActionTargetDto = z.infer<typeof ActionTargetSchema>;

export const ActionTitleSchema = NameSchema;
export const ActionNotesSchema = storableText(z.string().max(4000, 'notes must be at most 4000 characters'));

export const CreateActionBodySchema = z
  .object({
    /** The closed assessment whose team result holds the step or gap. */
    assessmentId: IdSchema,
    target: ActionTargetInputSchema,
    title: ActionTitleSchema,
    /** A member of the workspace. */
    ownerId: IdSchema,
    dueDate: CalendarDateSchema,
    notes: ActionNotesSchema.default(''),
  })
  .strict();
export type CreateActionBody = z.infer<typeof CreateActionBodySchema>;

/** Managers change any field; the member who owns the action changes `status` and `notes` only. */
export const UpdateActionBodySchema = z
  .object({
    title: ActionTitleSchema.optional(),
    ownerId: IdSchema.optional(),
    dueDate: CalendarDateSchema.optional(),
    status: ActionStatusSchema.optional(),
    notes: ActionNotesSchema.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Send at least one of title, ownerId, dueDate, status, notes.');
export type UpdateActionBody = z.infer<typeof UpdateActionBodySchema>;

/**
 * Whether the gap closed, judged on the team's latest closed round after the action was created
 * (packages/domain README "Actions"); null until there is one.
 */
export const ActionClosureSchema = z
  .object({
    assessmentId: IdSchema,
    title: z.string(),
    closedAt: TimestampSchema,
    outcome: z.enum(['closed', 'open', 'not_judged']),
    because: z.enum(['dont_know', 'not_answered', 'not_asked']).nullable(),
    doneButOpen: z.boolean(),
    evidence: z.array(EvidenceSchema),
  })
  .strict();
export type ActionClosureDto = z.infer<typeof ActionClosureSchema>;

export const ActionSchema = z
  .object({
    id: IdSchema,
    teamId: IdSchema,
    assessmentId: IdSchema,
    title: z.string(),
    target: ActionTargetSchema,
    /** Null once that account is deleted. */
    owner: PersonSchema.nullable(),
    dueDate: CalendarDateSchema,
    status: ActionStatusSchema,
    notes: z.string(),
    /** Open or in progress and its due date is before today (workspace time zone). */
    overdue: z.boolean(),
    closure: ActionClosureSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .strict();
export type Action = z.infer<typeof ActionSchema>;

/**
 * How a team's actions are ordered: `created` newest first (the default), `due` the soonest due
 * first (overdue ones lead), `status` open, then in progress, done, dropped, each soonest due
 * first. The id breaks ties.
 */
export const ACTION_SORTS = ['created', 'due', 'status'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/** `GET …/teams/:t/actions`: the shared page query, in the order `sort` asks. */
export const ActionListQuerySchema = pageQueryWith({ sort: sortParam(ACTION_SORTS, 'created') });
export type ActionListQuery = z.infer<typeof ActionListQuerySchema>;

/** In the order the query's `sort` asks. */
export const ActionPageSchema = pageSchema(ActionSchema);
export type ActionPage = z.infer<typeof ActionPageSchema>;

export const ActionParamsSchema = z.object({ workspaceId: IdSchema, teamId: IdSchema, actionId: IdSchema }).strict();
export type ActionParams = z.infer<typeof ActionParamsSchema>;
