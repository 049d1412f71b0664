import type { AssessmentSort } from '@assay/contracts';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { assessmentResults, assessments, responses, teams, workspaces } from '../../db/schema/index.ts';
import { countAll, keysetQuery, keysetsBySort } from '../../lib/paging.ts';
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

const created = { column: assessments.createdAt, type: 'timestamptz' } as const;
const id = { column: assessments.id, type: 'uuid' } as const;

/**
 * One keyset per sort (contracts' ASSESSMENT_SORTS). `created` is served by the indexes on
 * (workspace[, team], created_at, id); `closed` and `title` sort the filtered rows (a workspace's
 * assessments are a few thousand at most), a not-yet-closed one as closed at -infinity (last).
 */
export const ASSESSMENTS_KEYSETS = keysetsBySort<AssessmentSort>('assessments', {
  created: { keys: [created, id], direction: 'desc' },
  closed: { keys: [{ column: sql`coalesce(${assessments.closedAt}, '-infinity'::timestamptz)`, type: 'timestamptz' }, created, id], direction: 'desc' },
  title: { keys: [{ column: assessments.title, type: 'text' }, created, id], direction: 'asc' },
});

type ListFilter = { workspaceId: string; teamIds: 'all' | readonly string[]; teamId?: string | undefined; status?: AssessmentStatus | undefined; assessmentId?: string };

function listConditions(params: ListFilter): SQL[] {
  const conditions: SQL[] = [eq(assessments.workspaceId, params.workspaceId)];
  if (params.teamIds !== 'all') conditions.push(inArray(assessments.teamId, [...params.teamIds]));
  if (params.teamId) conditions.push(eq(assessments.teamId, params.teamId));
  if (params.status) conditions.push(eq(assessments.status, params.status));
  if (params.assessmentId) conditions.push(eq(assessments.id, params.assessmentId));
  return conditions;
}

/**
 * Assessments in the order of `sort` (newest first by default) with their response counts, team level (once closed) and the caller's
 * own response: `limit` rows after `cursor`. The counts and the caller's response are correlated
 * subqueries, so PostgreSQL computes them for the page's rows only (after the LIMIT).
 */
export async function listAssessments(db: Database, params: ListFilter & { userId: string; sort?: AssessmentSort; cursor?: string | undefined; limit: number }) {
  const page = keysetQuery(ASSESSMENTS_KEYSETS[params.sort ?? 'created'], params.cursor);
  if (params.teamIds !== 'all' && params.teamIds.length === 0) return [];
  const ofThis = sql`${responses.workspaceId} = ${assessments.workspaceId} and ${responses.assessmentId} = ${assessments.id}`;
  return db
    .select({
      ...assessmentColumns,
      inProgress: sql<number>`(select count(*) from ${responses} where ${ofThis} and ${responses.status} = 'in_progress')`.mapWith(Number),
      submitted: sql<number>`(select count(*) from ${responses} where ${ofThis} and ${responses.status} = 'submitted')`.mapWith(Number),
      level: assessmentResults.level,
      myResponseId: sql<string | null>`(select ${responses.id} from ${responses} where ${ofThis} and ${responses.userId} = ${params.userId} limit 1)`,
      pageKey: page.key,
    })
    .from(assessments)
    .innerJoin(teams, and(eq(teams.workspaceId, assessments.workspaceId), eq(teams.id, assessments.teamId)))
    .innerJoin(workspaces, eq(workspaces.id, assessments.workspaceId))
    .leftJoin(assessmentResults, and(eq(assessmentResults.workspaceId, assessments.workspaceId), eq(assessmentResults.assessmentId, assessments.id), resultShown))
    .where(and(...listConditions(params), page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
}

/** How many assessments the same filters give (the list's `total`). */
export async function countAssessments(db: Database, params: ListFilter): Promise<number> {
  if (params.teamIds !== 'all' && params.teamIds.length === 0) return 0;
  const [row] = await db.select({ total: countAll }).from(assessments).where(and(...listConditions(params)));
  return row!.total;
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
