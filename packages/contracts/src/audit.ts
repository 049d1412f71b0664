import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageQueryWith, pageSchema } from './paging.ts';

/** What an audit event records; never the contents of answers. */
export const AUDIT_ACTIONS = [
  'auth.sign_in_failed', // a wrong password for a member's account (recorded in each of their workspaces)
  'workspace.renamed',
  'workspace.anonymity_changed',
  'workspace.time_zone_changed',
  'workspace.client_benchmark_changed', // the owner's consent to the "Your clients" benchmark, before and after
  'member.role_changed',
  'member.removed',
  'member.left',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'respondent_link.created',
  'respondent_link.revoked',
  'respondent_link.reissued',
  'assessment.opened',
  'assessment.closed',
  'assessment.reopened',
  'results.exported', // a team result downloaded as JSON or CSV
  'results.recomputed', // a team result computed again with the current engine (engine versions from and to)
  'audit.exported',
  'workspace.exported',
  'target.set', // a team's target set or changed (level, practice targets, due date before and after)
  'target.cleared',
  'action.created',
  'action.updated', // the fields changed, with status before and after
  'action.deleted',
  'account.deleted', // a member deleted their account (recorded in each of their workspaces first)
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z
  .object({
    /** Increasing with time: the list's order. */
    id: z.string(),
    occurredAt: TimestampSchema,
    action: AuditActionSchema,
    /** Who: null for a deleted account (its events stay, anonymous). */
    actor: z.object({ userId: IdSchema, name: z.string(), email: z.string() }).strict().nullable(),
    target: z.object({ type: z.string(), id: z.string() }).strict().nullable(),
    /** Facts of the event (a role before and after, an export's format); never answers. */
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    /** From where: the client address as the app saw it (see TRUST_PROXY). */
    ip: z.string().nullable(),
  })
  .strict();
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/**
 * The shared page query (`limit`, `cursor`: see paging.ts), newest first; pass `nextCursor` back as
 * `cursor` with the same filters. Filters: one kind of event (`action`), and a time range `from`
 * (included) to `to` (excluded), ISO timestamps with an offset (a page turns a local day into its
 * midnights).
 */
export const AuditListQuerySchema = pageQueryWith({
  action: AuditActionSchema.optional(),
  from: TimestampSchema.optional(),
  to: TimestampSchema.optional(),
}).refine((query) => query.from === undefined || query.to === undefined || Date.parse(query.from) < Date.parse(query.to), {
  path: ['to'],
  message: '`to` must be later than `from`',
});
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

/** A page of the trail; `total` counts the events with the same filters. */
export const AuditPageSchema = pageSchema(AuditEventSchema);
export type AuditPage = z.infer<typeof AuditPageSchema>;
