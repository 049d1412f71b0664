import { z } from 'zod';
import {
  AssessmentListSchema,
  AssessmentSchema,
  RespondentLinkCreatedSchema,
  RespondentLinkListSchema,
  RosterSchema,
  type Assessment,
  type AssessmentSort,
  type CreateAssessmentBody,
  type CreateRespondentLinkBody,
  type Page,
  type RespondentLink,
  type RespondentLinkCreated,
  type RosterEntry,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';

const base = (workspaceId: string, assessmentId: string): string => `/workspaces/${workspaceId}/assessments/${assessmentId}`;

/** A page of the team's assessments in the order `sort` asks. */
export const listTeamAssessments = (workspaceId: string, teamId: string, sort: AssessmentSort, cursor: string | undefined): Promise<Page<Assessment>> =>
  http.get(pagePath(`/workspaces/${workspaceId}/teams/${teamId}/assessments?sort=${sort}`, cursor), { schema: AssessmentListSchema });

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

/** A personal link's reminder: a new link (shown once), the old one revoked, the started response kept. */
export const reissueRespondentLink = (workspaceId: string, assessmentId: string, linkId: string): Promise<RespondentLinkCreated> =>
  http.post(`${base(workspaceId, assessmentId)}/respondent-links/${linkId}/reissue`, { schema: RespondentLinkCreatedSchema });

/** A page of the roster: members, personal links, then shared links, with statuses (never answers). */
export const listRoster = (workspaceId: string, assessmentId: string, cursor: string | undefined): Promise<Page<RosterEntry>> =>
  http.get(pagePath(`${base(workspaceId, assessmentId)}/roster`, cursor), { schema: RosterSchema });
