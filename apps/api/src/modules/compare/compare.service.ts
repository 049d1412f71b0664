import type { Comparison, ComparedTeam, CompareQuery, DashboardLatest, RoadmapStepDto } from '@assay/contracts';
import type { Level } from '@assay/domain';
import type { Caller, Deps } from '../../deps.ts';
import { NotFoundError } from '../../errors.ts';
import { iso } from '../../lib/time.ts';
import { authorize } from '../../permissions.ts';
import { TEAM_NOT_FOUND } from '../teams/teams.service.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './compare.repo.ts';

const toIso = (value: Date | string) => iso(value instanceof Date ? value : new Date(value));

function latestOf(row: repo.ComparedTeamRow): DashboardLatest | null {
  if (row.assessment_id === null || row.closed_at === null) return null;
  const base = { assessmentId: row.assessment_id, title: row.title ?? '', closedAt: toIso(row.closed_at) };
  if (row.level !== null && row.level_max !== null && row.respondents !== null) {
    return { status: 'shown', ...base, level: row.level as Level, levelMax: row.level_max as Level, respondents: row.respondents };
  }
  return { status: 'withheld', ...base, respondents: row.submitted ?? 0, minimum: row.minimum ?? 1 };
}

/**
 * Two to six teams side by side (every role; a member only teams they belong to: any other is
 * 404, as is a team of another workspace or an archived one): latest level or withheld, dimension
 * scores, practice states and the first three roadmap steps of the latest shown result. Two
 * statements: the caller's access and one read of all the teams.
 */
export async function compareTeams(deps: Deps, params: { workspaceId: string } & Omit<Caller, 'ip'> & CompareQuery): Promise<Comparison> {
  const access = await requireAccess(deps, params);
  for (const teamId of params.teams) authorize(access, 'teams.read', { teamId, notFound: TEAM_NOT_FOUND });
  const rows = await repo.listComparedTeams(deps.database, { workspaceId: params.workspaceId, teamIds: params.teams });
  const byId = new Map(rows.map((row) => [row.team_id, row]));
  const teams: ComparedTeam[] = params.teams.map((teamId) => {
    const row = byId.get(teamId);
    if (!row) throw new NotFoundError(TEAM_NOT_FOUND.reason, `${TEAM_NOT_FOUND.message} (${teamId})`);
    const latest = latestOf(row);
    const parts = latest?.status === 'shown' ? row.parts : null;
    return {
      teamId,
      name: row.name,
      latest,
      dimensions: (parts?.dimensions ?? []) as ComparedTeam['dimensions'],
      // An engine-1 result has no practices or roadmap.
      practices: (parts?.practices ?? []) as ComparedTeam['practices'],
      steps: (parts?.steps ?? []) as RoadmapStepDto[],
    };
  });
  return { teams };
}
