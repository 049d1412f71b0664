import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { getTarget, listActions } from './api.ts';

export const progressKeys = {
  all: ['progress'] as const,
  team: (workspaceId: string, teamId: string) => [...progressKeys.all, workspaceId, teamId] as const,
  target: (workspaceId: string, teamId: string) => [...progressKeys.team(workspaceId, teamId), 'target'] as const,
  actions: (workspaceId: string, teamId: string) => [...progressKeys.team(workspaceId, teamId), 'actions'] as const,
};

export const targetQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: progressKeys.target(workspaceId, teamId), queryFn: () => getTarget(workspaceId, teamId) });

export const actionsQuery = (workspaceId: string, teamId: string) =>
  infiniteQueryOptions({
    queryKey: progressKeys.actions(workspaceId, teamId),
    queryFn: ({ pageParam }) => listActions(workspaceId, teamId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
