import { queryOptions } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/paging.ts';
import { getAssessment, listRespondentLinks, listTeamAssessments } from './api.ts';

export const assessmentKeys = {
  all: ['assessments'] as const,
  workspace: (workspaceId: string) => [...assessmentKeys.all, workspaceId] as const,
  team: (workspaceId: string, teamId: string) => [...assessmentKeys.workspace(workspaceId), 'team', teamId] as const,
  detail: (workspaceId: string, assessmentId: string) => [...assessmentKeys.workspace(workspaceId), 'detail', assessmentId] as const,
  links: (workspaceId: string, assessmentId: string) => [...assessmentKeys.detail(workspaceId, assessmentId), 'links'] as const,
};

/** The team's assessments, newest first, a page at a time. */
export const teamAssessmentsQuery = (workspaceId: string, teamId: string) =>
  pagedQuery(assessmentKeys.team(workspaceId, teamId), (cursor) => listTeamAssessments(workspaceId, teamId, cursor));

export const assessmentQuery = (workspaceId: string, assessmentId: string) =>
  queryOptions({ queryKey: assessmentKeys.detail(workspaceId, assessmentId), queryFn: () => getAssessment(workspaceId, assessmentId) });

/** The assessment's respondent links, newest first, a page at a time. */
export const respondentLinksQuery = (workspaceId: string, assessmentId: string) =>
  pagedQuery(assessmentKeys.links(workspaceId, assessmentId), (cursor) => listRespondentLinks(workspaceId, assessmentId, cursor));
