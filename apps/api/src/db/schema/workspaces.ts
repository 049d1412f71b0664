import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const ROLE_CHECK = sql`in ('owner', 'admin', 'assessor', 'member', 'viewer')`;

export const workspaces = pgTable(
  'workspaces',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * k of the anonymity rule: below k submitted responses an assessment shows no team result;
     * with k ≥ 2 nobody reads another person's answers. Copied onto each assessment as it opens.
     */
    anonymityThreshold: smallint().notNull().default(3),
    /** Who last changed k, and when (null: never changed since the workspace was made). */
    anonymityChangedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    anonymityChangedAt: timestamp({ withTimezone: true }),
    /** IANA time zone name; due dates of targets and actions are calendar dates in it. */
    timeZone: text().notNull().default('UTC'),
    /**
     * The owner's consent that this workspace's latest closed results count, unattributed, in the
     * "Your clients" benchmark its consultants see in their other client workspaces. Off until
     * an owner turns it on (recorded in the audit trail).
     */
    clientBenchmark: boolean().notNull().default(false),
  },
  (t) => [
    index('workspaces_created_by_idx').on(t.createdBy),
    index('workspaces_anonymity_changed_by_idx').on(t.anonymityChangedBy),
    check('workspaces_anonymity_threshold_check', sql`${t.anonymityThreshold} between 1 and 10`),
  ],
);

/** A user's role in a workspace; one membership per user and workspace (the primary key). */
export const memberships = pgTable(
  'memberships',
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    index('memberships_user_id_idx').on(t.userId),
    check('memberships_role_check', sql`${t.role} ${ROLE_CHECK}`),
  ],
);
