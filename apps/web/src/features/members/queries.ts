import { queryOptions } from '@tanstack/react-query';
import { allPages } from '../../lib/paging.ts';
import { listMembers } from './api.ts';

export const memberKeys = {
  all: ['members'] as const,
  workspace: (workspaceId: string) => [...memberKeys.all, workspaceId] as const,
  list: (workspaceId: string) => [...memberKeys.workspace(workspaceId), 'list'] as const,
  /** Every member at once (a team's page splits them into in the team and not), apart from the paged list. */
  everyMember: (workspaceId: string) => [...memberKeys.workspace(workspaceId), 'every'] as const,
  invitations: (workspaceId: string) => [...memberKeys.workspace(workspaceId), 'invitations'] as const,
};

/** Every member: for adding to and removing from a team. */
export const everyMemberQuery = (workspaceId: string) =>
  queryOptions({ queryKey: memberKeys.everyMember(workspaceId), queryFn: () => allPages((cursor, limit) => listMembers(workspaceId, cursor, limit)) });

