import { randomInt } from 'node:crypto';
import { aggregateAnswers, aggregateTeam, compareResults, type Level, type Locale } from '@assay/domain';
import type { FreeTextAnswer, Role, TeamHistory, TeamResult, TeamResultOrWithheld } from '@assay/contracts';
import type { Deps } from '../../deps.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { comparisonDto } from '../../lib/dto.ts';
import { pageOf } from '../../lib/paging.ts';
import { iso } from '../../lib/time.ts';
import { authorize, type Access } from '../../permissions.ts';
import { requireCurrentToken } from '../../lib/session.ts';
import { ASSESSMENT_NOT_FOUND, questionnaireOf, requireAssessment } from '../assessments/assessments.service.ts';
import * as assessmentsRepo from '../assessments/assessments.repo.ts';
import * as authRepo from '../auth/auth.repo.ts';
import { TEAM_NOT_FOUND, requireTeam } from '../teams/teams.service.ts';
import { insertAuditEvent } from '../audit/audit.repo.ts';
import { WORKSPACE_NOT_FOUND, requireAccess } from '../workspaces/workspaces.service.ts';
import * as workspacesRepo from '../workspaces/workspaces.repo.ts';
import { renderTeamReport } from './report/report.pdf.ts';
import { resultCsv } from './results.csv.ts';
import * as repo from './results.repo.ts';

type TeamResultRow = NonNullable<Awaited<ReturnType<typeof repo.findAssessmentResult>>>;

/** A fresh order on every call (Fisher–Yates with crypto randomness): the order says nothing of who answered when. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function toTeamResult(row: TeamResultRow, freeText: FreeTextAnswer[]): TeamResult {
  return {
    withheld: false,
    assessmentId: row.assessmentId,
    teamId: row.teamId,
    title: row.title,
    engineVersion: row.engineVersion,
    questionnaireId: row.questionnaireId,
    computedAt: iso(row.computedAt),
    // A stored team result exists only while its assessment is closed (same transaction).
    closedAt: iso(row.closedAt ?? row.computedAt),
    result: row.result,
    freeText,
    recomputed:
      row.recomputedAt === null || row.previousEngineVersion === null || row.recomputedByName === null || row.recomputedBy === null
        ? null
        : { at: iso(row.recomputedAt), byUserId: row.recomputedBy, byName: row.recomputedByName, previousEngineVersion: row.previousEngineVersion },
  };
}

/**
 * The team result of a closed assessment (level, next steps, dimensions, gaps, practices, roadmap,
 * confidence, disagreements, benchmark, free text), or, below the assessment's anonymity
 * threshold, only how many responses there are and how many it needs.
 */
export async function getTeamResult(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number },
): Promise<TeamResultOrWithheld> {
  // One statement (repo.readTeamResultWithAccess); the checks of requireAssessment and results.read
  // on its row, in their old order, so the refusals are the same.
  const row = await repo.readTeamResultWithAccess(deps.database, params);
  requireCurrentToken(row?.token_version, params);
  if (!row?.role) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
  if (row.assessment_id === null || row.team_id === null || row.title === null || row.status === null || row.anonymity_threshold === null) {
    throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
  }
  const access: Access = { workspaceId: params.workspaceId, userId: params.userId, role: row.role as Role, teamIds: row.team_ids };
  authorize(access, 'teams.read', { teamId: row.team_id, notFound: ASSESSMENT_NOT_FOUND });
  authorize(access, 'results.read', { teamId: row.team_id, notFound: ASSESSMENT_NOT_FOUND });
  if (row.status !== 'closed') {
    throw new NotFoundError('team_result_pending', `There is no team result yet: it is computed when the assessment closes (this one is ${row.status}).`);
  }
  if (row.result_assessment_id === null) {
    return {
      withheld: true,
      assessmentId: row.assessment_id,
      teamId: row.team_id,
      title: row.title,
      closedAt: iso(row.closed_at ?? new Date()),
      responses: row.submitted,
      minimum: row.anonymity_threshold,
    };
  }
  const texts = row.free_text.map(({ questionId, text }) => ({ questionId, text: text.trim() })).filter(({ text }) => text !== '');
  const result: TeamResultRow = {
    assessmentId: row.result_assessment_id,
    teamId: row.result_team_id!,
    title: row.title,
    engineVersion: row.engine_version!,
    questionnaireId: row.result_questionnaire_id!,
    computedAt: row.computed_at!,
    closedAt: row.closed_at,
    result: row.result!,
    recomputedAt: row.recomputed_at,
    recomputedBy: row.recomputed_by,
    recomputedByName: row.recomputed_by_name,
    previousEngineVersion: row.previous_engine_version,
  };
  return toTeamResult(result, shuffled(texts));
}

export async function exportTeamResult(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; ip: string; format: 'json' | 'csv' },
): Promise<{ filename: string; contentType: string; body: string }> {
  const teamResult = await getTeamResult(deps, params);
  if (teamResult.withheld) {
    throw new ConflictError(
      'result_withheld',
      `Not enough responses: ${teamResult.responses} submitted, at least ${teamResult.minimum} needed for a team result, so there is nothing to export.`,
    );
  }
  await insertAuditEvent(deps.db, {
    workspaceId: params.workspaceId,
    actorUserId: params.userId,
    action: 'results.exported',
    target: { type: 'assessment', id: params.assessmentId },
    details: { format: params.format },
    ip: params.ip,
  });
  const stem = fileStem(teamResult);
  if (params.format === 'csv') {
    return {
      filename: `${stem}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: resultCsv({ assessmentId: teamResult.assessmentId, title: teamResult.title, closedAt: teamResult.closedAt }, teamResult.result, teamResult.freeText),
    };
  }
  return { filename: `${stem}.json`, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(teamResult, null, 2)}\n` };
}

/** A file name for a team result's downloads: `assay-<title>-<id prefix>`. */
function fileStem(teamResult: { title: string; assessmentId: string }): string {
  return `assay-${teamResult.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'result'}-${teamResult.assessmentId.slice(0, 8)}`;
}

/**
 * The team result as a PDF report in `locale` (see `report/report.pdf.ts`): the same access as
 * the team result, "not enough responses" (409 `result_withheld`) like the other exports below
 * the anonymity threshold, and recorded in the audit log like them.
 */
export async function reportTeamResult(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; ip: string; locale: Locale },
): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const teamResult = await getTeamResult(deps, params);
  if (teamResult.withheld) {
    throw new ConflictError(
      'result_withheld',
      `Not enough responses: ${teamResult.responses} submitted, at least ${teamResult.minimum} needed for a team result, so there is no report.`,
    );
  }
  const { assessment } = await requireAssessment(deps, params);
  const workspace = await workspacesRepo.findWorkspace(deps.db, params);
  if (!workspace) throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
  const questionnaire = questionnaireOf(assessment);
  const aggregated = aggregateAnswers(questionnaire, await repo.listSubmittedAnswers(deps.db, params));
  const body = await renderTeamReport({
    locale: params.locale,
    client: workspace.name,
    team: assessment.teamName,
    timeZone: workspace.timeZone,
    openedAt: assessment.openedAt,
    minimum: assessment.anonymityThreshold,
    teamResult,
    questionnaire,
    aggregated,
    generatedAt: new Date(),
  });
  await insertAuditEvent(deps.db, {
    workspaceId: params.workspaceId,
    actorUserId: params.userId,
    action: 'results.exported',
    target: { type: 'assessment', id: params.assessmentId },
    details: { format: 'pdf', lang: params.locale },
    ip: params.ip,
  });
  return { filename: `${fileStem(teamResult)}-${params.locale}.pdf`, contentType: 'application/pdf', body };
}

/**
 * Computes a closed assessment's team result again with the current engine, from its submitted
 * responses, and records it (when, by whom, the engine version replaced). Stored results are never
 * rescored on their own: this is the owner's or admin's explicit request (`results.recompute`).
 */
export async function recomputeTeamResult(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; ip: string },
): Promise<TeamResultOrWithheld> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, 'results.recompute', { teamId: assessment.teamId, notFound: ASSESSMENT_NOT_FOUND });
  await deps.db.transaction(async (tx) => {
    // The assessment row lock orders this with a reopen or a close of the same assessment.
    const locked = await assessmentsRepo.findAssessment(tx, { ...params, lock: 'update' });
    if (!locked) throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
    const stored = await repo.findAssessmentResult(tx, params);
    if (locked.status !== 'closed' || !stored) {
      throw new NotFoundError('team_result_pending', `There is no team result to recompute: it is computed when the assessment closes (this one is ${locked.status}).`);
    }
    const answers = await repo.listSubmittedAnswers(tx, params);
    // The anonymity threshold holds here as at closing: below it no team result is computed.
    if (answers.length < locked.anonymityThreshold) {
      throw new ConflictError(
        'result_withheld',
        `Not enough responses: ${answers.length} submitted, at least ${locked.anonymityThreshold} needed for a team result, so there is nothing to recompute.`,
      );
    }
    const result = aggregateTeam(questionnaireOf(locked), answers);
    const user = await authRepo.findUserById(tx, { userId: params.userId });
    await repo.replaceAssessmentResult(tx, {
      workspaceId: params.workspaceId,
      assessmentId: params.assessmentId,
      result,
      computedAt: new Date(),
      recomputedBy: params.userId,
      recomputedByName: user?.name ?? '',
      previousEngineVersion: stored.engineVersion,
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'results.recomputed',
      target: { type: 'assessment', id: params.assessmentId },
      details: { from: stored.engineVersion, to: result.engineVersion },
      ip: params.ip,
    });
  });
  return getTeamResult(deps, params);
}

/**
 * A team's closed assessments with a result shown, latest first and paged, and what changed from
 * the one before the latest to the latest (on every page).
 */
export async function getTeamHistory(
  deps: Deps,
  params: { workspaceId: string; teamId: string; userId: string; tokenVersion: number; cursor?: string | undefined; limit: number },
): Promise<TeamHistory> {
  const access = await requireAccess(deps, params);
  authorize(access, 'results.read', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  const scope = { workspaceId: params.workspaceId, teamId: params.teamId };
  const rows = await repo.listTeamResults(deps.db, { ...scope, cursor: params.cursor, limit: params.limit + 1 });
  const total = await repo.countTeamResults(deps.db, scope);
  // The latest two: the first page holds them (it reads limit + 1 ≥ 2 rows); a later page reads them again.
  const [latest, previous] = params.cursor === undefined ? rows : await repo.listTeamResults(deps.db, { ...scope, limit: 2 });
  const page = pageOf(repo.HISTORY_KEYSET, rows, params.limit, total, (row) => ({
    assessmentId: row.assessmentId,
    title: row.title,
    closedAt: iso(row.closedAt ?? row.computedAt),
    level: row.result.level as Level,
    levelMax: row.result.confidence.max,
    respondents: row.result.respondents,
    dimensions: row.result.dimensions.map((d) => ({ id: d.id, score: d.score })),
  }));
  return {
    teamId: params.teamId,
    ...page,
    change:
      previous && latest
        ? {
            previousAssessmentId: previous.assessmentId,
            currentAssessmentId: latest.assessmentId,
            comparison: comparisonDto(compareResults(previous.result, latest.result)),
            respondents: { previous: previous.result.respondents, current: latest.result.respondents },
          }
        : null,
  };
}
