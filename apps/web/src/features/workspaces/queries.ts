import { queryOptions } from '@tanstack/react-query';
import { getWorkspace } from './api.ts';

export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
  detail: (workspaceId: string) => [...workspaceKeys.all, 'detail', workspaceId] as const,
};



export const workspaceQuery = (workspaceId: string) =>
  queryOptions({ queryKey: workspaceKeys.detail(workspaceId), queryFn: () => getWorkspace(workspaceId) });
