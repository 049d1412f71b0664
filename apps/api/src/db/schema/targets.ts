import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { assessments } from './assessments.ts';
import { teams } from './teams.ts';
import { users } from './users.ts';

/**
 * A team's target (one per team): the level it should reach, optionally its own target states for
 * chosen practices (they replace the practice model's defaults in the roadmap), and the due date —
 * a calendar date in the workspace's time zone.
 */
export const teamTargets = pgTable(
  'team_targets',
  {
    workspaceId: uuid().notNull(),
    teamId: uuid().notNull(),
    level: smallint().notNull(),
    /** Practice id → `manual` | `automated` (validated by the contract). */
    practices: jsonb().$type<Record<string, 'manual' | 'automated'>>().notNull().default({}),
    dueDate: date({ mode: 'string' }).notNull(),
    setBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.teamId] }),
    foreignKey({ columns: [t.workspaceId, t.teamId], foreignColumns: [teams.workspaceId, teams.id] }).onDelete('cascade'),
    index('team_targets_set_by_idx').on(t.setBy),
    check('team_targets_level_check', sql`${t.level} between 1 and 4`),
  ],
);

/**
 * Work agreed on a team's gap: a roadmap step (`target_kind` practice: `target_id` the practice id,
 * `target_state` the state the step asked for) or a gap of a result (`target_kind` gap:
 * `target_id` the gap id), from the team result of `assessment_id`. The next closed round of the
 * team says whether the gap closed (computed on read, never stored).
 */
export const actions = pgTable(
  'actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid().notNull(),
    teamId: uuid().notNull(),
    assessmentId: uuid().notNull(),
    title: text().notNull(),
    /** A workspace member when assigned; null once that account is deleted. */
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    dueDate: date({ mode: 'string' }).notNull(),
    status: text().notNull().default('open'),
    notes: text().notNull().default(''),
    targetKind: text().notNull(),
    targetId: text().notNull(),
    targetState: text(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.teamId], foreignColumns: [teams.workspaceId, teams.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.assessmentId], foreignColumns: [assessments.workspaceId, assessments.id] }).onDelete('cascade'),
    // The team's list, newest first (its cursor is created_at + id).
    index('actions_workspace_id_team_id_created_at_idx').on(t.workspaceId, t.teamId, t.createdAt, t.id),
    index('actions_workspace_id_assessment_id_idx').on(t.workspaceId, t.assessmentId),
    index('actions_owner_id_idx').on(t.ownerId),
    index('actions_created_by_idx').on(t.createdBy),
    check('actions_status_check', sql`${t.status} in ('open', 'in_progress', 'done', 'dropped')`),
    check(
      'actions_target_check',
      sql`(${t.targetKind} = 'practice' and ${t.targetState} in ('manual', 'automated')) or (${t.targetKind} = 'gap' and ${t.targetState} is null)`,
    ),
  ],
);
