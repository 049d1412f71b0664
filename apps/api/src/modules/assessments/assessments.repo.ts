import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { assessmentResults, assessments, responses, teams, workspaces } from '../../db/schema/index.ts';
import { resultShown } from '../results/results.repo.ts';

export type AssessmentStatus = 'draft' | 'open' | 'closed';

const assessmentColumns = {
  id: assessments.id,
  workspaceId: assessments.workspaceId,
  teamId: assessments.teamId,
  teamName: teams.name,
  title: assessments.title,
  questionnaireId: assessments.questionnaireId,
  status: assessments.status,
  createdAt: assessments.createdAt,
  openedAt: assessments.openedAt,
  closedAt: assessments.closedAt,
  /** k as frozen when it opened; a draft follows its workspace's current k until then. */
  anonymityThreshold: sql<number>`case when ${assessments.status} = 'draft' then ${workspaces.anonymityThreshold} else ${assessments.anonymityThreshold} end`.mapWith(Number),
  prefill: assessments.prefill,
};

export type AssessmentRow = {
  id: string;
  workspaceId: string;
  teamId: string;
  teamName: string;
  title: string;
  questionnaireId: string;
  status: string;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  anonymityThreshold: number;
  prefill: boolean;
};

export async function insertAssessment(
  db: Database,
  params: { workspaceId: string; teamId: string; title: string; questionnaireId: string; createdBy: string; prefill: boolean },
): Promise<string> {
  const rows = await db.insert(assessments).values(params).returning({ id: assessments.id });
  return rows[0]!.id;
}

/**
 * One assessment with its team's name. `lock`: `update` for state changes (open, close,
 * reopen, delete), `share` for writes that need it to stay open meanwhile (saving answers).
 */
export async function findAssessment(
  db: Database,
  params: { workspaceId: string; assessmentId: string; lock?: 'update' | 'share' },
): Promise<AssessmentRow | undefined> {
  const query = db
    .select(assessmentColumns)
    .from(assessments)
    .innerJoin(teams, and(eq(teams.workspaceId, assessments.workspaceId), eq(teams.id, assessments.teamId)))
    .innerJoin(workspaces, eq(workspaces.id, assessments.workspaceId))
    .where(and(eq(assessments.workspaceId, params.workspaceId), eq(assessments.id, params.assessmentId)));
  const rows = params.lock ? await query.for(params.lock, { of: assessments }) : await query;
  return rows[0];
}

/** Assessments with their response counts, team level (once closed) and the caller's own response. */
export async function listAssessments(
  db: Database,
  params: { workspaceId: string; userId: string; teamIds: 'all' | readonly string[]; teamId?: string; status?: AssessmentStatus; assessmentId?: string },
) {
  if (params.teamIds !== 'all' && params.teamIds.length === 0) return [];
  const conditions: SQL[] = [eq(assessments.workspaceId, params.workspaceId)];
  if (params.teamIds !== 'all') conditions.push(inArray(assessments.teamId, [...params.teamIds]));
  if (params.teamId) conditions.push(eq(assessments.teamId, params.teamId));
  if (params.status) conditions.push(eq(assessments.status, params.status));
  if (params.assessmentId) conditions.push(eq(assessments.id, params.assessmentId));
  const counts = db
    .select({
      assessmentId: responses.assessmentId,
      inProgress: sql<number>`count(*) filter (where ${responses.status} = 'in_progress')`.mapWith(Number).as('in_progress'),
      submitted: sql<number>`count(*) filter (where ${responses.status} = 'submitted')`.mapWith(Number).as('submitted'),
    })
    .from(responses)
    .where(eq(responses.workspaceId, params.workspaceId))
    .groupBy(responses.assessmentId)
    .as('counts');
  const mine = db
    .select({ assessmentId: responses.assessmentId, id: responses.id })
    .from(responses)
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.userId, params.userId)))
    .as('mine');
  return db
    .select({
      ...assessmentColumns,
      inProgress: sql<number>`coalesce(${counts.inProgress}, 0)`.mapWith(Number),
      submitted: sql<number>`coalesce(${counts.submitted}, 0)`.mapWith(Number),
      level: assessmentResults.level,
      myResponseId: mine.id,
    })
    .from(assessments)
    .innerJoin(teams, and(eq(teams.workspaceId, assessments.workspaceId), eq(teams.id, assessments.teamId)))
    .innerJoin(workspaces, eq(workspaces.id, assessments.workspaceId))
    .leftJoin(counts, eq(counts.assessmentId, assessments.id))
    .leftJoin(mine, eq(mine.assessmentId, assessments.id))
    .leftJoin(assessmentResults, and(eq(assessmentResults.workspaceId, assessments.workspaceId), eq(assessmentResults.assessmentId, assessments.id), resultShown))
    .where(and(...conditions))
    .orderBy(desc(assessments.createdAt), desc(assessments.id));
}

export async function updateAssessmentStatus(
  db: Database,
  params: { workspaceId: string; assessmentId: string; status: AssessmentStatus; openedAt?: Date; closedAt: Date | null },
): Promise<void> {
  await db
    .update(assessments)
    .set({ status: params.status, closedAt: params.closedAt, ...(params.openedAt ? { openedAt: params.openedAt } : {}) })
    .where(and(eq(assessments.workspaceId, params.workspaceId), eq(assessments.id, params.assessmentId)));
}

/** Freezes the workspace's current anonymity threshold on the assessment (when it opens). */
export async function freezeAnonymityThreshold(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<void> {
  await db
    .update(assessments)
    .set({ anonymityThreshold: sql`(select ${workspaces.anonymityThreshold} from ${workspaces} where ${workspaces.id} = ${params.workspaceId})` })
    .where(and(eq(assessments.workspaceId, params.workspaceId), eq(assessments.id, params.assessmentId)));
}

/** Deletes an assessment; its respondent links and responses go with it (cascade). */
export async function deleteAssessment(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<void> {
  await db.delete(assessments).where(and(eq(assessments.workspaceId, params.workspaceId), eq(assessments.id, params.assessmentId)));
}
