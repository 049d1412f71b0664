import { z } from 'zod';
import {
  WorkspaceListSchema,
  WorkspaceSchema,
  type CreateWorkspaceBody,
  type DeleteWorkspaceBody,
  type Page,
  type UpdateWorkspaceBody,
  type Workspace,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';
import { saveFile } from '../../lib/save-file.ts';

/** A page of the caller's workspaces, by name (only names containing `q`, any case, when given). */
export const listWorkspaces = (cursor: string | undefined, q?: string, limit?: number): Promise<Page<Workspace>> =>
  http.get(pagePath(q ? `/workspaces?q=${encodeURIComponent(q)}` : '/workspaces', cursor, limit), { schema: WorkspaceListSchema });

export const getWorkspace = (workspaceId: string): Promise<Workspace> =>
  http.get(`/workspaces/${workspaceId}`, { schema: WorkspaceSchema });

/** Rename, or change the anonymity threshold (owners and admins). */
export const updateWorkspace = (workspaceId: string, body: UpdateWorkspaceBody): Promise<Workspace> =>
  http.patch(`/workspaces/${workspaceId}`, { body, schema: WorkspaceSchema });

export const createWorkspace = (body: CreateWorkspaceBody): Promise<Workspace> =>
  http.post('/workspaces', { body, schema: WorkspaceSchema });

/** The whole workspace as a JSON download (owners; the export is recorded in its audit log). */
export const downloadWorkspace = (workspaceId: string): Promise<void> =>
  saveFile(`/workspaces/${workspaceId}/export`, `assay-workspace-${workspaceId.slice(0, 8)}.json`);

/** Deletes the workspace and everything in it (owners); `confirmName` must be its name, exactly. */
export const deleteWorkspace = (workspaceId: string, body: DeleteWorkspaceBody): Promise<null> =>
  http.delete(`/workspaces/${workspaceId}`, { body, schema: z.null() });
