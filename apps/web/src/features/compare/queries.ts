import { queryOptions } from '@tanstack/react-query';
import { compareTeams } from './api.ts';

export const compareKeys = {
  all: ['compare'] as const,
  teams: (workspaceId: string, teamIds: readonly string[]) => [...compareKeys.all, workspaceId, ...teamIds] as const,
};

export const comparisonQuery = (workspaceId: string, teamIds: readonly string[]) =>
  queryOptions({ queryKey: compareKeys.teams(workspaceId, teamIds), queryFn: () => compareTeams(workspaceId, teamIds) });
