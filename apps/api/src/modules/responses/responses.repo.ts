import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Answers } from '@assay/domain';
import type { Database } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
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
    })
    .from(assessments)
    .innerJoin(workspaces, eq(workspaces.id, assessments.workspaceId))
    .innerJoin(teams, and(eq(teams.workspaceId, assessments.workspaceId), eq(teams.id, assessments.teamId)))
    .where(and(eq(assessments.workspaceId, params.workspaceId), eq(assessments.id, params.assessmentId)));
  return rows[0];
}

// ---------------------------------------------------------------------------------------------
// Autosave in one statement (hot path). Hand-written SQL, run as a named prepared statement.

/** What one autosave statement returns: the answers after the save and whether it changed them. */
export interface SavedRow {
  answers: Answers;
  revision: number;
  updated_at: Date;
  changed: boolean;
}

/**
 * Merges `set` into the stored answers and removes `cleared` (`(answers || set) - cleared`),
 * bumping the revision only when that changes them. The response's row lock (FOR UPDATE) makes
 * concurrent saves merge one after another onto the latest answers, so each one's answers stay;
 * the assessment's share lock keeps it from closing until the save commits. Returns the row
 * only when the save is allowed (`allowed`, an open assessment of questionnaire $3, a response
 * not submitted); otherwise no row, and nothing changed.
 */
function saveStatement(allowed: string, from: string) {
  return `with cur as (
  select r.id, r.answers, r.revision, r.updated_at, (r.answers || $1::jsonb) - $2::text[] as merged
  from ${from}
  where ${allowed} and r.status = 'in_progress' and a.status = 'open' and a.questionnaire_id = $3
  for update of r for share of a
), upd as (
  update responses r set answers = cur.merged, revision = cur.revision + 1, updated_at = now()
  from cur where r.id = cur.id and cur.merged <> cur.answers
  returning r.revision, r.updated_at
)
select cur.merged as answers, coalesce(upd.revision, cur.revision) as revision,
  coalesce(upd.updated_at, cur.updated_at) as updated_at, upd.revision is not null as changed
from cur left join upd on true`;
}

/**
 * A signed-in respondent's save: their own response ($6) of this assessment ($5) in this
 * workspace ($4), while they are a member whose role may answer (`allRoles` anywhere, `teamRoles`
 * on their teams only). A check that the access token is still current belongs in this where.
 */
const SAVE_MINE = saveStatement(
  `r.workspace_id = $4 and r.id = $6 and r.assessment_id = $5 and r.user_id = $7
  and exists (select 1 from memberships m where m.workspace_id = $4 and m.user_id = $7 and (m.role = any($8::text[])
    or (m.role = any($9::text[]) and exists (select 1 from team_members tm where tm.workspace_id = $4 and tm.team_id = a.team_id and tm.user_id = $7))))`,
  'responses r join assessments a on a.workspace_id = r.workspace_id and a.id = r.assessment_id',
);

export async function saveMyAnswersStatement(
  database: Deps['database'],
  params: {
    set: Answers;
    cleared: readonly string[];
    questionnaireId: string;
    workspaceId: string;
    assessmentId: string;
    responseId: string;
    userId: string;
    allRoles: readonly string[];
    teamRoles: readonly string[];
  },
): Promise<SavedRow | undefined> {
  const rows = await database.query<SavedRow>('assay_save_mine', SAVE_MINE, [
    JSON.stringify(params.set),
    params.cleared,
    params.questionnaireId,
    params.workspaceId,
    params.assessmentId,
    params.responseId,
    params.userId,
    params.allRoles,
    params.teamRoles,
  ]);
  return rows[0];
}

/** A guest's save: the response ($4) whose access key hashes to $5, while the link it came through is not revoked. */
const SAVE_GUEST = saveStatement(
  `r.id = $4 and r.access_key_hash = $5 and l.revoked_at is null`,
  `responses r join assessments a on a.workspace_id = r.workspace_id and a.id = r.assessment_id
  left join respondent_links l on l.workspace_id = r.workspace_id and l.id = r.respondent_link_id`,
);

export async function saveGuestAnswersStatement(
  database: Deps['database'],
  params: { set: Answers; cleared: readonly string[]; questionnaireId: string; responseId: string; accessKeyHash: string },
): Promise<SavedRow | undefined> {
  const rows = await database.query<SavedRow>('assay_save_guest', SAVE_GUEST, [
    JSON.stringify(params.set),
    params.cleared,
    params.questionnaireId,
    params.responseId,
    params.accessKeyHash,
  ]);
  return rows[0];
}
