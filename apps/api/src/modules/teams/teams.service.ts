import type { Level } from '@assay/domain';
import type { Page, Team } from '@assay/contracts';
import type { Deps } from '../../deps.ts';
import { NotFoundError, type Refusal } from '../../errors.ts';
import { pageOf } from '../../lib/paging.ts';
import { iso } from '../../lib/time.ts';
import { authorize, visibleTeams } from '../../permissions.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './teams.repo.ts';

export const TEAM_NOT_FOUND: Refusal = { reason: 'team_not_found', message: 'Team not found.' };

type LevelRow = Awaited<ReturnType<typeof repo.listClosedLevels>>[number];

/** Teams with their latest level and its trend against the closed assessment before it. */
async function withLevels(deps: Deps, workspaceId: string, rows: readonly repo.TeamRow[]): Promise<Team[]> {
  const levels = await repo.listClosedLevels(deps.db, { workspaceId, teamIds: rows.map((r) => r.id) });
  const byTeam = new Map<string, LevelRow[]>();
  for (const level of levels) {
    const list = byTeam.get(level.teamId) ?? [];
    list.push(level);
    byTeam.set(level.teamId, list);
  }
  return rows.map((row) => {
    const [latest, previous] = byTeam.get(row.id) ?? [];
    return {
      id: row.id,
      workspaceId: row.workspaceId,
      name: row.name,
      archived: row.archivedAt !== null,
      createdAt: iso(row.createdAt),
      latest:
        latest && latest.closedAt
          ? {
              assessmentId: latest.assessmentId,
              title: latest.title,
              level: latest.level as Level,
              levelMax: latest.levelMax as Level,
              closedAt: iso(latest.closedAt),
            }
          : null,
      previousLevel: previous ? (previous.level as Level) : null,
      trend: latest && previous ? (latest.level > previous.level ? 'up' : latest.level < previous.level ? 'down' : 'steady') : null,
    };
  });
}

/** A team of the workspace the caller may read (members: only their teams), or 404. */
export async function requireTeam(deps: Deps, params: { workspaceId: string; teamId: string }) {
  const team = await repo.findTeam(deps.db, params);
  if (!team) throw new NotFoundError(TEAM_NOT_FOUND.reason, TEAM_NOT_FOUND.message);
  return team;
}

export async function createTeam(deps: Deps, params: { workspaceId: string; userId: string; tokenVersion: number; name: string }): Promise<Team> {
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.manage');
  const row = await repo.insertTeam(deps.db, { workspaceId: params.workspaceId, name: params.name });
  return (await withLevels(deps, params.workspaceId, [row]))[0]!;
}

export async function listTeams(
  deps: Deps,
  params: { workspaceId: string; userId: string; tokenVersion: number; includeArchived: boolean; cursor: string | undefined; limit: number },
): Promise<Page<Team>> {
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.read');
  const { rows, total } = await repo.listTeams(deps.db, {
    workspaceId: params.workspaceId,
    teamIds: visibleTeams(access, 'teams.read'),
    includeArchived: params.includeArchived,
    cursor: params.cursor,
    limit: params.limit,
  });
  const page = pageOf(repo.TEAMS_KEYSET, rows, params.limit, total, (row) => row);
  return { ...page, items: await withLevels(deps, params.workspaceId, page.items) };
}

export async function getTeam(deps: Deps, params: { workspaceId: string; teamId: string; userId: string; tokenVersion: number }): Promise<Team> {
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.read', { teamId: params.teamId, notFound: TEAM_NOT_FOUND });
  const row = await requireTeam(deps, params);
  return (await withLevels(deps, params.workspaceId, [row]))[0]!;
}

export async function updateTeam(
  deps: Deps,
  params: { workspaceId: string; teamId: string; userId: string; tokenVersion: number; name?: string | undefined; archived?: boolean | undefined },
): Promise<Team> {
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.manage');
  const current = await requireTeam(deps, params);
  const row = await repo.updateTeam(deps.db, {
    workspaceId: params.workspaceId,
    teamId: params.teamId,
    ...(params.name !== undefined ? { name: params.name } : {}),
    // Archiving twice keeps the first date.
    ...(params.archived !== undefined ? { archivedAt: params.archived ? (current.archivedAt ?? new Date()) : null } : {}),
  });
  if (!row) throw new NotFoundError(TEAM_NOT_FOUND.reason, TEAM_NOT_FOUND.message);
  return (await withLevels(deps, params.workspaceId, [row]))[0]!;
}

export async function addTeamMember(deps: Deps, params: { workspaceId: string; teamId: string; userId: string; tokenVersion: number; memberId: string }): Promise<void> {
  const access = await requireAccess(deps, params);
  authorize(access, 'members.manage');
  await requireTeam(deps, params);
  if (!(await repo.isWorkspaceMember(deps.db, { workspaceId: params.workspaceId, userId: params.memberId }))) {
    throw new NotFoundError('not_in_workspace', 'Member not found: invite them to the workspace first.');
  }
  await repo.insertTeamMember(deps.db, { workspaceId: params.workspaceId, teamId: params.teamId, userId: params.memberId });
}

export async function removeTeamMember(deps: Deps, params: { workspaceId: string; teamId: string; userId: string; tokenVersion: number; memberId: string }): Promise<void> {
  const access = await requireAccess(deps, params);
  authorize(access, 'members.manage');
  await requireTeam(deps, params);
  if (!(await repo.deleteTeamMember(deps.db, { workspaceId: params.workspaceId, teamId: params.teamId, userId: params.memberId }))) {
    throw new NotFoundError('not_in_team', 'That person is not in this team.');
  }
}
