import { WorkspaceListSchema, WorkspaceSchema, type CreateWorkspaceBody, type UpdateWorkspaceBody, type Workspace } from '@assay/contracts';
import { http } from '../../lib/http.ts';

export const listWorkspaces = async (): Promise<Workspace[]> =>
  (await http.get('/workspaces', { schema: WorkspaceListSchema })).workspaces;

export const getWorkspace = (workspaceId: string): Promise<Workspace> =>
  http.get(`/workspaces/${workspaceId}`, { schema: WorkspaceSchema });

/** Rename, or change the anonymity threshold (owners and admins). */
export const updateWorkspace = (workspaceId: string, body: UpdateWorkspaceBody): Promise<Workspace> =>
  http.patch(`/workspaces/${workspaceId}`, { body, schema: WorkspaceSchema });

export const createWorkspace = (body: CreateWorkspaceBody): Promise<Workspace> =>
  http.post('/workspaces', { body, schema: WorkspaceSchema });
