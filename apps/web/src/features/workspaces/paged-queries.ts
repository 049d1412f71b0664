import { pagedQuery } from '../../lib/paged-query.ts';
import { listWorkspaces } from './api.ts';
import { workspaceKeys } from './queries.ts';

/** The caller's workspaces by name, a page at a time. */
export const workspaceListQuery = () => pagedQuery(workspaceKeys.list(), listWorkspaces);
