import { queryOptions } from '@tanstack/react-query';
import { getTeam, getTeamHistory, listTeams } from './api.ts';

export const teamKeys = {
  all: ['teams'] as const,
  workspace: (workspaceId: string) => [...teamKeys.all, workspaceId] as const,
  list: (workspaceId: string, includeArchived = false) => [...teamKeys.workspace(workspaceId), 'list', { includeArchived }] as const,
  detail: (workspaceId: string, teamId: string) => [...teamKeys.workspace(workspaceId), teamId, 'detail'] as const,
  history: (workspaceId: string, teamId: string) => [...teamKeys.workspace(workspaceId), teamId, 'history'] as const,
};

export const teamListQuery = (workspaceId: string, { includeArchived = false }: { includeArchived?: boolean } = {}) =>
  queryOptions({ queryKey: teamKeys.list(workspaceId, includeArchived), queryFn: () => listTeams(workspaceId, includeArchived) });

export const teamQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: teamKeys.detail(workspaceId, teamId), queryFn: () => getTeam(workspaceId, teamId) });

export const teamHistoryQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: teamKeys.history(workspaceId, teamId), queryFn: () => getTeamHistory(workspaceId, teamId) });
