import { z } from 'zod';
import {
  ActionPageSchema,
  ActionSchema,
  TeamTargetViewSchema,
  type Action,
  type ActionPage,
  type ActionSort,
  type CreateActionBody,
  type SetTeamTargetBody,
  type TeamTargetView,
  type UpdateActionBody,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';

const team = (workspaceId: string, teamId: string): string => `/workspaces/${workspaceId}/teams/${teamId}`;

/** The team's target and how it stands against it (`{ target: null, progress: null }` when none). */
export const getTarget = (workspaceId: string, teamId: string): Promise<TeamTargetView> =>
  http.get(`${team(workspaceId, teamId)}/target`, { schema: TeamTargetViewSchema });

export const setTarget = (workspaceId: string, teamId: string, body: SetTeamTargetBody): Promise<TeamTargetView> =>
  http.put(`${team(workspaceId, teamId)}/target`, { body, schema: TeamTargetViewSchema });

export const clearTarget = (workspaceId: string, teamId: string): Promise<null> =>
  http.delete(`${team(workspaceId, teamId)}/target`, { schema: z.null() });

/** A page of the team's actions in the order `sort` asks; pass the previous page's nextCursor (of the same sort) for the next. */
export const listActions = (workspaceId: string, teamId: string, sort: ActionSort, cursor: string | null): Promise<ActionPage> =>
  http.get(pagePath(`${team(workspaceId, teamId)}/actions?sort=${sort}`, cursor ?? undefined), { schema: ActionPageSchema });

export const createAction = (workspaceId: string, teamId: string, body: CreateActionBody): Promise<Action> =>
  http.post(`${team(workspaceId, teamId)}/actions`, { body, schema: ActionSchema });

export const updateAction = (workspaceId: string, teamId: string, actionId: string, body: UpdateActionBody): Promise<Action> =>
  http.patch(`${team(workspaceId, teamId)}/actions/${actionId}`, { body, schema: ActionSchema });

export const deleteAction = (workspaceId: string, teamId: string, actionId: string): Promise<null> =>
  http.delete(`${team(workspaceId, teamId)}/actions/${actionId}`, { schema: z.null() });
