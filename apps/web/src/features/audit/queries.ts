import { infiniteQueryOptions } from '@tanstack/react-query';
import { listAudit, type AuditFilter } from './api.ts';

export const auditKeys = {
  all: ['audit'] as const,
  workspace: (workspaceId: string) => [...auditKeys.all, workspaceId] as const,
  list: (workspaceId: string, filter: AuditFilter) => [...auditKeys.workspace(workspaceId), 'list', filter] as const,
};

/** The audit log, newest first, a page at a time (owners and admins; others get 403). */
export const auditQuery = (workspaceId: string, filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(workspaceId, filter),
    queryFn: ({ pageParam }) => listAudit(workspaceId, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
