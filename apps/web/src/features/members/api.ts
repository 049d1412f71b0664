import { z } from 'zod';
import {
  InvitationCreatedSchema,
  InvitationListSchema,
  MemberListSchema,
  MemberSchema,
  type CreateInvitationBody,
  type Invitation,
  type InvitationCreated,
  type Member,
  type Page,
  type Role,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';

const base = (workspaceId: string): string => `/workspaces/${workspaceId}`;

/** A page of the members, by name. */
export const listMembers = (workspaceId: string, cursor: string | undefined, limit?: number): Promise<Page<Member>> =>
  http.get(pagePath(`${base(workspaceId)}/members`, cursor, limit), { schema: MemberListSchema });

/** Only an owner touches owners; the API refuses (409) to demote the last owner. */
export const changeMemberRole = (workspaceId: string, userId: string, role: Role): Promise<Member> =>
  http.patch(`${base(workspaceId)}/members/${userId}`, { body: { role }, schema: MemberSchema });

/** Removes a member, or leaves the workspace when `userId` is the caller's own id. */
export const removeMember = (workspaceId: string, userId: string): Promise<null> =>
  http.delete(`${base(workspaceId)}/members/${userId}`, { schema: z.null() });

/** A page of the invitations, newest first. */
export const listInvitations = (workspaceId: string, cursor: string | undefined): Promise<Page<Invitation>> =>
  http.get(pagePath(`${base(workspaceId)}/invitations`, cursor), { schema: InvitationListSchema });

/** The answer carries the link's token: shown once, never stored by the app. */
export const createInvitation = (workspaceId: string, body: CreateInvitationBody): Promise<InvitationCreated> =>
  http.post(`${base(workspaceId)}/invitations`, { body, schema: InvitationCreatedSchema });

export const revokeInvitation = (workspaceId: string, invitationId: string): Promise<null> =>
  http.delete(`${base(workspaceId)}/invitations/${invitationId}`, { schema: z.null() });
