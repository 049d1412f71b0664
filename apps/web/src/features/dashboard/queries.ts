import { infiniteQueryOptions } from '@tanstack/react-query';
import { getDashboard, type DashboardView } from './api.ts';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  workspace: (workspaceId: string) => [...dashboardKeys.all, workspaceId] as const,
  view: (workspaceId: string, view: DashboardView) => [...dashboardKeys.workspace(workspaceId), view] as const,
};

/** The dashboard's pages for one sort and set of filters; "load more" fetches the next. */
export const dashboardQuery = (workspaceId: string, view: DashboardView) =>
  infiniteQueryOptions({
    queryKey: dashboardKeys.view(workspaceId, view),
    queryFn: ({ pageParam }) => getDashboard(workspaceId, view, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
