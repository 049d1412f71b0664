import { queryOptions } from '@tanstack/react-query';
import { listInvitations, listMembers } from './api.ts';

export const memberKeys = {
  all: ['members'] as const,
  workspace: (workspaceId: string) => [...memberKeys.all, workspaceId] as const,
  list: (workspaceId: string) => [...memberKeys.workspace(workspaceId), 'list'] as const,
  invitations: (workspaceId: string) => [...memberKeys.workspace(workspaceId), 'invitations'] as const,
};

/** Members with their roles and teams (every role may read it). */
export const memberListQuery = (workspaceId: string) =>
  queryOptions({ queryKey: memberKeys.list(workspaceId), queryFn: () => listMembers(workspaceId) });

/** Invitations of every status (owners and admins only: others get 403). */
export const invitationListQuery = (workspaceId: string) =>
  queryOptions({ queryKey: memberKeys.invitations(workspaceId), queryFn: () => listInvitations(workspaceId) });
