import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Answers, Result } from '@assay/domain';
import { resultDto } from '../../lib/dto.ts';
import { resultDigest } from '../../lib/digest.ts';
import type { Database } from '../../db/client.ts';
import { countAll, keysetQuery, type Keyset } from '../../lib/paging.ts';
import { assessmentResults, assessments, responseResults, responses } from '../../db/schema/index.ts';

/** The answers of every submitted response of an assessment, oldest submission first. */
export async function listSubmittedAnswers(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<Answers[]> {
  const rows = await db
    .select({ answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.assessmentId, params.assessmentId), eq(responses.status, 'submitted')))
    .orderBy(asc(responses.submittedAt), asc(responses.id));
  return rows.map((row) => row.answers);
}

/** The columns of a team result that come from the result itself. */
function scoredColumns(result: Result, computedAt: Date) {
  return {
    engineVersion: result.engineVersion,
    questionnaireId: result.questionnaireId,
    level: result.level,
    levelMax: result.confidence.max,
    respondents: result.respondents,
    result: resultDto(result),
    digest: resultDigest(result),
    computedAt,
  };
}

export async function upsertAssessmentResult(
  db: Database,
  params: { workspaceId: string; assessmentId: string; teamId: string; result: Result; computedAt: Date },
): Promise<void> {
  const values = { workspaceId: params.workspaceId, assessmentId: params.assessmentId, teamId: params.teamId, ...scoredColumns(params.result, params.computedAt) };
  // A fresh close computes a fresh result: no recompute is recorded on it.
  const fresh = { ...values, recomputedAt: null, recomputedBy: null, recomputedByName: null, previousEngineVersion: null };
  await db.insert(assessmentResults).values(fresh).onConflictDoUpdate({ target: assessmentResults.assessmentId, set: fresh });
}

/** Replaces a stored team result with one computed again, recording when, by whom and what it replaced. */
export async function replaceAssessmentResult(
  db: Database,
  params: {
    workspaceId: string;
    assessmentId: string;
    result: Result;
    computedAt: Date;
    recomputedBy: string;
    recomputedByName: string;
    previousEngineVersion: string;
  },
): Promise<void> {
  await db
    .update(assessmentResults)
    .set({
      ...scoredColumns(params.result, params.computedAt),
      recomputedAt: params.computedAt,
      recomputedBy: params.recomputedBy,
      recomputedByName: params.recomputedByName,
      previousEngineVersion: params.previousEngineVersion,
    })
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), eq(assessmentResults.assessmentId, params.assessmentId)));
}

export async function deleteAssessmentResult(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<void> {
  await db
    .delete(assessmentResults)
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), eq(assessmentResults.assessmentId, params.assessmentId)));
}

/**
 * The anonymity rule on every read of a team result: shown only when it counts at least the
 * assessment's frozen threshold k of respondents. Closing below k stores none; this also keeps
 * back results stored before the rule existed.
 */
export const resultShown = gte(assessmentResults.respondents, assessments.anonymityThreshold);

const teamResultColumns = {
  assessmentId: assessmentResults.assessmentId,
  teamId: assessmentResults.teamId,
  title: assessments.title,
  engineVersion: assessmentResults.engineVersion,
  questionnaireId: assessmentResults.questionnaireId,
  computedAt: assessmentResults.computedAt,
  closedAt: assessments.closedAt,
  result: assessmentResults.result,
  recomputedAt: assessmentResults.recomputedAt,
  recomputedBy: assessmentResults.recomputedBy,
  recomputedByName: assessmentResults.recomputedByName,
  previousEngineVersion: assessmentResults.previousEngineVersion,
};

export async function findAssessmentResult(db: Database, params: { workspaceId: string; assessmentId: string }) {
  const rows = await db
    .select(teamResultColumns)
    .from(assessmentResults)
    .innerJoin(assessments, and(eq(assessments.workspaceId, assessmentResults.workspaceId), eq(assessments.id, assessmentResults.assessmentId)))
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), eq(assessmentResults.assessmentId, params.assessmentId), resultShown));
  return rows[0];
}

export const HISTORY_KEYSET: Keyset = {
  list: 'history',
  keys: [
    { column: sql`coalesce(${assessments.closedAt}, ${assessmentResults.computedAt})`, type: 'timestamptz' },
    { column: assessments.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** A team's results shown, latest closing first: `limit` rows after `cursor`. */
export async function listTeamResults(db: Database, params: { workspaceId: string; teamId: string; cursor?: string | undefined; limit: number }) {
  const page = keysetQuery(HISTORY_KEYSET, params.cursor);
  return db
    .select({ ...teamResultColumns, pageKey: page.key })
    .from(assessmentResults)
    .innerJoin(assessments, and(eq(assessments.workspaceId, assessmentResults.workspaceId), eq(assessments.id, assessmentResults.assessmentId)))
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), eq(assessmentResults.teamId, params.teamId), resultShown, page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
}

export async function countTeamResults(db: Database, params: { workspaceId: string; teamId: string }): Promise<number> {
  const [row] = await db
    .select({ total: countAll })
    .from(assessmentResults)
    .innerJoin(assessments, and(eq(assessments.workspaceId, assessmentResults.workspaceId), eq(assessments.id, assessmentResults.assessmentId)))
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), eq(assessmentResults.teamId, params.teamId), resultShown));
  return row!.total;
}

/** How many responses of an assessment were submitted. */
export async function countSubmitted(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(responses)
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.assessmentId, params.assessmentId), eq(responses.status, 'submitted')));
  return rows[0]?.n ?? 0;
}

/**
 * The free-text answers (`text` questions) of an assessment's submitted responses, without who
 * wrote them (the caller shuffles them).
 */
export async function listSubmittedTexts(db: Database, params: { workspaceId: string; assessmentId: string; questionIds: readonly string[] }): Promise<{ questionId: string; text: string }[]> {
  if (params.questionIds.length === 0) return [];
  const rows = await db
    .select({ answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.assessmentId, params.assessmentId), eq(responses.status, 'submitted')));
  const texts: { questionId: string; text: string }[] = [];
  for (const row of rows) {
    for (const questionId of params.questionIds) {
      const value = (row.answers as Record<string, unknown>)[questionId];
      if (typeof value === 'string' && value.trim() !== '') texts.push({ questionId, text: value.trim() });
    }
  }
  return texts;
}

export async function insertResponseResult(
  db: Database,
  params: { workspaceId: string; assessmentId: string; responseId: string; result: Result; computedAt: Date },
): Promise<void> {
  const values = {
    workspaceId: params.workspaceId,
    assessmentId: params.assessmentId,
    responseId: params.responseId,
    engineVersion: params.result.engineVersion,
    questionnaireId: params.result.questionnaireId,
    level: params.result.level,
    result: resultDto(params.result),
    computedAt: params.computedAt,
  };
  await db.insert(responseResults).values(values).onConflictDoUpdate({ target: responseResults.responseId, set: values });
}

export async function findResponseResult(db: Database, params: { workspaceId: string; responseId: string }) {
  const rows = await db
    .select({
      responseId: responseResults.responseId,
      assessmentId: responseResults.assessmentId,
      engineVersion: responseResults.engineVersion,
      questionnaireId: responseResults.questionnaireId,
      computedAt: responseResults.computedAt,
      result: responseResults.result,
    })
    .from(responseResults)
    .where(and(eq(responseResults.workspaceId, params.workspaceId), eq(responseResults.responseId, params.responseId)));
  return rows[0];
}
