import { queryOptions } from '@tanstack/react-query';
import { getAssessment, listRespondentLinks, listTeamAssessments } from './api.ts';

export const assessmentKeys = {
  all: ['assessments'] as const,
  workspace: (workspaceId: string) => [...assessmentKeys.all, workspaceId] as const,
  team: (workspaceId: string, teamId: string) => [...assessmentKeys.workspace(workspaceId), 'team', teamId] as const,
  detail: (workspaceId: string, assessmentId: string) => [...assessmentKeys.workspace(workspaceId), 'detail', assessmentId] as const,
  links: (workspaceId: string, assessmentId: string) => [...assessmentKeys.detail(workspaceId, assessmentId), 'links'] as const,
};

export const teamAssessmentsQuery = (workspaceId: string, teamId: string) =>
  queryOptions({ queryKey: assessmentKeys.team(workspaceId, teamId), queryFn: () => listTeamAssessments(workspaceId, teamId) });

export const assessmentQuery = (workspaceId: string, assessmentId: string) =>
  queryOptions({ queryKey: assessmentKeys.detail(workspaceId, assessmentId), queryFn: () => getAssessment(workspaceId, assessmentId) });

export const respondentLinksQuery = (workspaceId: string, assessmentId: string) =>
  queryOptions({
    queryKey: assessmentKeys.links(workspaceId, assessmentId),
    queryFn: () => listRespondentLinks(workspaceId, assessmentId),
  });
