import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Answers } from '@assay/domain';
import type { StoredResultDto } from '@assay/contracts';
import { users } from './users.ts';
import { assessments, respondentLinks } from './assessments.ts';

/**
 * One respondent's answers to one assessment. A respondent is a user (one response per user and
 * assessment: unique key) or a guest who came through a respondent link and holds an access key
 * (stored as a SHA-256 hash); never both. Neither only for a submitted response whose account was
 * deleted, kept as an anonymous contribution to its team's results.
 */
export const responses = pgTable(
  'responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid().notNull(),
    assessmentId: uuid().notNull(),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    respondentLinkId: uuid().references(() => respondentLinks.id, { onDelete: 'set null' }),
    guestName: text(),
    accessKeyHash: text().unique('responses_access_key_hash_unique'),
    answers: jsonb().$type<Answers>().notNull().default({}),
    /** +1 on every save that changes an answer. */
    revision: integer().notNull().default(0),
    status: text().notNull().default('in_progress'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    /** The person's previous submitted response this one was prefilled from (null: started empty). */
    prefilledFromResponseId: uuid().references((): AnyPgColumn => responses.id, { onDelete: 'set null' }),
    /**
     * Questions answered by the prefill that the person has not yet confirmed or changed (a save
     * of a question or confirming its section removes it). A submit is refused while any of them
     * is shown and answered.
     */
    prefilledQuestionIds: text().array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    unique('responses_workspace_id_id_unique').on(t.workspaceId, t.id),
    unique('responses_assessment_id_user_id_unique').on(t.assessmentId, t.userId),
    foreignKey({ columns: [t.workspaceId, t.assessmentId], foreignColumns: [assessments.workspaceId, assessments.id] }).onDelete(
      'cascade',
    ),
    index('responses_workspace_id_assessment_id_created_at_id_idx').on(t.workspaceId, t.assessmentId, t.createdAt, t.id),
    index('responses_user_id_idx').on(t.userId),
    index('responses_respondent_link_id_idx').on(t.respondentLinkId),
    index('responses_prefilled_from_response_id_idx').on(t.prefilledFromResponseId),
    check(
      'responses_respondent_check',
      sql`(${t.userId} is null or ${t.accessKeyHash} is null) and (${t.userId} is not null or ${t.accessKeyHash} is not null or ${t.status} = 'submitted')`,
    ),
    check('responses_status_check', sql`${t.status} in ('in_progress', 'submitted')`),
    check('responses_submitted_at_check', sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
    check('responses_answers_object_check', sql`jsonb_typeof(${t.answers}) = 'object'`),
  ],
);

/** The individual result of a submitted response (scoreResponse), with the engine version. */
export const responseResults = pgTable(
  'response_results',
  {
    responseId: uuid().primaryKey(),
    workspaceId: uuid().notNull(),
    assessmentId: uuid().notNull(),
    engineVersion: text().notNull(),
    questionnaireId: text().notNull(),
    level: smallint().notNull(),
    result: jsonb().$type<StoredResultDto>().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.responseId], foreignColumns: [responses.workspaceId, responses.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.assessmentId], foreignColumns: [assessments.workspaceId, assessments.id] }).onDelete(
      'cascade',
    ),
    index('response_results_workspace_id_assessment_id_idx').on(t.workspaceId, t.assessmentId),
    check('response_results_level_check', sql`${t.level} between 1 and 4`),
  ],
);
