import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ActionSort } from '@assay/contracts';
import { keepWhileResorting } from '../../lib/paged-query.ts';
import { getTarget, listActions } from './api.ts';

export const progressKeys = {
  all: ['progress'] as const,
  team: (workspaceId: string, teamId: string) => [...progressKeys.all, workspaceId, teamId] as const,
  target: (workspaceId: string, teamId: string) => [...progressKeys.team(workspaceId, teamId), 'target'] as const,
  actions: (workspaceId: string, teamId: string) => [...progressKeys.team(workspaceId, teamId), 'actions'] as const,
};

export const targetQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: progressKeys.target(workspaceId, teamId), queryFn: () => getTarget(workspaceId, teamId) });

/** The team's actions in the order `sort` asks, a page at a time (each sort is a list of its own). */
export const actionsQuery = (workspaceId: string, teamId: string, sort: ActionSort) =>
  infiniteQueryOptions({
    queryKey: [...progressKeys.actions(workspaceId, teamId), sort],
    queryFn: ({ pageParam }) => listActions(workspaceId, teamId, sort, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepWhileResorting(progressKeys.actions(workspaceId, teamId)),
  });
