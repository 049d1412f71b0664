import { z } from 'zod';
import {
  AssessmentListSchema,
  AssessmentSchema,
  RespondentLinkCreatedSchema,
  RespondentLinkListSchema,
  type Assessment,
  type CreateAssessmentBody,
  type CreateRespondentLinkBody,
  type Page,
  type RespondentLink,
  type RespondentLinkCreated,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';

const base = (workspaceId: string, assessmentId: string): string => `/workspaces/${workspaceId}/assessments/${assessmentId}`;

/** A page of the team's assessments, newest first. */
export const listTeamAssessments = (workspaceId: string, teamId: string, cursor: string | undefined): Promise<Page<Assessment>> =>
  http.get(pagePath(`/workspaces/${workspaceId}/teams/${teamId}/assessments`, cursor), { schema: AssessmentListSchema });

/** Starts a draft; the title is the reader's (the API's default is English, so the app always sends one). */
export const startAssessment = (workspaceId: string, teamId: string, body: CreateAssessmentBody): Promise<Assessment> =>
  http.post(`/workspaces/${workspaceId}/teams/${teamId}/assessments`, { body, schema: AssessmentSchema });

/** Deletes a draft (409 once it has been opened). */
export const deleteAssessment = (workspaceId: string, assessmentId: string): Promise<null> =>
  http.delete(base(workspaceId, assessmentId), { schema: z.null() });

export const getAssessment = (workspaceId: string, assessmentId: string): Promise<Assessment> =>
  http.get(base(workspaceId, assessmentId), { schema: AssessmentSchema });

/** open, close (computes the team result) or reopen (owners and admins). */
export const transitionAssessment = (
  workspaceId: string,
  assessmentId: string,
  action: 'open' | 'close' | 'reopen',
): Promise<Assessment> => http.post(`${base(workspaceId, assessmentId)}/${action}`, { schema: AssessmentSchema });

/** A page of the assessment's respondent links, newest first. */
export const listRespondentLinks = (workspaceId: string, assessmentId: string, cursor: string | undefined): Promise<Page<RespondentLink>> =>
  http.get(pagePath(`${base(workspaceId, assessmentId)}/respondent-links`, cursor), { schema: RespondentLinkListSchema });

export const createRespondentLink = (
  workspaceId: string,
  assessmentId: string,
  body: CreateRespondentLinkBody,
): Promise<RespondentLinkCreated> =>
  http.post(`${base(workspaceId, assessmentId)}/respondent-links`, { body, schema: RespondentLinkCreatedSchema });

export const revokeRespondentLink = (workspaceId: string, assessmentId: string, linkId: string): Promise<unknown> =>
  http.delete(`${base(workspaceId, assessmentId)}/respondent-links/${linkId}`, { schema: z.unknown() });
