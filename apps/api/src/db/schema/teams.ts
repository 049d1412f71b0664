import { foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { memberships, workspaces } from './workspaces.ts';

export const teams = pgTable(
  'teams',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Archived teams keep their history but leave the default list. */
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // Target of composite foreign keys: a child row's workspace is always its team's workspace.
    unique('teams_workspace_id_id_unique').on(t.workspaceId, t.id),
    // The team list's order (name, id): keyset pages.
    index('teams_workspace_id_name_id_idx').on(t.workspaceId, t.name, t.id),
  ],
);

/** Which members belong to which team (members see their teams' results). */
export const teamMembers = pgTable(
  'team_members',
  {
    workspaceId: uuid().notNull(),
    teamId: uuid().notNull(),
    userId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.userId] }),
    foreignKey({ columns: [t.workspaceId, t.teamId], foreignColumns: [teams.workspaceId, teams.id] }).onDelete('cascade'),
    // Leaving the workspace removes the user from its teams.
    foreignKey({ columns: [t.workspaceId, t.userId], foreignColumns: [memberships.workspaceId, memberships.userId] }).onDelete(
      'cascade',
    ),
    index('team_members_workspace_id_team_id_idx').on(t.workspaceId, t.teamId),
    index('team_members_workspace_id_user_id_idx').on(t.workspaceId, t.userId),
  ],
);
