import { aggregateAnswers, buildRoadmap, isActionOverdue, judgeActionClosure, type ActionStatus, type ActionTarget, type PracticeTargets } from '@assay/domain';
import type { Action, ActionClosureDto, ActionPage, ActionSort, ActionTargetDto, CreateActionBody, UpdateActionBody } from '@assay/contracts';
import type { Caller, Deps } from '../../deps.ts';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError, type Refusal } from '../../errors.ts';
import { pageOf } from '../../lib/paging.ts';
import { iso } from '../../lib/time.ts';
import { authorize, can, type Access } from '../../permissions.ts';
import { insertAuditEvent } from '../audit/audit.repo.ts';
import { questionnaireOf } from '../assessments/assessments.service.ts';
import * as assessmentsRepo from '../assessments/assessments.repo.ts';
import * as resultsRepo from '../results/results.repo.ts';
import { TEAM_NOT_FOUND, requireTeam } from '../teams/teams.service.ts';
import { isWorkspaceMember } from '../teams/teams.repo.ts';
import { latestResult, workspaceToday } from '../targets/targets.service.ts';
import { findTarget } from '../targets/targets.repo.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './actions.repo.ts';

export const ACTION_NOT_FOUND: Refusal = { reason: 'action_not_found', message: 'Action not found.' };

type TeamParams = { workspaceId: string; teamId: string };
type Judge = (row: repo.ActionRow) => ActionClosureDto | null;

function targetOf(row: repo.ActionRow): ActionTargetDto & ActionTarget {
  return row.targetKind === 'practice'
    ? ({ kind: 'practice', practiceId: row.targetId, state: row.targetState } as ActionTargetDto & ActionTarget)
    : { kind: 'gap', gapId: row.targetId };
}

function toAction(row: repo.ActionRow, today: string, judge: Judge): Action {
  const status = row.status as ActionStatus;
  return {
    id: row.id,
    teamId: row.teamId,
    assessmentId: row.assessmentId,
    title: row.title,
    target: targetOf(row),
    owner: row.ownerId !== null && row.ownerName !== null ? { userId: row.ownerId, name: row.ownerName } : null,
    dueDate: row.dueDate,
    status,
    notes: row.notes,
    overdue: isActionOverdue({ status, dueDate: row.dueDate }, today),
    closure: judge(row),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/**
 * Judges actions on the team's latest closed round, for those created before it closed (the
 * latest closed assessment after an action was created is always the team's latest one). The
 * round's aggregate answers are read only when a hotspot or inconsistency needs them.
 */
async function judgeOf(deps: Deps, params: TeamParams, rows: readonly repo.ActionRow[]): Promise<Judge> {
  if (rows.length === 0) return () => null;
  const latest = await latestResult(deps, params);
  const closedAt = latest?.closedAt;
  if (!latest || !closedAt || !rows.some((row) => row.createdAt < closedAt)) return () => null;
  const questionnaire = questionnaireOf(latest);
  const needsAnswers = rows.some((row) => row.createdAt < closedAt && /^(hotspot|inconsistency):/.test(row.targetId));
  const answers = needsAnswers ? aggregateAnswers(questionnaire, await resultsRepo.listSubmittedAnswers(deps.db, { workspaceId: params.workspaceId, assessmentId: latest.assessmentId })).answers : {};
  const round = { result: latest.current, questionnaire, answers };
  return (row) => {
    if (row.createdAt >= closedAt) return null;
    const closure = judgeActionClosure(targetOf(row), row.status as ActionStatus, round);
    return {
      assessmentId: latest.assessmentId,
      title: latest.title,
      closedAt: iso(closedAt),
      outcome: closure.outcome,
      because: closure.because,
      doneButOpen: closure.doneButOpen,
      evidence: closure.evidence as ActionClosureDto['evidence'],
    };
  };
}

async function readable(deps: Deps, params: TeamParams & Omit<Caller, 'ip'>): Promise<Access> {
  const access = await requireAccess(deps, params);
  authorize(access, 'actions.read', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  return access;
}

async function load(deps: Deps, params: TeamParams & { actionId: string }): Promise<Action> {
  const row = await repo.findAction(deps.db, params);
  if (!row) throw new NotFoundError(ACTION_NOT_FOUND.reason, ACTION_NOT_FOUND.message);
  const [{ today }, judge] = await Promise.all([workspaceToday(deps, params), judgeOf(deps, params, [row])]);
  return toAction(row, today, judge);
}

/** A page of a team's actions in the order `sort` asks, each with whether its gap closed (all roles; members their teams). */
export async function listActions(
  deps: Deps,
  params: TeamParams & Omit<Caller, 'ip'> & { limit: number; cursor?: string | undefined; sort: ActionSort },
): Promise<ActionPage> {
  await readable(deps, params);
  const [rows, total, { today }] = await Promise.all([
    repo.listActions(deps.db, { workspaceId: params.workspaceId, teamId: params.teamId, sort: params.sort, cursor: params.cursor, limit: params.limit + 1 }),
    repo.countActions(deps.db, params),
    workspaceToday(deps, params),
  ]);
  const judge = await judgeOf(deps, params, rows.slice(0, params.limit));
  return pageOf(repo.ACTIONS_KEYSETS[params.sort], rows, params.limit, total, (row) => toAction(row, today, judge));
}

async function requireOwnerInWorkspace(deps: Deps, workspaceId: string, ownerId: string): Promise<void> {
  if (!(await isWorkspaceMember(deps.db, { workspaceId, userId: ownerId }))) {
    throw new BadRequestError('owner_not_member', 'The owner must be a member of this workspace: pick someone from the member list, or invite them first.');
  }
}

/**
 * Turns a roadmap step or a gap of a closed assessment's team result into an action (owners,
 * admins, assessors). The step is looked up in the roadmap built for the team's current targets,
 * and keeps the state it asks for; the gap must be one of the result's.
 */
export async function createAction(deps: Deps, params: TeamParams & Caller & CreateActionBody): Promise<Action> {
  const access = await requireAccess(deps, params);
  authorize(access, 'actions.manage', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  const assessment = await assessmentsRepo.findAssessment(deps.db, params);
  if (!assessment || assessment.teamId !== params.teamId) throw new NotFoundError('assessment_not_found', "Assessment not found in this team: an action comes from one of the team's closed assessments.");
  if (assessment.status !== 'closed') {
    throw new NotFoundError('team_result_pending', `There is no team result to act on yet: it is computed when the assessment closes (this one is ${assessment.status}).`);
  }
  const stored = await resultsRepo.findAssessmentResult(deps.db, params);
  if (!stored) throw new ConflictError('result_withheld', 'This assessment has fewer submitted responses than the anonymity threshold, so it has no team result to act on.');
  const result = stored.result;
  let target: { kind: 'practice' | 'gap'; id: string; state: string | null };
  if (params.target.kind === 'practice') {
    const practiceId = params.target.practiceId;
    const teamTarget = await findTarget(deps.db, params);
    const step = 'roadmap' in result ? buildRoadmap(result as never, (teamTarget?.practices ?? {}) as PracticeTargets).find((s) => s.practiceId === practiceId) : undefined;
    if (!step) {
      throw new BadRequestError(
        'action_target_unknown',
        `${practiceId} is not a step of that result's roadmap: it is already at its target, or that assessment's questionnaire does not ask it.`,
        [{ field: 'body.target.practiceId', code: 'not_a_step', message: 'not a roadmap step of that result' }],
      );
    }
    target = { kind: 'practice', id: practiceId, state: step.target };
  } else {
    const gapId = params.target.gapId;
    if (!result.gaps.some((gap) => gap.id === gapId)) {
      throw new BadRequestError('action_target_unknown', `${gapId} is not a gap of that assessment's team result.`, [
        { field: 'body.target.gapId', code: 'not_a_gap', message: 'not a gap of that result' },
      ]);
    }
    target = { kind: 'gap', id: gapId, state: null };
  }
  await requireOwnerInWorkspace(deps, params.workspaceId, params.ownerId);
  const actionId = await deps.db.transaction(async (tx) => {
    const id = await repo.insertAction(tx, {
      workspaceId: params.workspaceId,
      teamId: params.teamId,
      assessmentId: params.assessmentId,
      title: params.title,
      ownerId: params.ownerId,
      dueDate: params.dueDate,
      notes: params.notes,
      targetKind: target.kind,
      targetId: target.id,
      targetState: target.state,
      createdBy: params.userId,
      createdAt: new Date(),
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'action.created',
      target: { type: 'action', id },
      details: { teamId: params.teamId, targets: target.id, ownerId: params.ownerId, dueDate: params.dueDate },
      ip: params.ip,
    });
    return id;
  });
  return load(deps, { ...params, actionId });
}

const OWNER_FIELDS: ReadonlySet<string> = new Set(['status', 'notes']);

/**
 * Changes an action: owners, admins and assessors any field; the member who owns it only its
 * status and notes (403 otherwise); members of other teams see nothing (404); viewers read only.
 */
export async function updateAction(deps: Deps, params: TeamParams & Caller & { actionId: string } & UpdateActionBody): Promise<Action> {
  const access = await readable(deps, params);
  const row = await repo.findAction(deps.db, params);
  if (!row) throw new NotFoundError(ACTION_NOT_FOUND.reason, ACTION_NOT_FOUND.message);
  const { title, ownerId, dueDate, status, notes } = params;
  const set = Object.fromEntries(Object.entries({ title, ownerId, dueDate, status, notes }).filter(([, v]) => v !== undefined)) as { title?: string; ownerId?: string; dueDate?: string; status?: string; notes?: string };
  if (!can(access, 'actions.manage', params.teamId)) {
    authorize(access, 'actions.updateOwn', { teamId: params.teamId, notFound: ACTION_NOT_FOUND });
    if (row.ownerId !== params.userId) throw new ForbiddenError('action_owner_only', 'Only the owner of this action (or an owner, admin or assessor) may change it.');
    const others = Object.keys(set).filter((field) => !OWNER_FIELDS.has(field));
    if (others.length > 0) {
      throw new ForbiddenError('action_owner_only', `As the action's owner you may change its status and notes, not ${others.join(', ')}; ask an owner, admin or assessor.`);
    }
  }
  if (ownerId !== undefined && ownerId !== row.ownerId) await requireOwnerInWorkspace(deps, params.workspaceId, ownerId);
  await deps.db.transaction(async (tx) => {
    await repo.updateAction(tx, { workspaceId: params.workspaceId, teamId: params.teamId, actionId: params.actionId, set, updatedAt: new Date() });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'action.updated',
      target: { type: 'action', id: params.actionId },
      details: { teamId: params.teamId, fields: Object.keys(set).sort().join(','), statusFrom: row.status, statusTo: status ?? row.status },
      ip: params.ip,
    });
  });
  return load(deps, params);
}

export async function deleteAction(deps: Deps, params: TeamParams & Caller & { actionId: string }): Promise<void> {
  const access = await requireAccess(deps, params);
  authorize(access, 'actions.manage', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  await deps.db.transaction(async (tx) => {
    if (!(await repo.deleteAction(tx, params))) throw new NotFoundError(ACTION_NOT_FOUND.reason, ACTION_NOT_FOUND.message);
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'action.deleted',
      target: { type: 'action', id: params.actionId },
      details: { teamId: params.teamId },
      ip: params.ip,
    });
  });
}
