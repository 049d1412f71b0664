import { z } from 'zod';
import {
  TeamHistorySchema,
  TeamListSchema,
  TeamSchema,
  type CreateTeamBody,
  type Page,
  type Team,
  type TeamHistory,
  type UpdateTeamBody,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';

const base = (workspaceId: string): string => `/workspaces/${workspaceId}/teams`;

/** A page of the teams the caller may see, by name; archived ones only when asked for. */
export const listTeams = (workspaceId: string, includeArchived: boolean, cursor: string | undefined, limit?: number): Promise<Page<Team>> =>
  http.get(pagePath(`${base(workspaceId)}${includeArchived ? '?includeArchived=true' : ''}`, cursor, limit), { schema: TeamListSchema });

/** One team, archived or not (a member gets 404 for a team they are not in). */
export const getTeam = (workspaceId: string, teamId: string): Promise<Team> =>
  http.get(`${base(workspaceId)}/${teamId}`, { schema: TeamSchema });

export const createTeam = (workspaceId: string, body: CreateTeamBody): Promise<Team> =>
  http.post(base(workspaceId), { body, schema: TeamSchema });

/** Rename and/or archive (archived: true) or unarchive (false). */
export const updateTeam = (workspaceId: string, teamId: string, body: UpdateTeamBody): Promise<Team> =>
  http.patch(`${base(workspaceId)}/${teamId}`, { body, schema: TeamSchema });

/** Puts a workspace member in the team (members see their teams' results); idempotent. */
export const addTeamMember = (workspaceId: string, teamId: string, userId: string): Promise<null> =>
  http.put(`${base(workspaceId)}/${teamId}/members/${userId}`, { schema: z.null() });

export const removeTeamMember = (workspaceId: string, teamId: string, userId: string): Promise<null> =>
  http.delete(`${base(workspaceId)}/${teamId}/members/${userId}`, { schema: z.null() });

/** A page of the team's levels, latest first, with what changed since the one before the latest. */
export const getTeamHistory = (workspaceId: string, teamId: string, cursor: string | undefined): Promise<TeamHistory> =>
  http.get(pagePath(`${base(workspaceId)}/${teamId}/history`, cursor), { schema: TeamHistorySchema });
