import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';
import { ROLE_CHECK, workspaces } from './workspaces.ts';
import { teams } from './teams.ts';

/** Single-use invitation links; the token is stored as a SHA-256 hash. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    /** Accepting also adds the user to this team (of the same workspace: composite key). */
    teamId: uuid(),
    tokenHash: text().notNull().unique('invitations_token_hash_unique'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.teamId], foreignColumns: [teams.workspaceId, teams.id] }).onDelete('cascade'),
    index('invitations_workspace_id_created_at_id_idx').on(t.workspaceId, t.createdAt, t.id),
    index('invitations_workspace_id_team_id_idx').on(t.workspaceId, t.teamId),
    index('invitations_created_by_idx').on(t.createdBy),
    index('invitations_accepted_by_idx').on(t.acceptedBy),
    check('invitations_role_check', sql`${t.role} ${ROLE_CHECK}`),
  ],
);
