import { queryOptions } from '@tanstack/react-query';
import { getWorkspace } from './api.ts';
import { workspaceKeys } from './keys.ts';

export { workspaceKeys } from './keys.ts';


export const workspaceQuery = (workspaceId: string) =>
  queryOptions({ queryKey: workspaceKeys.detail(workspaceId), queryFn: () => getWorkspace(workspaceId) });
