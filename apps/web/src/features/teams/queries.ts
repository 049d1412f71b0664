import { queryOptions } from '@tanstack/react-query';
import { getTeamHistory, listTeams } from './api.ts';

export const teamKeys = {
  all: ['teams'] as const,
  list: (workspaceId: string) => [...teamKeys.all, workspaceId, 'list'] as const,
  history: (workspaceId: string, teamId: string) => [...teamKeys.all, workspaceId, teamId, 'history'] as const,
};

export const teamListQuery = (workspaceId: string) =>
  queryOptions({ queryKey: teamKeys.list(workspaceId), queryFn: () => listTeams(workspaceId) });

export const teamHistoryQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: teamKeys.history(workspaceId, teamId), queryFn: () => getTeamHistory(workspaceId, teamId) });
