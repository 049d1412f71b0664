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
  type Role,
} from '@assay/contracts';
import { http } from '../../lib/http.ts';

const base = (workspaceId: string): string => `/workspaces/${workspaceId}`;

export const listMembers = async (workspaceId: string): Promise<Member[]> =>
  (await http.get(`${base(workspaceId)}/members`, { schema: MemberListSchema })).members;

/** Only an owner touches owners; the API refuses (409) to demote the last owner. */
export const changeMemberRole = (workspaceId: string, userId: string, role: Role): Promise<Member> =>
  http.patch(`${base(workspaceId)}/members/${userId}`, { body: { role }, schema: MemberSchema });

/** Removes a member, or leaves the workspace when `userId` is the caller's own id. */
export const removeMember = (workspaceId: string, userId: string): Promise<null> =>
  http.delete(`${base(workspaceId)}/members/${userId}`, { schema: z.null() });

export const listInvitations = async (workspaceId: string): Promise<Invitation[]> =>
  (await http.get(`${base(workspaceId)}/invitations`, { schema: InvitationListSchema })).invitations;

/** The answer carries the link's token: shown once, never stored by the app. */
export const createInvitation = (workspaceId: string, body: CreateInvitationBody): Promise<InvitationCreated> =>
  http.post(`${base(workspaceId)}/invitations`, { body, schema: InvitationCreatedSchema });

export const revokeInvitation = (workspaceId: string, invitationId: string): Promise<null> =>
  http.delete(`${base(workspaceId)}/invitations/${invitationId}`, { schema: z.null() });
