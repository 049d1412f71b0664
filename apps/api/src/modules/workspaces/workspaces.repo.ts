import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '@assay/contracts';
import type { Database } from '../../db/client.ts';
import { invitations, memberships, teamMembers, teams, users, workspaces } from '../../db/schema/index.ts';

const changer = alias(users, 'anonymity_changer');

/** A workspace's own columns, with the name of who last changed its anonymity threshold. */
const workspaceColumns = {
  id: workspaces.id,
  name: workspaces.name,
  createdAt: workspaces.createdAt,
  anonymityThreshold: workspaces.anonymityThreshold,
  anonymityChangedAt: workspaces.anonymityChangedAt,
  anonymityChangedBy: changer.name,
};

export type WorkspaceRow = { id: string; name: string; createdAt: Date; anonymityThreshold: number; anonymityChangedAt: Date | null; anonymityChangedBy: string | null };

export async function insertWorkspace(db: Database, params: { name: string; createdBy: string }): Promise<WorkspaceRow> {
  const rows = await db
    .insert(workspaces)
    .values(params)
    .returning({ id: workspaces.id, name: workspaces.name, createdAt: workspaces.createdAt, anonymityThreshold: workspaces.anonymityThreshold });
  return { ...rows[0]!, anonymityChangedAt: null, anonymityChangedBy: null };
}

export async function insertMembership(db: Database, params: { workspaceId: string; userId: string; role: Role }): Promise<boolean> {
  const rows = await db.insert(memberships).values(params).onConflictDoNothing().returning({ userId: memberships.userId });
  return rows.length === 1;
}

/** The caller's role and teams in a workspace; undefined when they are not a member. */
export async function findAccess(db: Database, params: { workspaceId: string; userId: string }) {
  const rows = await db
    .select({
      role: memberships.role,
      teamIds: sql<string[]>`coalesce(array_agg(${teamMembers.teamId}::text) filter (where ${teamMembers.teamId} is not null), '{}')`,
    })
    .from(memberships)
    .leftJoin(teamMembers, and(eq(teamMembers.workspaceId, memberships.workspaceId), eq(teamMembers.userId, memberships.userId)))
    .where(and(eq(memberships.workspaceId, params.workspaceId), eq(memberships.userId, params.userId)))
    .groupBy(memberships.role);
  const row = rows[0];
  return row ? { role: row.role as Role, teamIds: row.teamIds } : undefined;
}

export async function listWorkspacesOfUser(db: Database, params: { userId: string }) {
  return db
    .select({ ...workspaceColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .leftJoin(changer, eq(changer.id, workspaces.anonymityChangedBy))
    .where(eq(memberships.userId, params.userId))
    .orderBy(asc(workspaces.name), asc(workspaces.id));
}

export async function findWorkspace(db: Database, params: { workspaceId: string }) {
  const rows = await db
    .select(workspaceColumns)
    .from(workspaces)
    .leftJoin(changer, eq(changer.id, workspaces.anonymityChangedBy))
    .where(eq(workspaces.id, params.workspaceId));
  return rows[0];
}

export async function updateWorkspaceName(db: Database, params: { workspaceId: string; name: string }): Promise<void> {
  await db.update(workspaces).set({ name: params.name }).where(eq(workspaces.id, params.workspaceId));
}

/** Sets k, recording who and when; nothing (and no record) when it is already that value. */
export async function updateAnonymityThreshold(db: Database, params: { workspaceId: string; threshold: number; userId: string; at: Date }): Promise<void> {
  await db
    .update(workspaces)
    .set({ anonymityThreshold: params.threshold, anonymityChangedBy: params.userId, anonymityChangedAt: params.at })
    .where(and(eq(workspaces.id, params.workspaceId), ne(workspaces.anonymityThreshold, params.threshold)));
}

export async function listMembers(db: Database, params: { workspaceId: string }) {
  return db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      teamIds: sql<string[]>`coalesce(array_agg(${teamMembers.teamId}::text order by ${teamMembers.teamId}) filter (where ${teamMembers.teamId} is not null), '{}')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(teamMembers, and(eq(teamMembers.workspaceId, memberships.workspaceId), eq(teamMembers.userId, memberships.userId)))
    .where(eq(memberships.workspaceId, params.workspaceId))
    .groupBy(memberships.userId, users.name, users.email, memberships.role, memberships.createdAt)
    .orderBy(asc(users.name), asc(memberships.userId));
}

/**
 * Locks every membership row of the workspace, so concurrent role changes and removals
 * serialise and the last-owner check cannot race.
 */
export async function lockMemberships(db: Database, params: { workspaceId: string }) {
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.workspaceId, params.workspaceId))
    .for('update');
  return rows.map((row) => ({ userId: row.userId, role: row.role as Role }));
}

export async function updateMemberRole(db: Database, params: { workspaceId: string; userId: string; role: Role }): Promise<void> {
  await db
    .update(memberships)
    .set({ role: params.role })
    .where(and(eq(memberships.workspaceId, params.workspaceId), eq(memberships.userId, params.userId)));
}

/** Removing a membership also removes the user's team memberships (foreign key cascade). */
export async function deleteMembership(db: Database, params: { workspaceId: string; userId: string }): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.workspaceId, params.workspaceId), eq(memberships.userId, params.userId)));
}

const invitationColumns = {
  id: invitations.id,
  workspaceId: invitations.workspaceId,
  role: invitations.role,
  teamId: invitations.teamId,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
};

export type InvitationRow = {
  id: string;
  workspaceId: string;
  role: string;
  teamId: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export async function insertInvitation(
  db: Database,
  params: { workspaceId: string; role: Role; teamId: string | null; tokenHash: string; createdBy: string; expiresAt: Date },
): Promise<InvitationRow> {
  const rows = await db.insert(invitations).values(params).returning(invitationColumns);
  return rows[0]!;
}

export async function listInvitations(db: Database, params: { workspaceId: string }): Promise<InvitationRow[]> {
  return db
    .select(invitationColumns)
    .from(invitations)
    .where(eq(invitations.workspaceId, params.workspaceId))
    .orderBy(sql`${invitations.createdAt} desc`, asc(invitations.id));
}

export async function revokeInvitation(db: Database, params: { workspaceId: string; invitationId: string; at: Date }) {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`coalesce(${invitations.revokedAt}, ${params.at.toISOString()}::timestamptz)` })
    .where(and(eq(invitations.workspaceId, params.workspaceId), eq(invitations.id, params.invitationId)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

/** An invitation by its token's hash, locked, with its workspace and team names. */
export async function findInvitationByTokenHash(db: Database, params: { tokenHash: string; forUpdate: boolean }) {
  const query = db
    .select({ ...invitationColumns, workspaceName: workspaces.name, teamName: teams.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(teams, and(eq(teams.workspaceId, invitations.workspaceId), eq(teams.id, invitations.teamId)))
    .where(eq(invitations.tokenHash, params.tokenHash));
  const rows = params.forUpdate ? await query.for('update', { of: invitations }) : await query;
  return rows[0];
}

export async function markInvitationAccepted(db: Database, params: { workspaceId: string; invitationId: string; userId: string; at: Date }) {
  await db
    .update(invitations)
    .set({ acceptedAt: params.at, acceptedBy: params.userId })
    .where(and(eq(invitations.workspaceId, params.workspaceId), eq(invitations.id, params.invitationId)));
}
