import { queryOptions } from '@tanstack/react-query';
import { getIndividualResult, getTeamResult } from './api.ts';

export const resultKeys = {
  all: ['results'] as const,
  assessment: (workspaceId: string, assessmentId: string) => [...resultKeys.all, workspaceId, assessmentId] as const,
  team: (workspaceId: string, assessmentId: string) => [...resultKeys.assessment(workspaceId, assessmentId), 'team'] as const,
  individual: (workspaceId: string, assessmentId: string, responseId: string) =>
    [...resultKeys.assessment(workspaceId, assessmentId), 'response', responseId] as const,
};

export const teamResultQuery = (workspaceId: string, assessmentId: string) =>
  queryOptions({ queryKey: resultKeys.team(workspaceId, assessmentId), queryFn: () => getTeamResult(workspaceId, assessmentId) });

export const individualResultQuery = (workspaceId: string, assessmentId: string, responseId: string) =>
  queryOptions({
    queryKey: resultKeys.individual(workspaceId, assessmentId, responseId),
    queryFn: () => getIndividualResult(workspaceId, assessmentId, responseId),
  });
