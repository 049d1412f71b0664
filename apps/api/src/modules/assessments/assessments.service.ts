import { CURRENT_QUESTIONNAIRE_ID, aggregateTeam, getQuestionnaire, type Level, type Questionnaire } from '@assay/domain';
import type { Anonymity, Assessment, AssessmentSort, ErrorReason, Page } from '@assay/contracts';
import type { Deps } from '../../deps.ts';
import { BadRequestError, ConflictError, NotFoundError, type Refusal } from '../../errors.ts';
import { pageOf } from '../../lib/paging.ts';
import { iso, isoOrNull } from '../../lib/time.ts';
import { authorize, visibleTeams, type Access } from '../../permissions.ts';
import * as resultsRepo from '../results/results.repo.ts';
import { TEAM_NOT_FOUND, requireTeam } from '../teams/teams.service.ts';
import { insertAuditEvent } from '../audit/audit.repo.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './assessments.repo.ts';

export const ASSESSMENT_NOT_FOUND: Refusal = { reason: 'assessment_not_found', message: 'Assessment not found.' };
/** The questionnaire new assessments use unless told otherwise. */
export const CURRENT_QUESTIONNAIRE = CURRENT_QUESTIONNAIRE_ID;

/** The questionnaire an assessment pinned. Always present: ids are checked when assessments start. */
export function questionnaireOf(assessment: { questionnaireId: string }): Questionnaire {
  const questionnaire = getQuestionnaire(assessment.questionnaireId);
  if (!questionnaire) throw new Error(`assessment pins unknown questionnaire ${assessment.questionnaireId}`);
  return questionnaire;
}

/** The anonymity rule of an assessment from its threshold k: attributed only when k = 1. */
export function anonymityOf(threshold: number): Anonymity {
  return { minimum: threshold, attributed: threshold === 1 };
}

type ListedRow = Awaited<ReturnType<typeof repo.listAssessments>>[number];

function toAssessment(row: ListedRow): Assessment {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    teamId: row.teamId,
    teamName: row.teamName,
    title: row.title,
    questionnaireId: row.questionnaireId,
    status: row.status as Assessment['status'],
    createdAt: iso(row.createdAt),
    openedAt: isoOrNull(row.openedAt),
    closedAt: isoOrNull(row.closedAt),
    responseCounts: { inProgress: row.inProgress, submitted: row.submitted },
    level: row.level === null ? null : (row.level as Level),
    myResponseId: row.myResponseId,
    anonymity: anonymityOf(row.anonymityThreshold),
    prefill: row.prefill,
  };
}

/**
 * An assessment the caller may see (`teams.read`, members only on their teams), with the
 * caller's access. Anything else is 404.
 */
export async function requireAssessment(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number },
): Promise<{ access: Access; assessment: repo.AssessmentRow }> {
  const access = await requireAccess(deps, params);
  const assessment = await repo.findAssessment(deps.db, params);
  if (!assessment) throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
  authorize(access, 'teams.read', { teamId: assessment.teamId, notFound: ASSESSMENT_NOT_FOUND });
  return { access, assessment };
}

async function load(deps: Deps, params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number }): Promise<Assessment> {
  const rows = await repo.listAssessments(deps.db, { ...params, teamIds: 'all', limit: 1 });
  if (!rows[0]) throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
  return toAssessment(rows[0]);
}

export async function createAssessment(
  deps: Deps,
  params: {
    workspaceId: string;
    teamId: string;
    userId: string;
    tokenVersion: number;
    title?: string | undefined;
    questionnaireId?: string | undefined;
    prefill?: boolean | undefined;
  },
): Promise<Assessment> {
  const access = await requireAccess(deps, params);
  authorize(access, 'assessments.run');
  const team = await requireTeam(deps, params);
  if (team.archivedAt) throw new ConflictError('team_archived', 'This team is archived; unarchive it to start an assessment.');
  const questionnaireId = params.questionnaireId ?? CURRENT_QUESTIONNAIRE;
  if (!getQuestionnaire(questionnaireId)) {
    throw new BadRequestError('questionnaire_not_found', `There is no questionnaire ${questionnaireId}; use ${CURRENT_QUESTIONNAIRE}.`, [
      { field: 'body.questionnaireId', code: 'unknown_questionnaire', message: `Unknown questionnaire ${questionnaireId}.` },
    ]);
  }
  const assessmentId = await repo.insertAssessment(deps.db, {
    workspaceId: params.workspaceId,
    teamId: params.teamId,
    title: params.title ?? `Assessment ${new Date().toISOString().slice(0, 10)}`,
    questionnaireId,
    createdBy: params.userId,
    prefill: params.prefill ?? false,
  });
  return load(deps, { workspaceId: params.workspaceId, assessmentId, userId: params.userId, tokenVersion: params.tokenVersion });
}

type PageParams = { cursor?: string | undefined; limit: number; status?: repo.AssessmentStatus | undefined; sort: AssessmentSort };

async function listPage(deps: Deps, filter: Parameters<typeof repo.countAssessments>[1], params: PageParams & { userId: string }): Promise<Page<Assessment>> {
  const rows = await repo.listAssessments(deps.db, { ...filter, userId: params.userId, sort: params.sort, cursor: params.cursor, limit: params.limit + 1 });
  const total = await repo.countAssessments(deps.db, filter);
  return pageOf(repo.ASSESSMENTS_KEYSETS[params.sort], rows, params.limit, total, toAssessment);
}

export async function listTeamAssessments(
  deps: Deps,
  params: PageParams & { workspaceId: string; teamId: string; userId: string; tokenVersion: number },
): Promise<Page<Assessment>> {
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.read', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  return listPage(deps, { workspaceId: params.workspaceId, teamIds: 'all', teamId: params.teamId, status: params.status }, params);
}

export async function listWorkspaceAssessments(
  deps: Deps,
  params: PageParams & { workspaceId: string; userId: string; tokenVersion: number },
): Promise<Page<Assessment>> {
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.read');
  return listPage(deps, { workspaceId: params.workspaceId, teamIds: visibleTeams(access, 'teams.read'), status: params.status }, params);
}

export async function getAssessment(deps: Deps, params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number }): Promise<Assessment> {
  await requireAssessment(deps, params);
  return load(deps, params);
}

type Transition = 'open' | 'close' | 'reopen';

const TRANSITIONS: Record<Transition, { from: repo.AssessmentStatus; to: repo.AssessmentStatus; wrongState: string; reason: ErrorReason }> = {
  open: { from: 'draft', to: 'open', reason: 'draft_only', wrongState: 'Only a draft can be opened (a closed assessment is reopened by an owner or admin).' },
  close: { from: 'open', to: 'closed', reason: 'open_only', wrongState: 'Only an open assessment can be closed.' },
  reopen: { from: 'closed', to: 'open', reason: 'closed_only', wrongState: 'Only a closed assessment can be reopened.' },
};

/**
 * draft → open → closed → (reopen) open. Closing computes the team result with `aggregateTeam`
 * over the submitted responses and stores it with the engine version and the pinned
 * questionnaire; reopening withdraws it until the next close. The assessment row is locked
 * so a close and a submit never interleave.
 */
export async function transitionAssessment(
  deps: Deps,
  params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number; ip: string; transition: Transition },
): Promise<Assessment> {
  const { access, assessment } = await requireAssessment(deps, params);
  authorize(access, params.transition === 'reopen' ? 'assessments.reopen' : 'assessments.run');
  const rule = TRANSITIONS[params.transition];
  await deps.db.transaction(async (tx) => {
    const locked = await repo.findAssessment(tx, { ...params, lock: 'update' });
    if (!locked) throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
    if (locked.status !== rule.from) throw new ConflictError(rule.reason, `${rule.wrongState} This one is ${locked.status}.`);
    const now = new Date();
    if (params.transition === 'close') {
      const answers = await resultsRepo.listSubmittedAnswers(tx, params);
      if (answers.length === 0) {
        throw new ConflictError('no_submissions', 'No response has been submitted yet; a team result needs at least one.');
      }
      // Below the threshold k frozen at opening, no team result is computed at all: nothing
      // derived from these answers can then be shown anywhere (levels, history, exports).
      if (answers.length >= locked.anonymityThreshold) {
        const result = aggregateTeam(questionnaireOf(assessment), answers);
        await resultsRepo.upsertAssessmentResult(tx, { workspaceId: params.workspaceId, assessmentId: params.assessmentId, teamId: locked.teamId, result, computedAt: now });
      }
    }
    if (params.transition === 'open') await repo.freezeAnonymityThreshold(tx, params);
    if (params.transition === 'reopen') await resultsRepo.deleteAssessmentResult(tx, params);
    await repo.updateAssessmentStatus(tx, {
      workspaceId: params.workspaceId,
      assessmentId: params.assessmentId,
      status: rule.to,
      closedAt: rule.to === 'closed' ? now : null,
      ...(params.transition === 'open' ? { openedAt: now } : {}),
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: params.transition === 'open' ? 'assessment.opened' : params.transition === 'close' ? 'assessment.closed' : 'assessment.reopened',
      target: { type: 'assessment', id: params.assessmentId },
      details: { teamId: locked.teamId },
      ip: params.ip,
    });
  });
  return load(deps, params);
}

/** Deletes a draft (nobody has answered it: responses need an open assessment). */
export async function deleteAssessment(deps: Deps, params: { workspaceId: string; assessmentId: string; userId: string; tokenVersion: number }): Promise<void> {
  const { access } = await requireAssessment(deps, params);
  authorize(access, 'assessments.run');
  await deps.db.transaction(async (tx) => {
    const locked = await repo.findAssessment(tx, { ...params, lock: 'update' });
    if (!locked) throw new NotFoundError(ASSESSMENT_NOT_FOUND.reason, ASSESSMENT_NOT_FOUND.message);
    if (locked.status !== 'draft') throw new ConflictError('draft_only', `Only a draft can be deleted; this one is ${locked.status}.`);
    await repo.deleteAssessment(tx, params);
  });
}
