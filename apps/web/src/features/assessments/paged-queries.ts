import { pagedQuery } from '../../lib/paged-query.ts';
import { listRespondentLinks, listRoster, listTeamAssessments } from './api.ts';
import { assessmentKeys } from './queries.ts';

/** The team's assessments, newest first, a page at a time. */
export const teamAssessmentsQuery = (workspaceId: string, teamId: string) =>
  pagedQuery(assessmentKeys.team(workspaceId, teamId), (cursor) => listTeamAssessments(workspaceId, teamId, cursor));

/** The assessment's respondent links, newest first, a page at a time. */
export const respondentLinksQuery = (workspaceId: string, assessmentId: string) =>
  pagedQuery(assessmentKeys.links(workspaceId, assessmentId), (cursor) => listRespondentLinks(workspaceId, assessmentId, cursor));

/** Who has answered the assessment, a page at a time. */
export const rosterQuery = (workspaceId: string, assessmentId: string) =>
  pagedQuery(assessmentKeys.roster(workspaceId, assessmentId), (cursor) => listRoster(workspaceId, assessmentId, cursor));
