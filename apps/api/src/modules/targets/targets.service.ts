import { calendarDateIn, targetProgress, type Level, type PracticeTargets, type Result } from '@assay/domain';
import { isCurrentResult, type PracticeTargetsDto, type RoadmapStepDto, type SetTeamTargetBody, type TeamTarget, type TeamTargetView } from '@assay/contracts';
import type { Caller, Deps } from '../../deps.ts';
import { iso } from '../../lib/time.ts';
import { authorize } from '../../permissions.ts';
import { insertAuditEvent } from '../audit/audit.repo.ts';
import { TEAM_NOT_FOUND, requireTeam } from '../teams/teams.service.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './targets.repo.ts';

type TeamParams = { workspaceId: string; teamId: string };

function toTarget(row: repo.TargetRow): TeamTarget {
  return {
    teamId: row.teamId,
    level: row.level as Level,
    practices: row.practices as PracticeTargetsDto,
    dueDate: row.dueDate,
    setAt: iso(row.setAt),
    setBy: row.setBy !== null && row.setByName !== null ? { userId: row.setBy, name: row.setByName } : null,
  };
}

/** Today's calendar date where the workspace is. */
export async function workspaceToday(deps: Deps, params: { workspaceId: string }): Promise<{ today: string; timeZone: string }> {
  const timeZone = await repo.findTimeZone(deps.db, params);
  return { today: calendarDateIn(Date.now(), timeZone), timeZone };
}

/** The latest shown team result of engine 2 (an engine-1 result has no practices to judge by). */
export async function latestResult(deps: Deps, params: TeamParams): Promise<(repo.LatestResultRow & { current: Result }) | null> {
  const row = await repo.findLatestResult(deps.db, params);
  if (!row || !isCurrentResult(row.result)) return null;
  return { ...row, current: row.result as unknown as Result };
}

async function view(deps: Deps, params: TeamParams): Promise<TeamTargetView> {
  const row = await repo.findTarget(deps.db, params);
  if (!row) return { target: null, progress: null };
  const target = toTarget(row);
  const [{ today, timeZone }, latest] = await Promise.all([workspaceToday(deps, params), latestResult(deps, params)]);
  const progress = targetProgress(latest?.current ?? null, { level: target.level, practices: target.practices as PracticeTargets, dueDate: target.dueDate }, today);
  return {
    target,
    progress: {
      ...progress,
      steps: progress.steps as RoadmapStepDto[],
      conditions: [...progress.conditions],
      notAsked: [...progress.notAsked],
      today,
      timeZone,
      basedOn: latest
        ? {
            assessmentId: latest.assessmentId,
            title: latest.title,
            closedAt: iso(latest.closedAt ?? latest.computedAt),
            level: latest.current.level,
            levelMax: latest.current.confidence.max,
          }
        : null,
    },
  };
}

/** A team's target and how it stands against it (all roles; members only their teams). */
export async function getTarget(deps: Deps, params: TeamParams & Omit<Caller, 'ip'>): Promise<TeamTargetView> {
  const access = await requireAccess(deps, params);
  authorize(access, 'targets.read', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  return view(deps, params);
}

/** Sets or replaces a team's target (owners, admins, assessors); recorded with before and after. */
export async function setTarget(deps: Deps, params: TeamParams & Caller & SetTeamTargetBody): Promise<TeamTargetView> {
  const access = await requireAccess(deps, params);
  authorize(access, 'targets.manage', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  await deps.db.transaction(async (tx) => {
    const before = await repo.findTarget(tx, params);
    await repo.upsertTarget(tx, {
      workspaceId: params.workspaceId,
      teamId: params.teamId,
      level: params.level,
      practices: params.practices as repo.PracticeTargetRow,
      dueDate: params.dueDate,
      setBy: params.userId,
      setAt: new Date(),
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'target.set',
      target: { type: 'team', id: params.teamId },
      details: {
        level: params.level,
        dueDate: params.dueDate,
        practices: Object.keys(params.practices).length,
        previousLevel: before?.level ?? null,
        previousDueDate: before?.dueDate ?? null,
      },
      ip: params.ip,
    });
  });
  return view(deps, params);
}

/** Clears a team's target; nothing to clear is not an error (the result is the same). */
export async function clearTarget(deps: Deps, params: TeamParams & Caller): Promise<void> {
  const access = await requireAccess(deps, params);
  authorize(access, 'targets.manage', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  await requireTeam(deps, params);
  await deps.db.transaction(async (tx) => {
    if (await repo.deleteTarget(tx, params)) {
      await insertAuditEvent(tx, { workspaceId: params.workspaceId, actorUserId: params.userId, action: 'target.cleared', target: { type: 'team', id: params.teamId }, ip: params.ip });
    }
  });
}
