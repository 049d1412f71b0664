import { queryOptions } from '@tanstack/react-query';
import { allPages } from '../../lib/paging.ts';
import { getTeam, listTeams } from './api.ts';

export const teamKeys = {
  all: ['teams'] as const,
  workspace: (workspaceId: string) => [...teamKeys.all, workspaceId] as const,
  list: (workspaceId: string, includeArchived = false) => [...teamKeys.workspace(workspaceId), 'list', { includeArchived }] as const,
  /** Every team at once (a lookup by id), apart from the paged list. */
  everyTeam: (workspaceId: string) => [...teamKeys.workspace(workspaceId), 'every'] as const,
  detail: (workspaceId: string, teamId: string) => [...teamKeys.workspace(workspaceId), teamId, 'detail'] as const,
  history: (workspaceId: string, teamId: string) => [...teamKeys.workspace(workspaceId), teamId, 'history'] as const,
};

/** Every team, archived ones too: to name teams by id and offer them in a picker. */
export const everyTeamQuery = (workspaceId: string) =>
  queryOptions({ queryKey: teamKeys.everyTeam(workspaceId), queryFn: () => allPages((cursor, limit) => listTeams(workspaceId, true, cursor, limit)) });

export const teamQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: teamKeys.detail(workspaceId, teamId), queryFn: () => getTeam(workspaceId, teamId) });

