import {
  CreateInvitationBodySchema,
  CreateWorkspaceBodySchema,
  DeleteWorkspaceBodySchema,
  InvitationAcceptedSchema,
  InvitationCreatedSchema,
  InvitationListSchema,
  InvitationParamsSchema,
  InvitationPreviewSchema,
  InvitationTokenBodySchema,
  MemberListSchema,
  MemberParamsSchema,
  PageQuerySchema,
  MemberSchema,
  UpdateMemberBodySchema,
  UpdateWorkspaceBodySchema,
  WorkspaceListQuerySchema,
  WorkspaceListSchema,
  WorkspaceParamsSchema,
  WorkspaceSchema,
} from '@assay/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { errorResponses, sendDownload } from '../../lib/http.ts';
import { PAGED } from '../../lib/paging.ts';
import * as limits from '../../lib/limits.ts';
import { callerOf } from '../../plugins/auth.ts';
import * as service from './workspaces.service.ts';

export const workspacesRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const deps = { db: app.db, database: app.database, config };
  const signedIn = { onRequest: app.authenticate };
  const security = [{ bearer: [] }];
  const tags = ['workspaces'];

  app.post(
    '/workspaces',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Create a workspace (you become its owner)',
        body: CreateWorkspaceBodySchema,
        response: { 201: WorkspaceSchema, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createWorkspace(deps, { ...callerOf(request), name: request.body.name })),
  );

  app.get(
    '/workspaces',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'The workspaces you belong to, by name (`q`: only names containing it, any case)',
        description: PAGED,
        querystring: WorkspaceListQuerySchema,
        response: { 200: WorkspaceListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.listWorkspaces(deps, { ...request.query, ...callerOf(request) }),
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      ...signedIn,
      schema: { tags, security, summary: 'A workspace', params: WorkspaceParamsSchema, response: { 200: WorkspaceSchema, ...errorResponses(400, 401, 404) } },
    },
    async (request) => service.getWorkspace(deps, { ...request.params, ...callerOf(request) }),
  );

  app.patch(
    '/workspaces/:workspaceId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Rename a workspace or change its anonymity threshold k, 1–10, time zone or client-benchmark consent (owner, admin; the consent: owner only)',
        description:
          'Changes of k, the time zone and the consent are recorded in the audit trail in the same transaction. `clientBenchmark: true` lets this workspace\'s latest closed results count, unattributed, in the "Your clients" benchmark of its owners, admins and assessors (`GET …/client-benchmark` of their other workspaces); default off, only an owner may change it (403 for an admin).',
        params: WorkspaceParamsSchema,
        body: UpdateWorkspaceBodySchema,
        response: { 200: WorkspaceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.updateWorkspace(deps, { ...request.params, ...callerOf(request), ...request.body }),
  );

  app.delete(
    '/workspaces/:workspaceId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Delete the workspace and everything in it (owner; type its name to confirm)',
        description: 'Cannot be undone: export it first (GET …/export). A record of the deletion is kept outside the workspace.',
        params: WorkspaceParamsSchema,
        body: DeleteWorkspaceBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteWorkspace(deps, { ...request.params, ...callerOf(request), confirmName: request.body.confirmName });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/workspaces/:workspaceId/export',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Download the whole workspace as JSON (owner)',
        description: 'Members, teams, assessments, responses with answers, results, respondent links and invitations (never their tokens) and the audit trail.',
        params: WorkspaceParamsSchema,
        response: { 200: z.string().describe('The JSON file'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await service.exportWorkspace(deps, { ...request.params, ...callerOf(request) });
      return sendDownload(reply, { ...file, contentType: 'application/json; charset=utf-8' });
    },
  );

  app.get(
    '/workspaces/:workspaceId/members',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Members by name, their roles and teams',
        description: PAGED,
        params: WorkspaceParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: MemberListSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => service.listMembers(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.patch(
    '/workspaces/:workspaceId/members/:userId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Change a member’s role (owner, admin; only owners touch owners)',
        params: MemberParamsSchema,
        body: UpdateMemberBodySchema,
        response: { 200: MemberSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.changeMemberRole(deps, {
        workspaceId: request.params.workspaceId,
        memberId: request.params.userId,
        ...callerOf(request),
        role: request.body.role,
      }),
  );

  app.delete(
    '/workspaces/:workspaceId/members/:userId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Remove a member (owner, admin), or leave (yourself); never the last owner',
        params: MemberParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeMember(deps, { workspaceId: request.params.workspaceId, memberId: request.params.userId, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/workspaces/:workspaceId/invitations',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Create an invitation link with a role (owner, admin)',
        params: WorkspaceParamsSchema,
        body: CreateInvitationBodySchema,
        response: { 201: InvitationCreatedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createInvitation(deps, { ...request.params, ...request.body, ...callerOf(request) })),
  );

  app.get(
    '/workspaces/:workspaceId/invitations',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Invitations of the workspace, newest first (owner, admin)',
        description: PAGED,
        params: WorkspaceParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: InvitationListSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listInvitations(deps, { ...request.params, ...request.query, ...callerOf(request) }),
  );

  app.delete(
    '/workspaces/:workspaceId/invitations/:invitationId',
    {
      ...signedIn,
      schema: {
        tags,
        security,
        summary: 'Revoke an invitation (owner, admin)',
        params: InvitationParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeInvitation(deps, { ...request.params, ...callerOf(request) });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/invitations/lookup',
    {
      onRequest: app.addressCeiling,
      config: { rateLimit: limits.perAddressAndLink(config) },
      schema: {
        tags,
        summary: 'What an invitation link offers (no sign-in needed)',
        body: InvitationTokenBodySchema,
        response: { 200: InvitationPreviewSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => service.previewInvitation(deps, request.body),
  );

  app.post(
    '/invitations/accept',
    {
      onRequest: [app.authenticate, app.addressCeiling],
      config: { rateLimit: limits.perAddressAndLink(config) },
      schema: {
        tags,
        security,
        summary: 'Accept an invitation as the signed-in user',
        body: InvitationTokenBodySchema,
        response: { 200: InvitationAcceptedSchema, ...errorResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request) => ({ workspace: await service.acceptInvitation(deps, { token: request.body.token, ...callerOf(request) }) }),
  );
};
