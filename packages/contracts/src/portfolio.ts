import { z } from 'zod';
import { IdSchema, RoleSchema, TimestampSchema, storableText } from './common.ts';
import { pageQueryWith, pageSchema } from './paging.ts';
import { LevelSchema } from './result.ts';
import { AnonymityThresholdSchema } from './workspaces.ts';

/** At most this many teams of a workspace are listed by name in its portfolio item; the rest are only counted. */
export const PORTFOLIO_TEAMS_LISTED = 10;

/** Part of a workspace's name, any case (`GET /workspaces` and `GET /portfolio`). */
export const WorkspaceNameFilterSchema = storableText(z.string().trim().min(1, 'q must not be empty').max(120, 'q must be at most 120 characters'));

/** `GET /workspaces` and `GET /portfolio`: the shared page query, optionally only names containing `q`. */
export const WorkspaceListQuerySchema = pageQueryWith({ q: WorkspaceNameFilterSchema.optional() });
export type WorkspaceListQuery = z.infer<typeof WorkspaceListQuerySchema>;

/**
 * A team's latest closed round in the portfolio: its level when the result may be shown, or
 * `withheld` (fewer submitted responses than the k frozen on that assessment: never a level).
 */
export const PortfolioLatestSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('shown'), closedAt: TimestampSchema, level: LevelSchema, levelMax: LevelSchema }).strict(),
  z
    .object({
      status: z.literal('withheld'),
      closedAt: TimestampSchema,
      /** Submitted responses, and the threshold k they fell short of. */
      respondents: z.number().int().nonnegative(),
      minimum: z.number().int().positive(),
    })
    .strict(),
]);
export type PortfolioLatest = z.infer<typeof PortfolioLatestSchema>;

/**
 * One workspace the caller belongs to, as their role there lets them see it (members: their own
 * teams only). Teams are the ones not archived, as on the workspace dashboard.
 */
export const PortfolioItemSchema = z
  .object({
    workspaceId: IdSchema,
    name: z.string(),
    role: RoleSchema,
    /** The workspace's anonymity threshold k now (each assessment keeps the k it opened with). */
    anonymityThreshold: AnonymityThresholdSchema,
    teams: z
      .object({
        /** Teams the caller may see. */
        total: z.number().int().nonnegative(),
        /** How many stand at each level by their latest closed round. */
        levels: z.array(z.object({ level: LevelSchema, teams: z.number().int().nonnegative() }).strict()).length(4),
        /** Latest closed round under its k: "not enough responses". */
        withheld: z.number().int().nonnegative(),
        /** No closed round yet. */
        noResult: z.number().int().nonnegative(),
        /** The first teams by name (at most PORTFOLIO_TEAMS_LISTED), each with its latest closed round (null: none). */
        listed: z
          .array(z.object({ teamId: IdSchema, name: z.string(), latest: PortfolioLatestSchema.nullable() }).strict())
          .max(PORTFOLIO_TEAMS_LISTED),
      })
      .strict(),
    /** Open assessments of those teams and their responses. */
    open: z
      .object({
        assessments: z.number().int().nonnegative(),
        /** Responses begun (submitted ones included), and of those submitted. */
        started: z.number().int().nonnegative(),
        submitted: z.number().int().nonnegative(),
        /** Open assessments with fewer submitted responses than their k: closed now, they would have no team result. */
        belowThreshold: z.number().int().nonnegative(),
      })
      .strict(),
    /**
     * The latest moment one of those teams' assessments was created, opened or closed, or a
     * response to an open one was saved; null when nothing happened yet.
     */
    lastActivityAt: TimestampSchema.nullable(),
  })
  .strict();
export type PortfolioItem = z.infer<typeof PortfolioItemSchema>;

/** `GET /portfolio`: the caller's workspaces by name, paged. */
export const PortfolioSchema = pageSchema(PortfolioItemSchema);
export type Portfolio = z.infer<typeof PortfolioSchema>;
