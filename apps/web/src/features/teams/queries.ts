import { queryOptions } from '@tanstack/react-query';
import { allPages, pagedQuery } from '../../lib/paging.ts';
import { getTeam, getTeamHistory, listTeams } from './api.ts';

export const teamKeys = {
  all: ['teams'] as const,
  workspace: (workspaceId: string) => [...teamKeys.all, workspaceId] as const,
  list: (workspaceId: string, includeArchived = false) => [...teamKeys.workspace(workspaceId), 'list', { includeArchived }] as const,
  /** Every team at once (a lookup by id), apart from the paged list. */
  everyTeam: (workspaceId: string) => [...teamKeys.workspace(workspaceId), 'every'] as const,
  detail: (workspaceId: string, teamId: string) => [...teamKeys.workspace(workspaceId), teamId, 'detail'] as const,
  history: (workspaceId: string, teamId: string) => [...teamKeys.workspace(workspaceId), teamId, 'history'] as const,
};

/** The teams by name, a page at a time. */
export const teamListQuery = (workspaceId: string, { includeArchived = false }: { includeArchived?: boolean } = {}) =>
  pagedQuery(teamKeys.list(workspaceId, includeArchived), (cursor) => listTeams(workspaceId, includeArchived, cursor));

/** Every team, archived ones too: to name teams by id and offer them in a picker. */
export const everyTeamQuery = (workspaceId: string) =>
  queryOptions({ queryKey: teamKeys.everyTeam(workspaceId), queryFn: () => allPages((cursor, limit) => listTeams(workspaceId, true, cursor, limit)) });

export const teamQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: teamKeys.detail(workspaceId, teamId), queryFn: () => getTeam(workspaceId, teamId) });

/** The team's levels, latest first, a page at a time (each page has the change since the one before the latest). */
export const teamHistoryQuery = (workspaceId: string, teamId: string) =>
  pagedQuery(teamKeys.history(workspaceId, teamId), (cursor) => getTeamHistory(workspaceId, teamId, cursor));
