import { z } from 'zod';
import { IdSchema, NameSchema, RoleSchema, TimeZoneSchema, TimestampSchema } from './common.ts';
import { pageSchema } from './paging.ts';

/** The anonymity threshold k: fewest submitted responses for a team result (1–10, default 3). */
export const AnonymityThresholdSchema = z.number().int().min(1).max(10);

/**
 * A workspace as seen by one of its members: `role` is the caller's role in it. `anonymityThreshold`
 * is k, copied onto each assessment as it opens: below k submitted responses an assessment shows
 * no team result, and with k ≥ 2 nobody reads another person's answers; `anonymityChange` says who
 * last changed it and when (null: never changed).
 */
export const WorkspaceSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    role: RoleSchema,
    createdAt: TimestampSchema,
    anonymityThreshold: AnonymityThresholdSchema,
    anonymityChange: z.object({ at: TimestampSchema, by: z.string().nullable() }).strict().nullable(),
    /** IANA time zone (default `UTC`): due dates of targets and actions are calendar dates in it. */
    timeZone: z.string(),
    /**
     * The owner's consent (default off; only owners change it, recorded) that this workspace's
     * latest closed results count, unattributed, in the "Your clients" benchmark its consultants
     * see in their other client workspaces (`GET …/client-benchmark`).
     */
    clientBenchmark: z.boolean(),
  })
  .strict();
export type Workspace = z.infer<typeof WorkspaceSchema>;

/** `GET /workspaces`: the caller's workspaces by name, paged. */
export const WorkspaceListSchema = pageSchema(WorkspaceSchema);
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;

export const CreateWorkspaceBodySchema = z.object({ name: NameSchema }).strict();
export type CreateWorkspaceBody = z.infer<typeof CreateWorkspaceBodySchema>;

/** Rename, change k (recorded with who and when), the time zone or (owners only) the client-benchmark consent; at least one of them. */
export const UpdateWorkspaceBodySchema = z
  .object({
    name: NameSchema.optional(),
    anonymityThreshold: AnonymityThresholdSchema.optional(),
    timeZone: TimeZoneSchema.optional(),
    clientBenchmark: z.boolean().optional(),
  })
  .strict()
  .refine((body) => body.name !== undefined || body.anonymityThreshold !== undefined || body.timeZone !== undefined || body.clientBenchmark !== undefined, {
    message: 'Send a name, an anonymityThreshold, a timeZone, a clientBenchmark, or several of them.',
  });
export type UpdateWorkspaceBody = z.infer<typeof UpdateWorkspaceBodySchema>;

export const WorkspaceParamsSchema = z.object({ workspaceId: IdSchema }).strict();
export type WorkspaceParams = z.infer<typeof WorkspaceParamsSchema>;

/** A member of a workspace, with the teams they belong to (members see those teams' results). */
export const MemberSchema = z
  .object({
    userId: IdSchema,
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    joinedAt: TimestampSchema,
    teamIds: z.array(IdSchema),
  })
  .strict();
export type Member = z.infer<typeof MemberSchema>;

/** By name, paged. */
export const MemberListSchema = pageSchema(MemberSchema);
export type MemberList = z.infer<typeof MemberListSchema>;

export const MemberParamsSchema = z.object({ workspaceId: IdSchema, userId: IdSchema }).strict();
export type MemberParams = z.infer<typeof MemberParamsSchema>;

/** Only an owner may make someone owner or change an owner's role; a workspace always keeps one owner. */
export const UpdateMemberBodySchema = z.object({ role: RoleSchema }).strict();
export type UpdateMemberBody = z.infer<typeof UpdateMemberBodySchema>;

/** A secret handed out once (invitation link, respondent link, guest response key); stored hashed. */
export const TokenSchema = z.string().min(20).max(200);

export const CreateInvitationBodySchema = z
  .object({
    role: RoleSchema,
    /** Accepting also adds the new member to this team. */
    teamId: IdSchema.optional(),
    /** Days until the link stops working, 1–30 (default 7). */
    expiresInDays: z.number().int().min(1).max(30).optional(),
  })
  .strict();
export type CreateInvitationBody = z.infer<typeof CreateInvitationBodySchema>;

/** An invitation link, single use. */
export const InvitationSchema = z
  .object({
    id: IdSchema,
    role: RoleSchema,
    teamId: IdSchema.nullable(),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema,
    acceptedAt: TimestampSchema.nullable(),
    revokedAt: TimestampSchema.nullable(),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  })
  .strict();
export type Invitation = z.infer<typeof InvitationSchema>;

/** Newest first, paged. */
export const InvitationListSchema = pageSchema(InvitationSchema);
export type InvitationList = z.infer<typeof InvitationListSchema>;

/**
 * The token is shown once; the web app turns it into a link (e.g. `/join/<token>`) and sends
 * it back in a body (never in a URL path the server logs).
 */
export const InvitationCreatedSchema = z.object({ invitation: InvitationSchema, token: z.string() }).strict();
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

export const InvitationParamsSchema = z.object({ workspaceId: IdSchema, invitationId: IdSchema }).strict();
export type InvitationParams = z.infer<typeof InvitationParamsSchema>;

export const InvitationTokenBodySchema = z.object({ token: TokenSchema }).strict();
export type InvitationTokenBody = z.infer<typeof InvitationTokenBodySchema>;

/** `POST /api/v1/invitations/lookup`: what the link offers, without signing in. */
export const InvitationPreviewSchema = z
  .object({ workspaceName: z.string(), role: RoleSchema, teamName: z.string().nullable(), expiresAt: TimestampSchema })
  .strict();
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const InvitationAcceptedSchema = z.object({ workspace: WorkspaceSchema }).strict();
export type InvitationAccepted = z.infer<typeof InvitationAcceptedSchema>;

/** Deleting a workspace: its current name typed again, exactly, as it cannot be undone. */
export const DeleteWorkspaceBodySchema = z.object({ confirmName: z.string().min(1).max(200) }).strict();
export type DeleteWorkspaceBody = z.infer<typeof DeleteWorkspaceBodySchema>;
