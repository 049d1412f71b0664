import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Answers } from '@assay/domain';
import type { Database } from '../../db/client.ts';
import { assessments, respondentLinks, responses, teams, users, workspaces } from '../../db/schema/index.ts';

const responseColumns = {
  id: responses.id,
  workspaceId: responses.workspaceId,
  assessmentId: responses.assessmentId,
  userId: responses.userId,
  userName: users.name,
  guestName: responses.guestName,
  status: responses.status,
  answers: responses.answers,
  revision: responses.revision,
  createdAt: responses.createdAt,
  updatedAt: responses.updatedAt,
  submittedAt: responses.submittedAt,
};

export type ResponseRow = {
  id: string;
  workspaceId: string;
  assessmentId: string;
  userId: string | null;
  userName: string | null;
  guestName: string | null;
  status: string;
  answers: Answers;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
};

/** Starts a user's response; undefined when they already have one (one per user and assessment). */
export async function insertUserResponse(db: Database, params: { workspaceId: string; assessmentId: string; userId: string }) {
  const rows = await db.insert(responses).values(params).onConflictDoNothing().returning({ id: responses.id });
  return rows[0]?.id;
}

export async function insertGuestResponse(
  db: Database,
  params: { workspaceId: string; assessmentId: string; respondentLinkId: string; guestName: string | null; accessKeyHash: string },
): Promise<string> {
  const rows = await db.insert(responses).values(params).returning({ id: responses.id });
  return rows[0]!.id;
}

/** A response of the workspace; `lock` takes its row lock until the transaction ends (saves serialise). */
export async function findResponse(db: Database, params: { workspaceId: string; responseId: string; lock?: boolean }): Promise<ResponseRow | undefined> {
  const query = db
    .select(responseColumns)
    .from(responses)
    .leftJoin(users, eq(users.id, responses.userId))
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.id, params.responseId)));
  const rows = params.lock ? await query.for('update', { of: responses }) : await query;
  return rows[0];
}

/**
 * A guest's response by id and access key. The only lookup without a workspace id: a guest has
 * no workspace, the key is their credential; everything after it is scoped by the row's workspace.
 */
export async function findGuestResponse(db: Database, params: { responseId: string; accessKeyHash: string }) {
  const rows = await db
    .select({ workspaceId: responses.workspaceId, assessmentId: responses.assessmentId, linkRevokedAt: respondentLinks.revokedAt })
    .from(responses)
    .leftJoin(respondentLinks, and(eq(respondentLinks.workspaceId, responses.workspaceId), eq(respondentLinks.id, responses.respondentLinkId)))
    .where(and(eq(responses.id, params.responseId), eq(responses.accessKeyHash, params.accessKeyHash)));
  return rows[0];
}

export async function findUserResponseId(db: Database, params: { workspaceId: string; assessmentId: string; userId: string }) {
  const rows = await db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.assessmentId, params.assessmentId), eq(responses.userId, params.userId)));
  return rows[0]?.id;
}

export async function listResponses(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<ResponseRow[]> {
  return db
    .select(responseColumns)
    .from(responses)
    .leftJoin(users, eq(users.id, responses.userId))
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.assessmentId, params.assessmentId)))
    .orderBy(asc(responses.createdAt), asc(responses.id));
}

export async function updateAnswers(
  db: Database,
  params: { workspaceId: string; responseId: string; answers: Answers; revision: number; at: Date },
): Promise<void> {
  await db
    .update(responses)
    .set({ answers: params.answers, revision: params.revision, updatedAt: params.at })
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.id, params.responseId)));
}

export async function markSubmitted(db: Database, params: { workspaceId: string; responseId: string; at: Date }): Promise<void> {
  await db
    .update(responses)
    .set({ status: 'submitted', submittedAt: params.at, updatedAt: params.at })
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.id, params.responseId)));
}

const linkColumns = {
  id: respondentLinks.id,
  assessmentId: respondentLinks.assessmentId,
  label: respondentLinks.label,
  createdAt: respondentLinks.createdAt,
  expiresAt: respondentLinks.expiresAt,
  revokedAt: respondentLinks.revokedAt,
};

export async function insertRespondentLink(
  db: Database,
  params: { workspaceId: string; assessmentId: string; label: string | null; tokenHash: string; createdBy: string; expiresAt: Date | null },
): Promise<string> {
  const rows = await db.insert(respondentLinks).values(params).returning({ id: respondentLinks.id });
  return rows[0]!.id;
}

/** Links of an assessment with how many guest responses each started. */
export async function listRespondentLinks(db: Database, params: { workspaceId: string; assessmentId: string; linkId?: string }) {
  const conditions = [eq(respondentLinks.workspaceId, params.workspaceId), eq(respondentLinks.assessmentId, params.assessmentId)];
  if (params.linkId) conditions.push(eq(respondentLinks.id, params.linkId));
  return db
    .select({ ...linkColumns, responses: sql<number>`count(${responses.id})`.mapWith(Number) })
    .from(respondentLinks)
    .leftJoin(responses, and(eq(responses.workspaceId, respondentLinks.workspaceId), eq(responses.respondentLinkId, respondentLinks.id)))
    .where(and(...conditions))
    .groupBy(respondentLinks.id)
    .orderBy(desc(respondentLinks.createdAt), asc(respondentLinks.id));
}

export async function revokeRespondentLink(db: Database, params: { workspaceId: string; assessmentId: string; linkId: string; at: Date }) {
  const rows = await db
    .update(respondentLinks)
    .set({ revokedAt: sql`coalesce(${respondentLinks.revokedAt}, ${params.at.toISOString()}::timestamptz)` })
    .where(
      and(eq(respondentLinks.workspaceId, params.workspaceId), eq(respondentLinks.assessmentId, params.assessmentId), eq(respondentLinks.id, params.linkId)),
    )
    .returning({ id: respondentLinks.id });
  return rows.length === 1;
}

/** A respondent link by its token's hash, with what it leads to (a guest has no workspace yet: the token is the key). */
export async function findRespondentLinkByTokenHash(db: Database, params: { tokenHash: string }) {
  const rows = await db
    .select({
      id: respondentLinks.id,
      workspaceId: respondentLinks.workspaceId,
      assessmentId: respondentLinks.assessmentId,
      expiresAt: respondentLinks.expiresAt,
      revokedAt: respondentLinks.revokedAt,
    })
    .from(respondentLinks)
    .where(eq(respondentLinks.tokenHash, params.tokenHash));
  return rows[0];
}

/** What a guest sees of an assessment: names and status, nothing else of the workspace. */
export async function findGuestAssessment(db: Database, params: { workspaceId: string; assessmentId: string }) {
  const rows = await db
    .select({
      assessmentId: assessments.id,
      workspaceName: workspaces.name,
      teamName: teams.name,
      title: assessments.title,
      questionnaireId: assessments.questionnaireId,
      status: assessments.status,
      anonymityThreshold: sql<number>`case when ${assessments.status} = 'draft' then ${workspaces.anonymityThreshold} else ${assessments.anonymityThreshold} end`.mapWith(Number),
    })
    .from(assessments)
    .innerJoin(workspaces, eq(workspaces.id, assessments.workspaceId))
    .innerJoin(teams, and(eq(teams.workspaceId, assessments.workspaceId), eq(teams.id, assessments.teamId)))
    .where(and(eq(assessments.workspaceId, params.workspaceId), eq(assessments.id, params.assessmentId)));
  return rows[0];
}
