import { queryOptions } from '@tanstack/react-query';
import { getAssessment } from './api.ts';

export const assessmentKeys = {
  all: ['assessments'] as const,
  workspace: (workspaceId: string) => [...assessmentKeys.all, workspaceId] as const,
  team: (workspaceId: string, teamId: string) => [...assessmentKeys.workspace(workspaceId), 'team', teamId] as const,
  detail: (workspaceId: string, assessmentId: string) => [...assessmentKeys.workspace(workspaceId), 'detail', assessmentId] as const,
  links: (workspaceId: string, assessmentId: string) => [...assessmentKeys.detail(workspaceId, assessmentId), 'links'] as const,
  roster: (workspaceId: string, assessmentId: string) => [...assessmentKeys.detail(workspaceId, assessmentId), 'roster'] as const,
};

export const assessmentQuery = (workspaceId: string, assessmentId: string) =>
  queryOptions({ queryKey: assessmentKeys.detail(workspaceId, assessmentId), queryFn: () => getAssessment(workspaceId, assessmentId) });

