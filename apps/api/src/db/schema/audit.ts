import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

/**
 * The workspace's audit trail: security-relevant events (sign-in failures of its members, role
 * changes, invitations, respondent links, exports, assessments closed and reopened, settings).
 * Who (`actor_user_id`; null once that account is deleted), what (`action`, `target_*`, `details`:
 * never answer contents), when, and from where (`ip`). `id` grows with time: the list's cursor.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    details: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    ip: text(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('audit_events_actor_user_id_idx').on(t.actorUserId)],
);

/**
 * Workspaces that were deleted: kept outside them (no foreign key), so the deletion itself stays
 * on record after every row of the workspace, its audit trail included, is gone.
 */
export const deletedWorkspaces = pgTable(
  'deleted_workspaces',
  {
    workspaceId: uuid().primaryKey(),
    name: text().notNull(),
    deletedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    deletedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
    /** What was deleted, counted (teams, assessments, responses, members, audit events). */
    counts: jsonb().$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [index('deleted_workspaces_deleted_by_idx').on(t.deletedBy)],
);
