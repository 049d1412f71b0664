import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { countAll, keysetQuery, type Keyset } from '../../lib/paging.ts';
import type { Database } from '../../db/client.ts';
import { assessmentResults, assessments, memberships, teamMembers, teams } from '../../db/schema/index.ts';
import { resultShown } from '../results/results.repo.ts';

const teamColumns = {
  id: teams.id,
  workspaceId: teams.workspaceId,
  name: teams.name,
  createdAt: teams.createdAt,
  archivedAt: teams.archivedAt,
};

export type TeamRow = { id: string; workspaceId: string; name: string; createdAt: Date; archivedAt: Date | null };

export async function insertTeam(db: Database, params: { workspaceId: string; name: string }): Promise<TeamRow> {
  const rows = await db.insert(teams).values(params).returning(teamColumns);
  return rows[0]!;
}

export async function findTeam(db: Database, params: { workspaceId: string; teamId: string }): Promise<TeamRow | undefined> {
  const rows = await db
    .select(teamColumns)
    .from(teams)
    .where(and(eq(teams.workspaceId, params.workspaceId), eq(teams.id, params.teamId)));
  return rows[0];
}

export async function updateTeam(
  db: Database,
  params: { workspaceId: string; teamId: string; name?: string; archivedAt?: Date | null },
): Promise<TeamRow | undefined> {
  const set: { name?: string; archivedAt?: Date | null } = {};
  if (params.name !== undefined) set.name = params.name;
  if (params.archivedAt !== undefined) set.archivedAt = params.archivedAt;
  const rows = await db
    .update(teams)
    .set(set)
    .where(and(eq(teams.workspaceId, params.workspaceId), eq(teams.id, params.teamId)))
    .returning(teamColumns);
  return rows[0];
}

export const TEAMS_KEYSET: Keyset = {
  list: 'teams',
  keys: [
    { column: teams.name, type: 'text' },
    { column: teams.id, type: 'uuid' },
  ],
  direction: 'asc',
};

/**
 * A page of a workspace's teams by name (`limit + 1` rows) and how many there are; `teamIds`
 * restricts to those (a member's own teams).
 */
export async function listTeams(
  db: Database,
  params: { workspaceId: string; teamIds: 'all' | readonly string[]; includeArchived: boolean; cursor: string | undefined; limit: number },
): Promise<{ rows: (TeamRow & { pageKey: string })[]; total: number }> {
  const page = keysetQuery(TEAMS_KEYSET, params.cursor);
  if (params.teamIds !== 'all' && params.teamIds.length === 0) return { rows: [], total: 0 };
  const conditions = [eq(teams.workspaceId, params.workspaceId)];
  if (params.teamIds !== 'all') conditions.push(inArray(teams.id, [...params.teamIds]));
  if (!params.includeArchived) conditions.push(isNull(teams.archivedAt));
  const rows = await db
    .select({ ...teamColumns, pageKey: page.key })
    .from(teams)
    .where(and(...conditions, page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit + 1);
  const [count] = await db.select({ total: countAll }).from(teams).where(and(...conditions));
  return { rows, total: count!.total };
}

/** The closed assessments' team levels of some teams, newest first per team. */
export async function listClosedLevels(db: Database, params: { workspaceId: string; teamIds: readonly string[] }) {
  if (params.teamIds.length === 0) return [];
  return db
    .select({
      teamId: assessmentResults.teamId,
      assessmentId: assessmentResults.assessmentId,
      title: assessments.title,
      level: assessmentResults.level,
      levelMax: assessmentResults.levelMax,
      closedAt: assessments.closedAt,
    })
    .from(assessmentResults)
    .innerJoin(assessments, and(eq(assessments.workspaceId, assessmentResults.workspaceId), eq(assessments.id, assessmentResults.assessmentId)))
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), inArray(assessmentResults.teamId, [...params.teamIds]), resultShown))
    .orderBy(asc(assessmentResults.teamId), desc(assessments.closedAt), desc(assessments.id));
}

export async function insertTeamMember(db: Database, params: { workspaceId: string; teamId: string; userId: string }): Promise<void> {
  await db.insert(teamMembers).values(params).onConflictDoNothing();
}

export async function deleteTeamMember(db: Database, params: { workspaceId: string; teamId: string; userId: string }): Promise<boolean> {
  const rows = await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.workspaceId, params.workspaceId), eq(teamMembers.teamId, params.teamId), eq(teamMembers.userId, params.userId)))
    .returning({ userId: teamMembers.userId });
  return rows.length === 1;
}

export async function isWorkspaceMember(db: Database, params: { workspaceId: string; userId: string }): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, params.workspaceId), eq(memberships.userId, params.userId)));
  return rows.length === 1;
}
