import { pagedQuery } from '../../lib/paged-query.ts';
import { getTeamHistory, listTeams } from './api.ts';
import { teamKeys } from './queries.ts';

/** The teams by name, a page at a time. */
export const teamListQuery = (workspaceId: string, { includeArchived = false }: { includeArchived?: boolean } = {}) =>
  pagedQuery(teamKeys.list(workspaceId, includeArchived), (cursor) => listTeams(workspaceId, includeArchived, cursor));

/** The team's levels, latest first, a page at a time (each page has the change since the one before the latest). */
export const teamHistoryQuery = (workspaceId: string, teamId: string) =>
  pagedQuery(teamKeys.history(workspaceId, teamId), (cursor) => getTeamHistory(workspaceId, teamId, cursor));
