import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { QUESTIONNAIRES, type Answers, type Result } from '@assay/domain';
import type { StoredResultDto } from '@assay/contracts';
import type { Deps } from '../../deps.ts';
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

// ---------------------------------------------------------------------------------------------
// The team result page's read in one statement. Hand-written SQL, run as a named prepared statement.

/** Every questionnaire's free-text questions, by id: the statement reads those of the one the assessment pinned. */
const TEXT_QUESTIONS = JSON.stringify(Object.fromEntries(QUESTIONNAIRES.map((q) => [q.id, q.questions.filter((question) => question.kind === 'text').map((question) => question.id)])));

/**
 * The caller's token version, role and teams; the assessment (read only for a member) with its
 * team, title, state, closing and k; its stored team result when shown (at least k respondents);
 * when closed and not shown, how many responses were submitted; when shown, the raw free-text
 * answers of the submitted responses (the service trims, drops blanks and shuffles them).
 * `$1` workspace, `$2` assessment, `$3` caller, `$4` free-text question ids per questionnaire.
 */
const READ_TEAM_RESULT = `select u.token_version, m.role,
  coalesce((select array_agg(tm.team_id::text) from team_members tm where tm.workspace_id = $1 and tm.user_id = u.id), '{}') as team_ids,
  a.id as assessment_id, a.team_id, a.title, a.status, a.closed_at,
  case when a.status = 'draft' then w.anonymity_threshold else a.anonymity_threshold end as anonymity_threshold,
  ar.assessment_id as result_assessment_id, ar.team_id as result_team_id, ar.engine_version, ar.questionnaire_id as result_questionnaire_id,
  ar.computed_at, ar.result, ar.recomputed_at, ar.recomputed_by, ar.recomputed_by_name, ar.previous_engine_version,
  (select count(*)::int from responses r
    where ar.assessment_id is null and a.status = 'closed' and r.workspace_id = $1 and r.assessment_id = a.id and r.status = 'submitted') as submitted,
  (select coalesce(jsonb_agg(jsonb_build_object('questionId', q.id, 'text', r.answers ->> q.id)), '[]'::jsonb)
    from responses r cross join jsonb_array_elements_text($4::jsonb -> a.questionnaire_id) as q(id)
    where ar.assessment_id is not null and r.workspace_id = $1 and r.assessment_id = a.id and r.status = 'submitted'
      and jsonb_typeof(r.answers -> q.id) = 'string') as free_text
from users u
left join memberships m on m.workspace_id = $1 and m.user_id = u.id
left join assessments a on m.role is not null and a.workspace_id = $1 and a.id = $2
left join workspaces w on w.id = a.workspace_id
left join assessment_results ar on a.status = 'closed' and ar.workspace_id = $1 and ar.assessment_id = a.id and ar.respondents >= a.anonymity_threshold
where u.id = $3`;

export interface TeamResultReadRow {
  token_version: number;
  role: string | null;
  team_ids: string[];
  assessment_id: string | null;
  team_id: string | null;
  title: string | null;
  status: string | null;
  closed_at: Date | null;
  anonymity_threshold: number | null;
  result_assessment_id: string | null;
  result_team_id: string | null;
  engine_version: string | null;
  result_questionnaire_id: string | null;
  computed_at: Date | null;
  result: StoredResultDto | null;
  recomputed_at: Date | null;
  recomputed_by: string | null;
  recomputed_by_name: string | null;
  previous_engine_version: string | null;
  submitted: number;
  free_text: { questionId: string; text: string }[];
}

export async function readTeamResultWithAccess(database: Deps['database'], params: { workspaceId: string; assessmentId: string; userId: string }): Promise<TeamResultReadRow | undefined> {
  return (await database.query<TeamResultReadRow>('assay_read_team_result', READ_TEAM_RESULT, [params.workspaceId, params.assessmentId, params.userId, TEXT_QUESTIONS]))[0];
}
