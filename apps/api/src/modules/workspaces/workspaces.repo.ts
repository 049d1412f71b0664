import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '@assay/contracts';
import type { Database } from '../../db/client.ts';
import { countAll, keysetQuery, type Keyset } from '../../lib/paging.ts';
import { deletedWorkspaces, invitations, memberships, teamMembers, teams, users, workspaces } from '../../db/schema/index.ts';

const changer = alias(users, 'anonymity_changer');

/** A workspace's own columns, with the name of who last changed its anonymity threshold. */
const workspaceColumns = {
  id: workspaces.id,
  name: workspaces.name,
  createdAt: workspaces.createdAt,
  anonymityThreshold: workspaces.anonymityThreshold,
  anonymityChangedAt: workspaces.anonymityChangedAt,
  anonymityChangedBy: changer.name,
  timeZone: workspaces.timeZone,
  clientBenchmark: workspaces.clientBenchmark,
};

export type WorkspaceRow = { id: string; name: string; createdAt: Date; anonymityThreshold: number; anonymityChangedAt: Date | null; anonymityChangedBy: string | null; timeZone: string; clientBenchmark: boolean };

export async function insertWorkspace(db: Database, params: { name: string; createdBy: string }): Promise<WorkspaceRow> {
  const rows = await db
    .insert(workspaces)
    .values(params)
    .returning({
      id: workspaces.id,
      name: workspaces.name,
      createdAt: workspaces.createdAt,
      anonymityThreshold: workspaces.anonymityThreshold,
      timeZone: workspaces.timeZone,
      clientBenchmark: workspaces.clientBenchmark,
    });
  return { ...rows[0]!, anonymityChangedAt: null, anonymityChangedBy: null };
}

/**
 * The caller's token version, and their role and teams in a workspace (role null when they are
 * not a member); undefined when the user does not exist. One statement: the token check of every
 * workspace route rides on the membership lookup it needs anyway.
 */
export async function findAccess(db: Database, params: { workspaceId: string; userId: string }) {
  const rows = await db
    .select({
      tokenVersion: users.tokenVersion,
      role: memberships.role,
      teamIds: sql<string[]>`coalesce(array_agg(${teamMembers.teamId}::text) filter (where ${teamMembers.teamId} is not null), '{}')`,
    })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.workspaceId, params.workspaceId)))
    .leftJoin(teamMembers, and(eq(teamMembers.workspaceId, memberships.workspaceId), eq(teamMembers.userId, memberships.userId)))
    .where(eq(users.id, params.userId))
    .groupBy(users.id, memberships.role);
  const row = rows[0];
  return row ? { tokenVersion: row.tokenVersion, role: row.role as Role | null, teamIds: row.teamIds } : undefined;
}

export const WORKSPACES_KEYSET: Keyset = {
  list: 'workspaces',
  keys: [
    { column: workspaces.name, type: 'text' },
    { column: workspaces.id, type: 'uuid' },
  ],
  direction: 'asc',
};

/** The same order for the portfolio, whose cursor is its own. */
export const PORTFOLIO_KEYSET: Keyset = { ...WORKSPACES_KEYSET, list: 'portfolio' };

/**
 * The user's token version, how many workspaces they belong to (whose name contains `q`, any
 * case, when given), and a page of those by name with their role (`limit` rows after `cursor` of
 * `keyset`'s list), in one statement; undefined when the user does not exist.
 */
export async function listWorkspacesOfUser(
  db: Database,
  params: { userId: string; cursor: string | undefined; limit: number; q?: string | undefined; keyset?: Keyset },
) {
  const keyset = keysetQuery(params.keyset ?? WORKSPACES_KEYSET, params.cursor);
  const named = params.q === undefined ? undefined : sql`strpos(lower(${workspaces.name}), lower(${params.q})) > 0`;
  const page = db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      createdAt: workspaces.createdAt,
      anonymityThreshold: workspaces.anonymityThreshold,
      anonymityChangedAt: workspaces.anonymityChangedAt,
      anonymityChangedBy: sql<string | null>`${changer.name}`.as('anonymity_changed_by'),
      timeZone: workspaces.timeZone,
      clientBenchmark: workspaces.clientBenchmark,
      role: memberships.role,
      pageKey: keyset.key.as('page_key'),
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .leftJoin(changer, eq(changer.id, workspaces.anonymityChangedBy))
    .where(and(sql`${memberships.userId} = ${users.id}`, keyset.after, named))
    .orderBy(...keyset.orderBy)
    .limit(params.limit)
    .as('page');
  const rows = await db
    .select({
      tokenVersion: users.tokenVersion,
      total: (named === undefined
        ? sql<number>`(select count(*) from ${memberships} where ${memberships.userId} = ${users.id})`
        : sql<number>`(select count(*) from ${memberships} join ${workspaces} on ${workspaces.id} = ${memberships.workspaceId} where ${memberships.userId} = ${users.id} and ${named})`
      ).mapWith(Number),
      id: page.id,
      name: page.name,
      createdAt: page.createdAt,
      anonymityThreshold: page.anonymityThreshold,
      anonymityChangedAt: page.anonymityChangedAt,
      anonymityChangedBy: page.anonymityChangedBy,
      timeZone: page.timeZone,
      clientBenchmark: page.clientBenchmark,
      role: page.role,
      pageKey: page.pageKey,
    })
    .from(users)
    .leftJoinLateral(page, sql`true`)
    .where(eq(users.id, params.userId))
    .orderBy(asc(page.name), asc(page.id));
  if (rows.length === 0) return undefined;
  const list: (WorkspaceRow & { role: Role; pageKey: string })[] = [];
  for (const row of rows) {
    if (row.id !== null && row.name !== null && row.createdAt !== null && row.anonymityThreshold !== null && row.timeZone !== null && row.clientBenchmark !== null && row.role !== null && row.pageKey !== null) {
      const { id, name, createdAt, anonymityThreshold, anonymityChangedAt, anonymityChangedBy, timeZone, clientBenchmark, pageKey } = row;
      list.push({ id, name, createdAt, anonymityThreshold, anonymityChangedAt, anonymityChangedBy, timeZone, clientBenchmark, role: row.role as Role, pageKey });
    }
  }
  return { tokenVersion: rows[0]!.tokenVersion, total: rows[0]!.total, workspaces: list };
}

/**
 * Makes the user a member, only while their token version is still `tokenVersion` (the
 * statement is the check). `inserted` false with `tokenVersion` set: already a member;
 * `tokenVersion` undefined: no such user, or the version differs (see the returned one).
 */
export async function insertMembershipAsCaller(
  db: Database,
  params: { workspaceId: string; userId: string; tokenVersion: number; role: Role },
): Promise<{ inserted: boolean; currentVersion: number | undefined }> {
  const result = await db.execute(sql`
    with caller as (select ${users.tokenVersion} as version from ${users} where ${users.id} = ${params.userId}),
    added as (
      insert into ${memberships} (workspace_id, user_id, role)
      select ${params.workspaceId}::uuid, ${params.userId}::uuid, ${params.role} from caller where version = ${params.tokenVersion}
      on conflict do nothing
      returning 1
    )
    select exists (select 1 from added) as inserted, (select version from caller) as current_version`);
  // node-postgres and PGlite both answer { rows }.
  const row = (result as unknown as { rows: { inserted: boolean; current_version: number | null }[] }).rows[0]!;
  return { inserted: row.inserted, currentVersion: row.current_version ?? undefined };
}

export async function findWorkspace(db: Database, params: { workspaceId: string }) {
  const rows = await db
    .select(workspaceColumns)
    .from(workspaces)
    .leftJoin(changer, eq(changer.id, workspaces.anonymityChangedBy))
    .where(eq(workspaces.id, params.workspaceId));
  return rows[0];
}

export async function updateTimeZone(db: Database, params: { workspaceId: string; timeZone: string }): Promise<void> {
  await db.update(workspaces).set({ timeZone: params.timeZone }).where(eq(workspaces.id, params.workspaceId));
}

/** Sets the owner's consent to the client benchmark; true when it changed (only then is it recorded). */
export async function updateClientBenchmark(db: Database, params: { workspaceId: string; clientBenchmark: boolean }): Promise<boolean> {
  const rows = await db
    .update(workspaces)
    .set({ clientBenchmark: params.clientBenchmark })
    .where(and(eq(workspaces.id, params.workspaceId), ne(workspaces.clientBenchmark, params.clientBenchmark)))
    .returning({ id: workspaces.id });
  return rows.length > 0;
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

export const MEMBERS_KEYSET: Keyset = {
  list: 'members',
  keys: [
    { column: users.name, type: 'text' },
    { column: memberships.userId, type: 'uuid' },
  ],
  direction: 'asc',
};

/** Members by name with their teams: `limit` rows after `cursor`, or the one `memberId`. */
export async function listMembers(db: Database, params: { workspaceId: string; memberId?: string; cursor?: string | undefined; limit: number }) {
  const page = keysetQuery(MEMBERS_KEYSET, params.cursor);
  return db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      teamIds: sql<string[]>`coalesce((select array_agg(${teamMembers.teamId}::text order by ${teamMembers.teamId}) from ${teamMembers} where ${teamMembers.workspaceId} = ${memberships.workspaceId} and ${teamMembers.userId} = ${memberships.userId}), '{}')`,
      pageKey: page.key,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, params.workspaceId), params.memberId ? eq(memberships.userId, params.memberId) : undefined, page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
}

export async function countMembers(db: Database, params: { workspaceId: string }): Promise<number> {
  const [row] = await db.select({ total: countAll }).from(memberships).where(eq(memberships.workspaceId, params.workspaceId));
  return row!.total;
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

export const INVITATIONS_KEYSET: Keyset = {
  list: 'invitations',
  keys: [
    { column: invitations.createdAt, type: 'timestamptz' },
    { column: invitations.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** Invitations newest first: `limit` rows after `cursor`, and how many there are. */
export async function listInvitations(db: Database, params: { workspaceId: string; cursor: string | undefined; limit: number }) {
  const page = keysetQuery(INVITATIONS_KEYSET, params.cursor);
  const rows = await db
    .select({ ...invitationColumns, pageKey: page.key })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, params.workspaceId), page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
  const [count] = await db.select({ total: countAll }).from(invitations).where(eq(invitations.workspaceId, params.workspaceId));
  return { rows, total: count!.total };
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

// Every tenant table, in the order a reader would follow, without the columns that are secrets
// (token and access-key hashes are never exported).
const WORKSPACE_TABLES = {
  members: (w: string) =>
    sql`select m.user_id, u.name, u.email, m.role, m.created_at from memberships m join users u on u.id = m.user_id where m.workspace_id = ${w} order by u.name, m.user_id`,
  teams: (w: string) => sql`select * from teams where workspace_id = ${w} order by created_at, id`,
  teamMembers: (w: string) => sql`select * from team_members where workspace_id = ${w} order by team_id, user_id`,
  assessments: (w: string) => sql`select * from assessments where workspace_id = ${w} order by created_at, id`,
  assessmentResults: (w: string) => sql`select * from assessment_results where workspace_id = ${w} order by computed_at, assessment_id`,
  responses: (w: string) =>
    sql`select id, assessment_id, user_id, guest_name, status, answers, revision, created_at, updated_at, submitted_at, prefilled_from_response_id, prefilled_question_ids from responses where workspace_id = ${w} order by created_at, id`,
  responseResults: (w: string) => sql`select * from response_results where workspace_id = ${w} order by computed_at, response_id`,
  respondentLinks: (w: string) =>
    sql`select id, assessment_id, kind, label, replaced_by_id, created_by, created_at, expires_at, revoked_at from respondent_links where workspace_id = ${w} order by created_at, id`,
  invitations: (w: string) =>
    sql`select id, role, team_id, created_by, created_at, expires_at, accepted_at, accepted_by, revoked_at from invitations where workspace_id = ${w} order by created_at, id`,
  teamTargets: (w: string) => sql`select * from team_targets where workspace_id = ${w} order by team_id`,
  actions: (w: string) => sql`select * from actions where workspace_id = ${w} order by created_at, id`,
  auditEvents: (w: string) => sql`select * from audit_events where workspace_id = ${w} order by id`,
};

export type WorkspaceTableKey = keyof typeof WORKSPACE_TABLES;

/** Every row of the workspace, table by table (run inside one transaction for a consistent copy). */
export async function exportWorkspaceRows(db: Database, params: { workspaceId: string }): Promise<Record<WorkspaceTableKey, Record<string, unknown>[]>> {
  const out = {} as Record<WorkspaceTableKey, Record<string, unknown>[]>;
  for (const [key, query] of Object.entries(WORKSPACE_TABLES) as [WorkspaceTableKey, (w: string) => ReturnType<typeof sql>][]) {
    const result = await db.execute(query(params.workspaceId));
    out[key] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  }
  return out;
}

/** Deletes the workspace (every tenant row cascades) and keeps the record of it outside. */
export async function deleteWorkspace(
  db: Database,
  params: { workspaceId: string; name: string; deletedBy: string; ip: string; counts: Record<string, number> },
): Promise<void> {
  await db.insert(deletedWorkspaces).values({ workspaceId: params.workspaceId, name: params.name, deletedBy: params.deletedBy, ip: params.ip, counts: params.counts });
  await db.delete(workspaces).where(eq(workspaces.id, params.workspaceId));
}

/** Locks the workspace row (a deletion and a rename, or two deletions, serialise). */
export async function lockWorkspace(db: Database, params: { workspaceId: string }) {
  const rows = await db.select({ id: workspaces.id, name: workspaces.name }).from(workspaces).where(eq(workspaces.id, params.workspaceId)).for('update');
  return rows[0];
}
