import { TeamHistorySchema, TeamListSchema, TeamSchema, type CreateTeamBody, type Team, type TeamHistory } from '@assay/contracts';
import { http } from '../../lib/http.ts';

export const listTeams = async (workspaceId: string): Promise<Team[]> =>
  (await http.get(`/workspaces/${workspaceId}/teams`, { schema: TeamListSchema })).teams;

export const createTeam = (workspaceId: string, body: CreateTeamBody): Promise<Team> =>
  http.post(`/workspaces/${workspaceId}/teams`, { body, schema: TeamSchema });

export const getTeamHistory = (workspaceId: string, teamId: string): Promise<TeamHistory> =>
  http.get(`/workspaces/${workspaceId}/teams/${teamId}/history`, { schema: TeamHistorySchema });
