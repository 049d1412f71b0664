import type { AssessmentSort } from '@assay/contracts';
import { keepWhileResorting, pagedQuery } from '../../lib/paged-query.ts';
import { listRespondentLinks, listRoster, listTeamAssessments } from './api.ts';
import { assessmentKeys } from './queries.ts';

/** The team's assessments in the order `sort` asks, a page at a time (each sort is a list of its own). */
export const teamAssessmentsQuery = (workspaceId: string, teamId: string, sort: AssessmentSort = 'created') =>
  ({
    ...pagedQuery([...assessmentKeys.team(workspaceId, teamId), sort], (cursor) => listTeamAssessments(workspaceId, teamId, sort, cursor)),
    placeholderData: keepWhileResorting(assessmentKeys.team(workspaceId, teamId)),
  });

/** The assessment's respondent links, newest first, a page at a time. */
export const respondentLinksQuery = (workspaceId: string, assessmentId: string) =>
  pagedQuery(assessmentKeys.links(workspaceId, assessmentId), (cursor) => listRespondentLinks(workspaceId, assessmentId, cursor));

/** Who has answered the assessment, a page at a time. */
export const rosterQuery = (workspaceId: string, assessmentId: string) =>
  pagedQuery(assessmentKeys.roster(workspaceId, assessmentId), (cursor) => listRoster(workspaceId, assessmentId, cursor));
