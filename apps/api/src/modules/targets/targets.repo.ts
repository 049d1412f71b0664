import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { assessmentResults, assessments, teamTargets, users, workspaces } from '../../db/schema/index.ts';
import { resultShown } from '../results/results.repo.ts';

export type PracticeTargetRow = Record<string, 'manual' | 'automated'>;

export async function findTarget(db: Database, params: { workspaceId: string; teamId: string }) {
  const rows = await db
    .select({
      teamId: teamTargets.teamId,
      level: teamTargets.level,
      practices: teamTargets.practices,
      dueDate: teamTargets.dueDate,
      setAt: teamTargets.setAt,
      setBy: teamTargets.setBy,
      setByName: users.name,
    })
    .from(teamTargets)
    .leftJoin(users, eq(users.id, teamTargets.setBy))
    .where(and(eq(teamTargets.workspaceId, params.workspaceId), eq(teamTargets.teamId, params.teamId)));
  return rows[0];
}
export type TargetRow = NonNullable<Awaited<ReturnType<typeof findTarget>>>;

export async function upsertTarget(
  db: Database,
  params: { workspaceId: string; teamId: string; level: number; practices: PracticeTargetRow; dueDate: string; setBy: string; setAt: Date },
): Promise<void> {
  const set = { level: params.level, practices: params.practices, dueDate: params.dueDate, setBy: params.setBy, setAt: params.setAt };
  await db
    .insert(teamTargets)
    .values(params)
    .onConflictDoUpdate({ target: [teamTargets.workspaceId, teamTargets.teamId], set });
}

export async function deleteTarget(db: Database, params: { workspaceId: string; teamId: string }): Promise<boolean> {
  const rows = await db
    .delete(teamTargets)
    .where(and(eq(teamTargets.workspaceId, params.workspaceId), eq(teamTargets.teamId, params.teamId)))
    .returning({ teamId: teamTargets.teamId });
  return rows.length === 1;
}

export async function findTimeZone(db: Database, params: { workspaceId: string }): Promise<string> {
  const rows = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, params.workspaceId));
  return rows[0]?.timeZone ?? 'UTC';
}

/** The team's latest closed assessment with a team result that may be shown (the anonymity rule). */
export async function findLatestResult(db: Database, params: { workspaceId: string; teamId: string }) {
  const rows = await db
    .select({
      assessmentId: assessmentResults.assessmentId,
      title: assessments.title,
      closedAt: assessments.closedAt,
      computedAt: assessmentResults.computedAt,
      questionnaireId: assessmentResults.questionnaireId,
      result: assessmentResults.result,
    })
    .from(assessmentResults)
    .innerJoin(assessments, and(eq(assessments.workspaceId, assessmentResults.workspaceId), eq(assessments.id, assessmentResults.assessmentId)))
    .where(and(eq(assessmentResults.workspaceId, params.workspaceId), eq(assessmentResults.teamId, params.teamId), resultShown))
    .orderBy(desc(assessments.closedAt), desc(assessments.id))
    .limit(1);
  return rows[0];
}
export type LatestResultRow = NonNullable<Awaited<ReturnType<typeof findLatestResult>>>;
