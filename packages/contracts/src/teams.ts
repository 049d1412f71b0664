import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from './common.ts';
import { pageQueryWith, pageSchema } from './paging.ts';
import { LevelSchema } from './result.ts';

/** The latest closed assessment of a team, with its team level. */
export const TeamLatestSchema = z
  .object({
    assessmentId: IdSchema,
    title: z.string(),
    level: LevelSchema,
    /** Level with every "don't know" scored as present; above `level` when they could flip a gate. */
    levelMax: LevelSchema,
    closedAt: TimestampSchema,
  })
  .strict();
export type TeamLatest = z.infer<typeof TeamLatestSchema>;

export const TeamSchema = z
  .object({
    id: IdSchema,
    workspaceId: IdSchema,
    name: z.string(),
    archived: z.boolean(),
    createdAt: TimestampSchema,
    latest: TeamLatestSchema.nullable(),
    /** Level of the closed assessment before the latest one; null when there is none. */
    previousLevel: LevelSchema.nullable(),
    /** `latest.level` against `previousLevel`; null with fewer than two closed assessments. */
    trend: z.enum(['up', 'down', 'steady']).nullable(),
  })
  .strict();
export type Team = z.infer<typeof TeamSchema>;

/** `GET /workspaces/:w/teams`: by name, paged. */
export const TeamListSchema = pageSchema(TeamSchema);
export type TeamList = z.infer<typeof TeamListSchema>;

export const TeamListQuerySchema = pageQueryWith({ includeArchived: z.enum(['true', 'false']).optional() });
export type TeamListQuery = z.infer<typeof TeamListQuerySchema>;

export const CreateTeamBodySchema = z.object({ name: NameSchema }).strict();
export type CreateTeamBody = z.infer<typeof CreateTeamBodySchema>;

/** Rename and/or archive (or unarchive); at least one field. */
export const UpdateTeamBodySchema = z
  .object({ name: NameSchema.optional(), archived: z.boolean().optional() })
  .strict()
  .refine((body) => body.name !== undefined || body.archived !== undefined, 'give name and/or archived');
export type UpdateTeamBody = z.infer<typeof UpdateTeamBodySchema>;

export const TeamParamsSchema = z.object({ workspaceId: IdSchema, teamId: IdSchema }).strict();
export type TeamParams = z.infer<typeof TeamParamsSchema>;

export const TeamMemberParamsSchema = z.object({ workspaceId: IdSchema, teamId: IdSchema, userId: IdSchema }).strict();
export type TeamMemberParams = z.infer<typeof TeamMemberParamsSchema>;
