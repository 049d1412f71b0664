import { sql } from 'drizzle-orm';
import { boolean, check, type AnyPgColumn, foreignKey, index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { StoredResultDto } from '@assay/contracts';
import { users } from './users.ts';
import type { ResultDigest } from '../../lib/digest.ts';
import { workspaces } from './workspaces.ts';
import { teams } from './teams.ts';

/** One run of a questionnaire for one team: draft → open → closed (→ open again on reopen). */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    teamId: uuid().notNull(),
    title: text().notNull(),
    /** Pinned at creation, e.g. `amorim-2023@2`. */
    questionnaireId: text().notNull(),
    status: text().notNull().default('draft'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    /**
     * The workspace's anonymity threshold k, frozen when the assessment opens (a draft follows
     * the workspace). Below k submitted responses it has no team result; k = 1 is attributed.
     */
    anonymityThreshold: smallint().notNull().default(3),
    /**
     * Chosen at creation: each member's response starts from their previous submitted response
     * in this team (through the questionnaire mapping), marked until they confirm or change it.
     */
    prefill: boolean().notNull().default(false),
  },
  (t) => [
    unique('assessments_workspace_id_id_unique').on(t.workspaceId, t.id),
    foreignKey({ columns: [t.workspaceId, t.teamId], foreignColumns: [teams.workspaceId, teams.id] }).onDelete('cascade'),
    // The lists' order (newest first): keyset pages of the workspace and of a team.
    index('assessments_workspace_id_created_at_id_idx').on(t.workspaceId, t.createdAt, t.id),
    index('assessments_workspace_id_team_id_created_at_id_idx').on(t.workspaceId, t.teamId, t.createdAt, t.id),
    index('assessments_created_by_idx').on(t.createdBy),
    // A team's latest closed round (dashboard, portfolio) is one entry of this, not every round
    // of the team read and sorted; a team's open rounds (portfolio) likewise. Partial: small.
    index('assessments_closed_latest_idx').on(t.workspaceId, t.teamId, t.closedAt, t.id).where(sql`${t.status} = 'closed'`),
    index('assessments_open_idx').on(t.workspaceId, t.teamId).where(sql`${t.status} = 'open'`),
    check('assessments_status_check', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('assessments_closed_at_check', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check('assessments_opened_at_check', sql`(${t.status} = 'draft') = (${t.openedAt} is null)`),
    check('assessments_anonymity_threshold_check', sql`${t.anonymityThreshold} between 1 and 10`),
  ],
);

/**
 * Account-free links to answer an assessment as a guest; the token is stored as a SHA-256 hash.
 * `shared`: anyone holding it starts a response of their own. `personal`: one named respondent
 * (label: a name or an email), one response; starting again resumes it. A personal link is
 * reissued (a reminder) by revoking it and creating its successor (`replacedById`), to which its
 * response moves.
 */
export const respondentLinks = pgTable(
  'respondent_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid().notNull(),
    assessmentId: uuid().notNull(),
    kind: text().notNull().default('shared'),
    label: text(),
    /** The personal link that replaced this one when it was reissued (this one is then revoked). */
    replacedById: uuid().references((): AnyPgColumn => respondentLinks.id, { onDelete: 'set null' }),
    tokenHash: text().notNull().unique('respondent_links_token_hash_unique'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.assessmentId], foreignColumns: [assessments.workspaceId, assessments.id] }).onDelete(
      'cascade',
    ),
    index('respondent_links_workspace_id_assessment_id_created_at_id_idx').on(t.workspaceId, t.assessmentId, t.createdAt, t.id),
    index('respondent_links_created_by_idx').on(t.createdBy),
    index('respondent_links_replaced_by_id_idx').on(t.replacedById),
    check('respondent_links_kind_check', sql`${t.kind} in ('shared', 'personal')`),
    check('respondent_links_personal_label_check', sql`${t.kind} = 'shared' or ${t.label} is not null`),
    check('respondent_links_replaced_check', sql`${t.replacedById} is null or (${t.kind} = 'personal' and ${t.revokedAt} is not null)`),
  ],
);

/**
 * The team result of a closed assessment (aggregateTeam over its submitted responses), with the
 * engine and questionnaire versions that produced it. Exists exactly while the assessment is closed.
 */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    assessmentId: uuid().primaryKey(),
    workspaceId: uuid().notNull(),
    teamId: uuid().notNull(),
    engineVersion: text().notNull(),
    questionnaireId: text().notNull(),
    level: smallint().notNull(),
    levelMax: smallint().notNull(),
    respondents: integer().notNull(),
    /** As the engine of `engineVersion` computed it (engine 1.x results keep their shape). */
    result: jsonb().$type<StoredResultDto>().notNull(),
    /**
     * The few parts of `result` the dashboard reads for every team (`ResultDigest`), written with
     * it: small enough to stay inline, so listing 200 teams never decompresses 200 whole results.
     */
    digest: jsonb().$type<ResultDigest>(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when an owner or admin had the result recomputed with a newer engine: when, by whom (the
     * name kept as it was then, so it outlives the account) and the engine version it replaced.
     */
    recomputedAt: timestamp({ withTimezone: true }),
    recomputedBy: uuid(),
    recomputedByName: text(),
    previousEngineVersion: text(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.assessmentId], foreignColumns: [assessments.workspaceId, assessments.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.workspaceId, t.teamId], foreignColumns: [teams.workspaceId, teams.id] }).onDelete('cascade'),
    index('assessment_results_workspace_id_team_id_idx').on(t.workspaceId, t.teamId),
    check(
      'assessment_results_recomputed_check',
      sql`(${t.recomputedAt} is null) = (${t.previousEngineVersion} is null) and (${t.recomputedAt} is null) = (${t.recomputedByName} is null)`,
    ),
    check('assessment_results_level_check', sql`${t.level} between 1 and 4 and ${t.levelMax} between ${t.level} and 4`),
  ],
);
