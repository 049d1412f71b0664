import type { Invitation, InvitationCreated, InvitationPreview, Member, Page, Role, Workspace } from '@assay/contracts';
import type { Deps } from '../../deps.ts';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts';
import { pageOf } from '../../lib/paging.ts';
import { addDays, iso, isoOrNull } from '../../lib/time.ts';
import { requireCurrentToken } from '../../lib/session.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { authorize, visibleTeams, type Access } from '../../permissions.ts';
import { insertAuditEvent } from '../audit/audit.repo.ts';
import * as teamsRepo from '../teams/teams.repo.ts';
import * as repo from './workspaces.repo.ts';

export const WORKSPACE_NOT_FOUND = 'Workspace not found.';

/**
 * The caller's access to a workspace. Not being a member reads exactly like the workspace not
 * existing (404), so nobody learns about other tenants.
 */
export async function requireAccess(deps: Deps, params: { workspaceId: string; userId: string; tokenVersion: number }): Promise<Access> {
  const found = await repo.findAccess(deps.db, params);
  requireCurrentToken(found?.tokenVersion, params);
  if (!found?.role) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
  return { workspaceId: params.workspaceId, userId: params.userId, role: found.role, teamIds: found.teamIds };
}

/** The caller's access as of the locked membership rows (teams do not matter for member management). */
function lockedAccess(members: readonly { userId: string; role: Role }[], params: { workspaceId: string; userId: string }): Access {
  const caller = members.find((m) => m.userId === params.userId);
  if (!caller) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
  return { workspaceId: params.workspaceId, userId: params.userId, role: caller.role, teamIds: [] };
}

function toWorkspace(row: repo.WorkspaceRow, role: Role): Workspace {
  return {
    id: row.id,
    name: row.name,
    role,
    createdAt: iso(row.createdAt),
    anonymityThreshold: row.anonymityThreshold,
    anonymityChange: row.anonymityChangedAt ? { at: iso(row.anonymityChangedAt), by: row.anonymityChangedBy } : null,
    timeZone: row.timeZone,
    clientBenchmark: row.clientBenchmark,
  };
}

export async function createWorkspace(deps: Deps, params: { userId: string; tokenVersion: number; name: string }): Promise<Workspace> {
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertWorkspace(tx, { name: params.name, createdBy: params.userId });
    // The membership insert is also the token check; a stale token rolls the workspace back.
    const added = await repo.insertMembershipAsCaller(tx, { workspaceId: row.id, userId: params.userId, tokenVersion: params.tokenVersion, role: 'owner' });
    requireCurrentToken(added.currentVersion, params);
    return toWorkspace(row, 'owner');
  });
}

export async function listWorkspaces(
  deps: Deps,
  params: { userId: string; tokenVersion: number; cursor?: string | undefined; limit: number; q?: string | undefined },
): Promise<Page<Workspace>> {
  const found = await repo.listWorkspacesOfUser(deps.db, { userId: params.userId, cursor: params.cursor, limit: params.limit + 1, q: params.q });
  requireCurrentToken(found?.tokenVersion, params);
  return pageOf(repo.WORKSPACES_KEYSET, found!.workspaces, params.limit, found!.total, (row) => toWorkspace(row, row.role));
}

export async function getWorkspace(deps: Deps, params: { workspaceId: string; userId: string; tokenVersion: number }): Promise<Workspace> {
  const access = await requireAccess(deps, params);
  authorize(access, 'workspace.read');
  const row = await repo.findWorkspace(deps.db, params);
  if (!row) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
  return toWorkspace(row, access.role);
}

/**
 * Renames the workspace and/or changes its anonymity threshold k (owners and admins; each change
 * is recorded in the audit trail, and k's last change on the workspace with who and when).
 * Assessments already open keep the k they opened with. The client-benchmark consent is the
 * owner's alone (an admin sending it is refused, and nothing else of the request is changed).
 */
export async function updateWorkspace(
  deps: Deps,
  params: {
    workspaceId: string;
    userId: string;
    tokenVersion: number;
    ip: string;
    name?: string | undefined;
    anonymityThreshold?: number | undefined;
    timeZone?: string | undefined;
    clientBenchmark?: boolean | undefined;
  },
): Promise<Workspace> {
  const access = await requireAccess(deps, params);
  authorize(access, 'workspace.update');
  if (params.clientBenchmark !== undefined) authorize(access, 'workspace.clientBenchmark');
  const before = await repo.findWorkspace(deps.db, params);
  await deps.db.transaction(async (tx) => {
    if (params.name !== undefined) {
      await repo.updateWorkspaceName(tx, { workspaceId: params.workspaceId, name: params.name });
      await insertAuditEvent(tx, {
        workspaceId: params.workspaceId,
        actorUserId: params.userId,
        action: 'workspace.renamed',
        details: { from: before?.name ?? null, to: params.name },
        ip: params.ip,
      });
    }
    if (params.anonymityThreshold !== undefined) {
      await repo.updateAnonymityThreshold(tx, { workspaceId: params.workspaceId, threshold: params.anonymityThreshold, userId: params.userId, at: new Date() });
      await insertAuditEvent(tx, {
        workspaceId: params.workspaceId,
        actorUserId: params.userId,
        action: 'workspace.anonymity_changed',
        details: { from: before?.anonymityThreshold ?? null, to: params.anonymityThreshold },
        ip: params.ip,
      });
    }
    if (params.timeZone !== undefined && params.timeZone !== before?.timeZone) {
      await repo.updateTimeZone(tx, { workspaceId: params.workspaceId, timeZone: params.timeZone });
      await insertAuditEvent(tx, {
        workspaceId: params.workspaceId,
        actorUserId: params.userId,
        action: 'workspace.time_zone_changed',
        details: { from: before?.timeZone ?? null, to: params.timeZone },
        ip: params.ip,
      });
    }
    if (params.clientBenchmark !== undefined && (await repo.updateClientBenchmark(tx, { workspaceId: params.workspaceId, clientBenchmark: params.clientBenchmark }))) {
      await insertAuditEvent(tx, {
        workspaceId: params.workspaceId,
        actorUserId: params.userId,
        action: 'workspace.client_benchmark_changed',
        details: { from: !params.clientBenchmark, to: params.clientBenchmark },
        ip: params.ip,
      });
    }
  });
  return getWorkspace(deps, params);
}

/** Members with their teams; of those, only the teams the caller may see (a member: their own). */
export async function listMembers(
  deps: Deps,
  params: { workspaceId: string; userId: string; tokenVersion: number; cursor?: string | undefined; limit: number },
): Promise<Page<Member>> {
  const access = await requireAccess(deps, params);
  authorize(access, 'workspace.read');
  const visible = visibleTeams(access, 'teams.read');
  const rows = await repo.listMembers(deps.db, { workspaceId: params.workspaceId, cursor: params.cursor, limit: params.limit + 1 });
  const total = await repo.countMembers(deps.db, params);
  return pageOf(repo.MEMBERS_KEYSET, rows, params.limit, total, (row) => ({
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    joinedAt: iso(row.joinedAt),
    teamIds: visible === 'all' ? row.teamIds : row.teamIds.filter((teamId) => visible.includes(teamId)),
  }));
}

/**
 * Role changes. Only an owner may make someone owner or change an owner's role; a workspace
 * always keeps at least one owner (409 otherwise).
 */
export async function changeMemberRole(
  deps: Deps,
  params: { workspaceId: string; userId: string; tokenVersion: number; ip: string; memberId: string; role: Role },
): Promise<Member> {
  authorize(await requireAccess(deps, params), 'members.manage');
  await deps.db.transaction(async (tx) => {
    const members = await repo.lockMemberships(tx, params);
    // Roles are read again under the lock: a concurrent change may have just demoted the caller.
    const access = lockedAccess(members, params);
    authorize(access, 'members.manage');
    const target = members.find((m) => m.userId === params.memberId);
    if (!target) throw new NotFoundError('member_not_found', 'Member not found.');
    if ((target.role === 'owner' || params.role === 'owner') && access.role !== 'owner') {
      throw new ForbiddenError('owners_only', 'Only an owner can make someone owner or change an owner’s role.');
    }
    if (target.role === 'owner' && params.role !== 'owner' && members.filter((m) => m.role === 'owner').length === 1) {
      throw new ConflictError('last_owner', 'This is the last owner; make someone else owner first.');
    }
    await repo.updateMemberRole(tx, { workspaceId: params.workspaceId, userId: params.memberId, role: params.role });
    if (target.role !== params.role) {
      await insertAuditEvent(tx, {
        workspaceId: params.workspaceId,
        actorUserId: params.userId,
        action: 'member.role_changed',
        target: { type: 'user', id: params.memberId },
        details: { from: target.role, to: params.role },
        ip: params.ip,
      });
    }
  });
  const [member] = await repo.listMembers(deps.db, { workspaceId: params.workspaceId, memberId: params.memberId, limit: 1 });
  if (!member) throw new NotFoundError('member_not_found', 'Member not found.');
  return { userId: member.userId, name: member.name, email: member.email, role: member.role as Role, joinedAt: iso(member.joinedAt), teamIds: member.teamIds };
}

/** Removes a member (owners and admins), or leaves the workspace (anyone, for themselves). Never the last owner. */
export async function removeMember(deps: Deps, params: { workspaceId: string; userId: string; tokenVersion: number; ip: string; memberId: string }): Promise<void> {
  const leaving = params.memberId === params.userId;
  const before = await requireAccess(deps, params);
  if (!leaving) authorize(before, 'members.manage');
  await deps.db.transaction(async (tx) => {
    const members = await repo.lockMemberships(tx, params);
    const access = lockedAccess(members, params);
    if (!leaving) authorize(access, 'members.manage');
    const target = members.find((m) => m.userId === params.memberId);
    if (!target) throw new NotFoundError('member_not_found', 'Member not found.');
    if (target.role === 'owner' && !leaving && access.role !== 'owner') {
      throw new ForbiddenError('owners_only', 'Only an owner can remove an owner.');
    }
    if (target.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) {
      throw new ConflictError('last_owner', 'This is the last owner; make someone else owner first.');
    }
    await repo.deleteMembership(tx, { workspaceId: params.workspaceId, userId: params.memberId });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: leaving ? 'member.left' : 'member.removed',
      target: { type: 'user', id: params.memberId },
      details: { role: target.role },
      ip: params.ip,
    });
  });
}

function invitationStatus(row: repo.InvitationRow, now: Date): Invitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

function toInvitation(row: repo.InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    role: row.role as Role,
    teamId: row.teamId,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    acceptedAt: isoOrNull(row.acceptedAt),
    revokedAt: isoOrNull(row.revokedAt),
    status: invitationStatus(row, now),
  };
}

export async function createInvitation(
  deps: Deps,
  params: { workspaceId: string; userId: string; tokenVersion: number; ip: string; role: Role; teamId?: string | undefined; expiresInDays?: number | undefined },
): Promise<InvitationCreated> {
  const access = await requireAccess(deps, params);
  authorize(access, 'members.manage');
  if (params.role === 'owner' && access.role !== 'owner') throw new ForbiddenError('owners_only', 'Only an owner can invite an owner.');
  if (params.teamId !== undefined) {
    const team = await teamsRepo.findTeam(deps.db, { workspaceId: params.workspaceId, teamId: params.teamId });
    if (!team) throw new NotFoundError('team_not_found', 'Team not found.');
  }
  const token = newToken();
  const now = new Date();
  // The invitation and its audit record commit together: no invitation the trail does not show.
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await repo.insertInvitation(tx, {
      workspaceId: params.workspaceId,
      role: params.role,
      teamId: params.teamId ?? null,
      tokenHash: hashToken(token),
      createdBy: params.userId,
      expiresAt: addDays(now, params.expiresInDays ?? 7),
    });
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'invitation.created',
      target: { type: 'invitation', id: inserted.id },
      details: { role: params.role, teamId: params.teamId ?? null, expiresAt: iso(inserted.expiresAt) },
      ip: params.ip,
    });
    return inserted;
  });
  return { invitation: toInvitation(row, now), token };
}

export async function listInvitations(
  deps: Deps,
  params: { workspaceId: string; userId: string; tokenVersion: number; cursor?: string | undefined; limit: number },
): Promise<Page<Invitation>> {
  const access = await requireAccess(deps, params);
  authorize(access, 'members.manage');
  const now = new Date();
  const { rows, total } = await repo.listInvitations(deps.db, { workspaceId: params.workspaceId, cursor: params.cursor, limit: params.limit + 1 });
  return pageOf(repo.INVITATIONS_KEYSET, rows, params.limit, total, (row) => toInvitation(row, now));
}

export async function revokeInvitation(deps: Deps, params: { workspaceId: string; userId: string; tokenVersion: number; ip: string; invitationId: string }): Promise<void> {
  const access = await requireAccess(deps, params);
  authorize(access, 'members.manage');
  await deps.db.transaction(async (tx) => {
    if (!(await repo.revokeInvitation(tx, { ...params, at: new Date() }))) throw new NotFoundError('invitation_not_found', 'Invitation not found.');
    await insertAuditEvent(tx, {
      workspaceId: params.workspaceId,
      actorUserId: params.userId,
      action: 'invitation.revoked',
      target: { type: 'invitation', id: params.invitationId },
      ip: params.ip,
    });
  });
}

const INVITATION_UNUSABLE = 'This invitation link is unknown, expired, revoked or already used; ask for a new one.';

export async function previewInvitation(deps: Deps, params: { token: string }): Promise<InvitationPreview> {
  const row = await repo.findInvitationByTokenHash(deps.db, { tokenHash: hashToken(params.token), forUpdate: false });
  if (!row || invitationStatus(row, new Date()) !== 'pending') throw new NotFoundError('invitation_unusable', INVITATION_UNUSABLE);
  return { workspaceName: row.workspaceName, role: row.role as Role, teamName: row.teamName, expiresAt: iso(row.expiresAt) };
}

/** Accepts an invitation for the signed-in user: membership with the invited role (and team), single use. */
export async function acceptInvitation(deps: Deps, params: { token: string; userId: string; tokenVersion: number; ip: string }): Promise<Workspace> {
  const now = new Date();
  return deps.db.transaction(async (tx) => {
    const row = await repo.findInvitationByTokenHash(tx, { tokenHash: hashToken(params.token), forUpdate: true });
    if (!row || invitationStatus(row, now) !== 'pending') throw new NotFoundError('invitation_unusable', INVITATION_UNUSABLE);
    const added = await repo.insertMembershipAsCaller(tx, { workspaceId: row.workspaceId, userId: params.userId, tokenVersion: params.tokenVersion, role: row.role as Role });
    requireCurrentToken(added.currentVersion, params);
    if (!added.inserted) throw new ConflictError('already_member', 'You are already a member of this workspace; the invitation stays unused.');
    if (row.teamId) await teamsRepo.insertTeamMember(tx, { workspaceId: row.workspaceId, teamId: row.teamId, userId: params.userId });
    await repo.markInvitationAccepted(tx, { workspaceId: row.workspaceId, invitationId: row.id, userId: params.userId, at: now });
    await insertAuditEvent(tx, {
      workspaceId: row.workspaceId,
      actorUserId: params.userId,
      action: 'invitation.accepted',
      target: { type: 'invitation', id: row.id },
      details: { role: row.role, teamId: row.teamId },
      ip: params.ip,
    });
    const workspace = await repo.findWorkspace(tx, { workspaceId: row.workspaceId });
    if (!workspace) throw new NotFoundError('invitation_unusable', INVITATION_UNUSABLE);
    return toWorkspace(workspace, row.role as Role);
  });
}

type OwnerParams = { workspaceId: string; userId: string; tokenVersion: number; ip: string };

/**
 * The whole workspace as one JSON document (owners): members, teams, assessments, responses with
 * their answers, results, respondent links and invitations (never their tokens), and the audit
 * trail. Read in one transaction, so it is a consistent copy; the export is recorded.
 */
export async function exportWorkspace(deps: Deps, params: OwnerParams): Promise<{ filename: string; body: string }> {
  const access = await requireAccess(deps, params);
  authorize(access, 'workspace.delete');
  const document = await deps.db.transaction(async (tx) => {
    await insertAuditEvent(tx, { workspaceId: params.workspaceId, actorUserId: params.userId, action: 'workspace.exported', ip: params.ip });
    const workspace = await repo.findWorkspace(tx, params);
    if (!workspace) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
    const rows = await repo.exportWorkspaceRows(tx, params);
    return { exportedAt: new Date().toISOString(), workspace: { id: workspace.id, name: workspace.name, createdAt: iso(workspace.createdAt), timeZone: workspace.timeZone }, ...rows };
  });
  return { filename: `assay-workspace-${params.workspaceId.slice(0, 8)}.json`, body: `${JSON.stringify(document, null, 2)}\n` };
}

/**
 * Deletes the workspace and everything in it (owners), once its name is typed again exactly.
 * A record of the deletion (who, when, from where, what was counted) is kept outside it.
 */
export async function deleteWorkspace(deps: Deps, params: OwnerParams & { confirmName: string }): Promise<void> {
  const access = await requireAccess(deps, params);
  authorize(access, 'workspace.delete');
  await deps.db.transaction(async (tx) => {
    const workspace = await repo.lockWorkspace(tx, params);
    if (!workspace) throw new NotFoundError('workspace_not_found', WORKSPACE_NOT_FOUND);
    if (params.confirmName !== workspace.name) {
      throw new BadRequestError('confirmation_mismatch', `Type the workspace's name exactly ("${workspace.name}") to delete it; nothing was deleted.`, [
        { field: 'body.confirmName', code: 'confirmation_mismatch', message: 'does not match the workspace name' },
      ]);
    }
    const rows = await repo.exportWorkspaceRows(tx, params);
    const counts = Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, list.length]));
    await repo.deleteWorkspace(tx, { workspaceId: params.workspaceId, name: workspace.name, deletedBy: params.userId, ip: params.ip, counts });
  });
}
