import type { Portfolio, PortfolioItem, PortfolioLatest, Role, WorkspaceListQuery } from '@assay/contracts';
import { ROLES } from '@assay/contracts';
import type { Level } from '@assay/domain';
import type { Caller, Deps } from '../../deps.ts';
import { pageOf } from '../../lib/paging.ts';
import { requireCurrentToken } from '../../lib/session.ts';
import { grantOf } from '../../permissions.ts';
import { listWorkspacesOfUser, PORTFOLIO_KEYSET } from '../workspaces/workspaces.repo.ts';
import * as repo from './portfolio.repo.ts';

const LEVELS = [1, 2, 3, 4] as const;
// Who sees which teams is the team list's rule (`teams.read`), read from the permission table.
const SEE_ALL = ROLES.filter((role) => grantOf(role, 'teams.read') === 'all');
const SEE_OWN = ROLES.filter((role) => grantOf(role, 'teams.read') === 'team');

const isoOf = (value: Date | string): string => new Date(value).toISOString();

function latestOf(row: repo.ListedTeamRow): PortfolioLatest | null {
  if (row.closed_at === null) return null;
  if (row.level !== null && row.level_max !== null) {
    return { status: 'shown', closedAt: isoOf(row.closed_at), level: row.level as Level, levelMax: row.level_max as Level };
  }
  return { status: 'withheld', closedAt: isoOf(row.closed_at), respondents: row.submitted ?? 0, minimum: row.minimum ?? 1 };
}

function emptySummary(workspaceId: string): repo.WorkspaceSummaryRow {
  return {
    workspace_id: workspaceId,
    teams: 0,
    level_1: 0,
    level_2: 0,
    level_3: 0,
    level_4: 0,
    withheld: 0,
    no_result: 0,
    listed: null,
    open_assessments: 0,
    started: 0,
    submitted: 0,
    below_threshold: 0,
    last_activity_at: null,
  };
}

/**
 * The caller's workspaces by name (`q`: names containing it), each with what their role there lets
 * them see: teams by the level of their latest closed round (a round under its k is "withheld",
 * never a level), the first teams by name, open assessments with response counts, last activity.
 * Two statements a page whatever the number of workspaces and teams: the page of memberships (with
 * the token check and the total), then every summary of the page.
 */
export async function getPortfolio(deps: Deps, params: Omit<Caller, 'ip'> & WorkspaceListQuery): Promise<Portfolio> {
  const found = await listWorkspacesOfUser(deps.db, { userId: params.userId, cursor: params.cursor, limit: params.limit + 1, q: params.q, keyset: PORTFOLIO_KEYSET });
  requireCurrentToken(found?.tokenVersion, params);
  const page = found!.workspaces.slice(0, params.limit);
  const summaries =
    page.length === 0
      ? []
      : await repo.listWorkspaceSummaries(deps.database, { userId: params.userId, workspaceIds: page.map((w) => w.id), seeAll: SEE_ALL, seeOwn: SEE_OWN });
  const byWorkspace = new Map(summaries.map((row) => [row.workspace_id, row]));
  return pageOf(PORTFOLIO_KEYSET, found!.workspaces, params.limit, found!.total, (workspace): PortfolioItem => {
    const row = byWorkspace.get(workspace.id) ?? emptySummary(workspace.id);
    const counts: Record<Level, number> = { 1: row.level_1, 2: row.level_2, 3: row.level_3, 4: row.level_4 };
    return {
      workspaceId: workspace.id,
      name: workspace.name,
      role: workspace.role as Role,
      anonymityThreshold: workspace.anonymityThreshold,
      teams: {
        total: row.teams,
        levels: LEVELS.map((level) => ({ level, teams: counts[level] })),
        withheld: row.withheld,
        noResult: row.no_result,
        listed: (row.listed ?? []).map((team) => ({ teamId: team.team_id, name: team.name, latest: latestOf(team) })),
      },
      open: { assessments: row.open_assessments, started: row.started, submitted: row.submitted, belowThreshold: row.below_threshold },
      lastActivityAt: row.last_activity_at === null ? null : isoOf(row.last_activity_at),
    };
  });
}
