import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { UpdateWorkspaceBody } from '@assay/contracts';
import { updateWorkspace } from './api.ts';
import { workspaceKeys } from './queries.ts';

/**
 * A workspace setting's save: the answer becomes the workspace's cached detail, and the workspace
 * lists (and any `alsoInvalidate` key, e.g. what the setting changes elsewhere) are read again.
 */
export function useUpdateWorkspace(workspaceId: string, alsoInvalidate: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateWorkspaceBody) => updateWorkspace(workspaceId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(workspaceKeys.detail(workspaceId), updated);
      return Promise.all([workspaceKeys.all, ...alsoInvalidate].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
