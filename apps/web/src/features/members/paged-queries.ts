import { pagedQuery } from '../../lib/paged-query.ts';
import { listInvitations, listMembers } from './api.ts';
import { memberKeys } from './queries.ts';

/** Members with their roles and teams, by name, a page at a time (every role may read it). */
export const memberListQuery = (workspaceId: string) => pagedQuery(memberKeys.list(workspaceId), (cursor) => listMembers(workspaceId, cursor));

/** Invitations of every status, newest first, a page at a time (owners and admins only: others get 403). */
export const invitationListQuery = (workspaceId: string) => pagedQuery(memberKeys.invitations(workspaceId), (cursor) => listInvitations(workspaceId, cursor));
