import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Answers } from '@assay/domain';
import type { StoredResultDto } from '@assay/contracts';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import { countAll, keysetQuery, type Keyset } from '../../lib/paging.ts';
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
  prefilledFromResponseId: responses.prefilledFromResponseId,
  prefilledQuestionIds: responses.prefilledQuestionIds,
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
  prefilledFromResponseId: string | null;
  prefilledQuestionIds: string[];
};

/**
 * Starts a user's response, prefilled when `prefill` is given; undefined when they already have
 * one (one per user and assessment).
 */
export async function insertUserResponse(
  db: Database,
  params: { workspaceId: string; assessmentId: string; userId: string; prefill?: { fromResponseId: string; answers: Answers; questionIds: readonly string[] } | undefined },
) {
  const { prefill, ...ids } = params;
  const values = prefill ? { ...ids, answers: prefill.answers, prefilledFromResponseId: prefill.fromResponseId, prefilledQuestionIds: [...prefill.questionIds] } : ids;
  const rows = await db.insert(responses).values(values).onConflictDoNothing().returning({ id: responses.id });
  return rows[0]?.id;
}

/**
 * The user's latest submitted response to another assessment of this team, with the questionnaire
 * it answered: what a new round with prefill starts from. Their own answers only.
 */
export async function findPreviousSubmittedResponse(
  db: Database,
  params: { workspaceId: string; teamId: string; userId: string; assessmentId: string },
): Promise<{ id: string; answers: Answers; questionnaireId: string } | undefined> {
  const rows = await db
    .select({ id: responses.id, answers: responses.answers, questionnaireId: assessments.questionnaireId })
    .from(responses)
    .innerJoin(assessments, and(eq(assessments.workspaceId, responses.workspaceId), eq(assessments.id, responses.assessmentId)))
    .where(
      and(
        eq(responses.workspaceId, params.workspaceId),
        eq(responses.userId, params.userId),
        eq(responses.status, 'submitted'),
        eq(assessments.teamId, params.teamId),
        ne(assessments.id, params.assessmentId),
      ),
    )
    .orderBy(desc(responses.submittedAt), desc(responses.id))
    .limit(1);
  return rows[0];
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

export const RESPONSES_KEYSET: Keyset = {
  list: 'responses',
  keys: [
    { column: responses.createdAt, type: 'timestamptz' },
    { column: responses.id, type: 'uuid' },
  ],
  direction: 'asc',
};

/** An assessment's responses in the order they started: `limit` rows after `cursor`, and how many there are. */
export async function listResponses(db: Database, params: { workspaceId: string; assessmentId: string; cursor: string | undefined; limit: number }) {
  const page = keysetQuery(RESPONSES_KEYSET, params.cursor);
  const ofAssessment = and(eq(responses.workspaceId, params.workspaceId), eq(responses.assessmentId, params.assessmentId));
  const rows: (ResponseRow & { pageKey: string })[] = await db
    .select({ ...responseColumns, pageKey: page.key })
    .from(responses)
    .leftJoin(users, eq(users.id, responses.userId))
    .where(and(ofAssessment, page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
  const [count] = await db.select({ total: countAll }).from(responses).where(ofAssessment);
  return { rows, total: count!.total };
}

export async function updateAnswers(
  db: Database,
  params: { workspaceId: string; responseId: string; answers: Answers; prefilledQuestionIds: readonly string[]; revision: number; at: Date },
): Promise<void> {
  await db
    .update(responses)
    .set({ answers: params.answers, prefilledQuestionIds: [...params.prefilledQuestionIds], revision: params.revision, updatedAt: params.at })
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.id, params.responseId)));
}

/** Replaces a response's prefilled marks (confirming), moving its revision and time. */
export async function updatePrefilledMarks(
  db: Database,
  params: { workspaceId: string; responseId: string; prefilledQuestionIds: readonly string[]; revision: number; at: Date },
): Promise<void> {
  await db
    .update(responses)
    .set({ prefilledQuestionIds: [...params.prefilledQuestionIds], revision: params.revision, updatedAt: params.at })
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
  kind: respondentLinks.kind,
  label: respondentLinks.label,
  replacedById: respondentLinks.replacedById,
  createdAt: respondentLinks.createdAt,
  expiresAt: respondentLinks.expiresAt,
  revokedAt: respondentLinks.revokedAt,
};

export async function insertRespondentLink(
  db: Database,
  params: {
    workspaceId: string;
    assessmentId: string;
    kind: 'shared' | 'personal';
    label: string | null;
    tokenHash: string;
    createdBy: string;
    expiresAt: Date | null;
  },
): Promise<string> {
  const rows = await db.insert(respondentLinks).values(params).returning({ id: respondentLinks.id });
  return rows[0]!.id;
}

export const LINKS_KEYSET: Keyset = {
  list: 'respondent-links',
  keys: [
    { column: respondentLinks.createdAt, type: 'timestamptz' },
    { column: respondentLinks.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** Links of an assessment newest first with how many guest responses each started: `limit` rows after `cursor`, or the one `linkId`. */
export async function listRespondentLinks(
  db: Database,
  params: { workspaceId: string; assessmentId: string; linkId?: string; cursor?: string | undefined; limit: number },
) {
  const page = keysetQuery(LINKS_KEYSET, params.cursor);
  const conditions = [eq(respondentLinks.workspaceId, params.workspaceId), eq(respondentLinks.assessmentId, params.assessmentId)];
  if (params.linkId) conditions.push(eq(respondentLinks.id, params.linkId));
  return db
    .select({
      ...linkColumns,
      responses: sql<number>`count(${responses.id})`.mapWith(Number),
      pageKey: page.key,
    })
    .from(respondentLinks)
    .leftJoin(responses, and(eq(responses.workspaceId, respondentLinks.workspaceId), eq(responses.respondentLinkId, respondentLinks.id)))
    .where(and(...conditions, page.after))
    .groupBy(respondentLinks.id)
    .orderBy(...page.orderBy)
    .limit(params.limit);
}

export async function countRespondentLinks(db: Database, params: { workspaceId: string; assessmentId: string }): Promise<number> {
  const [row] = await db
    .select({ total: countAll })
    .from(respondentLinks)
    .where(and(eq(respondentLinks.workspaceId, params.workspaceId), eq(respondentLinks.assessmentId, params.assessmentId)));
  return row!.total;
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
      kind: respondentLinks.kind,
      expiresAt: respondentLinks.expiresAt,
      revokedAt: respondentLinks.revokedAt,
      replacedById: respondentLinks.replacedById,
    })
    .from(respondentLinks)
    .where(eq(respondentLinks.tokenHash, params.tokenHash));
  return rows[0];
}

/** A link of the assessment, its row locked until the transaction ends (starts and reissues of one personal link serialise). */
export async function lockRespondentLink(db: Database, params: { workspaceId: string; assessmentId: string; linkId: string }) {
  const rows = await db
    .select({ id: respondentLinks.id, kind: respondentLinks.kind, label: respondentLinks.label, revokedAt: respondentLinks.revokedAt, replacedById: respondentLinks.replacedById })
    .from(respondentLinks)
    .where(
      and(eq(respondentLinks.workspaceId, params.workspaceId), eq(respondentLinks.assessmentId, params.assessmentId), eq(respondentLinks.id, params.linkId)),
    )
    .for('update');
  return rows[0];
}

/** The response started through a link (a personal link has at most one). */
export async function findLinkResponseId(db: Database, params: { workspaceId: string; linkId: string }): Promise<string | undefined> {
  const rows = await db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.respondentLinkId, params.linkId)))
    .limit(1);
  return rows[0]?.id;
}

/** A reissued personal link: revoked (if it was not yet) and pointing at the link that replaces it. */
export async function markRespondentLinkReplaced(db: Database, params: { workspaceId: string; linkId: string; replacedById: string; at: Date }) {
  await db
    .update(respondentLinks)
    .set({ revokedAt: sql`coalesce(${respondentLinks.revokedAt}, ${params.at.toISOString()}::timestamptz)`, replacedById: params.replacedById })
    .where(and(eq(respondentLinks.workspaceId, params.workspaceId), eq(respondentLinks.id, params.linkId)));
}

/**
 * Moves a reissued personal link's response to its new link, with the access key the new token
 * gives: the old link's key stops working. Returns how many responses moved (0 or 1).
 */
export async function moveLinkResponses(db: Database, params: { workspaceId: string; fromLinkId: string; toLinkId: string; accessKeyHash: string }) {
  const rows = await db
    .update(responses)
    .set({ respondentLinkId: params.toLinkId, accessKeyHash: params.accessKeyHash })
    .where(and(eq(responses.workspaceId, params.workspaceId), eq(responses.respondentLinkId, params.fromLinkId)))
    .returning({ id: responses.id });
  return rows.length;
}

export const ROSTER_KEYSET: Keyset = {
  list: 'roster',
  keys: [
    { column: sql`e.rank`, type: 'text' },
    { column: sql`e.sort_name`, type: 'text' },
    { column: sql`e.id`, type: 'uuid' },
  ],
  direction: 'asc',
};

export interface RosterRow {
  kind: 'member' | 'personal' | 'shared';
  id: string;
  name: string | null;
  response_status: string | null;
  last_activity: Date | string | null;
  started: number | string | null;
  submitted: number | string | null;
  link_created_at: Date | string | null;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  pageKey: string;
}

/**
 * An assessment's roster: members (the team's, and anyone else in the workspace who answered) by
 * name, the current personal links (not those replaced by a reissue) by label, then shared links
 * by label, each with the status and time of its response(s). Statuses and times only.
 */
function rosterEntries(params: { workspaceId: string; assessmentId: string; teamId: string }) {
  const { workspaceId: ws, assessmentId: a } = params;
  return sql`
    select '0' as rank, 'member' as kind, u.id, u.name, lower(u.name) as sort_name, r.status as response_status, r.updated_at as last_activity,
           null::bigint as started, null::bigint as submitted, null::timestamptz as link_created_at, null::timestamptz as expires_at, null::timestamptz as revoked_at
    from (
      select tm.user_id from team_members tm where tm.workspace_id = ${ws} and tm.team_id = ${params.teamId}
      union
      select rr.user_id from responses rr where rr.workspace_id = ${ws} and rr.assessment_id = ${a} and rr.user_id is not null
    ) who
    join users u on u.id = who.user_id
    left join responses r on r.workspace_id = ${ws} and r.assessment_id = ${a} and r.user_id = u.id
    union all
    select '1', 'personal', l.id, l.label, lower(l.label), r.status, r.updated_at, null, null, l.created_at, l.expires_at, l.revoked_at
    from respondent_links l
    left join responses r on r.workspace_id = l.workspace_id and r.respondent_link_id = l.id
    where l.workspace_id = ${ws} and l.assessment_id = ${a} and l.kind = 'personal' and l.replaced_by_id is null
    union all
    select '2', 'shared', l.id, l.label, lower(coalesce(l.label, '')), null, max(r.updated_at), count(r.id), count(r.id) filter (where r.status = 'submitted'),
           l.created_at, l.expires_at, l.revoked_at
    from respondent_links l
    left join responses r on r.workspace_id = l.workspace_id and r.respondent_link_id = l.id
    where l.workspace_id = ${ws} and l.assessment_id = ${a} and l.kind = 'shared'
    group by l.id`;
}

export async function listRoster(
  db: Database,
  params: { workspaceId: string; assessmentId: string; teamId: string; cursor?: string | undefined; limit: number },
): Promise<RosterRow[]> {
  const page = keysetQuery(ROSTER_KEYSET, params.cursor);
  const result = await db.execute(sql`
    select e.*, ${page.key} as "pageKey" from (${rosterEntries(params)}) e
    ${page.after ? sql`where ${page.after}` : sql``}
    order by ${sql.join(page.orderBy, sql`, `)}
    limit ${params.limit}`);
  return (result as unknown as { rows: RosterRow[] }).rows;
}

export async function countRoster(db: Database, params: { workspaceId: string; assessmentId: string; teamId: string }): Promise<number> {
  const result = await db.execute(sql`select count(*) as total from (${rosterEntries(params)}) e`);
  return Number((result as unknown as { rows: { total: number | string }[] }).rows[0]!.total);
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

// ---------------------------------------------------------------------------------------------
// Autosave in one statement (hot path). Hand-written SQL, run as a named prepared statement.

/** What one autosave statement returns: the answers, revision and time after the save. */
export interface SavedRow {
  answers: Answers;
  revision: number;
  updated_at: Date;
  prefilled_question_ids: string[];
}

type DatabaseKind = DatabaseHandle['kind'];

const MERGED = `(r.answers || $1::jsonb) - $2::text[]`;
/**
 * The prefilled marks after a save: a question saved (set or cleared, parameter `touched`) is
 * confirmed by that save. Only a response with a mark among them is rewritten (`&&`, overlap), so
 * a save of a response without marks, every guest's and most members', costs one array test.
 */
const touches = (touched: string) => `r.prefilled_question_ids && ${touched}::text[]`;
const marks = (touched: string) =>
  `case when ${touches(touched)} then array(select q from unnest(r.prefilled_question_ids) as q where q <> all(${touched}::text[])) else r.prefilled_question_ids end`;

/**
 * One UPDATE: the assessment (`assessment`, a query naming it `a`: open, pinning questionnaire
 * $3) under a share lock so it cannot close until the save commits, and the response (`allowed`,
 * not submitted) merged with `(answers || set) - cleared`, and the questions saved dropped from its
 * prefilled marks (changing an answer confirms it). The revision and time move only when that
 * changes the answers or the marks (an idempotent save returns them as they were). The merge reads the
 * row as it is when the update gets its lock, so concurrent saves apply one after another and
 * every one's answers stay, as in an `INSERT … ON CONFLICT DO UPDATE`. No row back: refused (not
 * found, not allowed, closed, submitted, revoked), and nothing changed.
 *
 * PGlite runs one statement at a time in one process: nothing can interleave, so it takes no lock.
 */
function saveStatement(kind: DatabaseKind, assessment: string, allowed: string, touched: string) {
  const lock = kind === 'postgres' ? 'for share of a' : '';
  return `with a as (${assessment} and a.status = 'open' and a.questionnaire_id = $3 ${lock})
update responses r set answers = ${MERGED},
  prefilled_question_ids = ${marks(touched)},
  revision = r.revision + (${MERGED} <> r.answers or ${touches(touched)})::int,
  updated_at = case when ${MERGED} <> r.answers or ${touches(touched)} then now() else r.updated_at end
from a
where r.workspace_id = a.workspace_id and r.assessment_id = a.id and r.status = 'in_progress' and ${allowed}
returning r.answers, r.revision, r.updated_at, r.prefilled_question_ids`;
}

/**
 * A signed-in respondent's save: their own response ($6) of this assessment ($5) in this
 * workspace ($4), while they ($7) are a member whose role may answer (roles $8 anywhere, roles $9
 * on their teams only), and while the access token is current: its token version ($10) is still the
 * user's (sign-out, sign-out-everywhere and a password change raise it). $11: the question ids saved
 * (set and cleared), whose prefill marks the save removes. A refused row sends the
 * save down the checked path, which says why (401 for an ended token).
 */
function saveMine(kind: DatabaseKind) {
  return saveStatement(
    kind,
    'select a.id, a.workspace_id, a.team_id from assessments a where a.workspace_id = $4 and a.id = $5',
    `r.id = $6 and r.user_id = $7
  and exists (select 1 from users u where u.id = $7 and u.token_version = $10)
  and exists (select 1 from memberships m where m.workspace_id = $4 and m.user_id = $7 and (m.role = any($8::text[])
    or (m.role = any($9::text[]) and exists (select 1 from team_members tm where tm.workspace_id = $4 and tm.team_id = a.team_id and tm.user_id = $7))))`,
    '$11',
  );
}
const SAVE_MINE = { postgres: saveMine('postgres'), pglite: saveMine('pglite') };

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
    tokenVersion: number;
    allRoles: readonly string[];
    teamRoles: readonly string[];
  },
): Promise<SavedRow | undefined> {
  const rows = await database.query<SavedRow>('assay_save_mine', SAVE_MINE[database.kind], [
    JSON.stringify(params.set),
    params.cleared,
    params.questionnaireId,
    params.workspaceId,
    params.assessmentId,
    params.responseId,
    params.userId,
    params.allRoles,
    params.teamRoles,
    params.tokenVersion,
    [...Object.keys(params.set), ...params.cleared],
  ]);
  return rows[0];
}

/**
 * A guest's save: the response ($4) whose access key hashes to $5, while the link it came through is
 * not revoked ($6: the question ids saved; a guest's response has no prefill marks, so it never matches).
 */
function saveGuest(kind: DatabaseKind) {
  return saveStatement(
    kind,
    `select a.id, a.workspace_id from responses g join assessments a on a.workspace_id = g.workspace_id and a.id = g.assessment_id
    where g.id = $4 and g.access_key_hash = $5`,
    `r.id = $4 and r.access_key_hash = $5
  and not exists (select 1 from respondent_links l where l.workspace_id = r.workspace_id and l.id = r.respondent_link_id and l.revoked_at is not null)`,
    '$6',
  );
}
const SAVE_GUEST = { postgres: saveGuest('postgres'), pglite: saveGuest('pglite') };

export async function saveGuestAnswersStatement(
  database: Deps['database'],
  params: { set: Answers; cleared: readonly string[]; questionnaireId: string; responseId: string; accessKeyHash: string },
): Promise<SavedRow | undefined> {
  const rows = await database.query<SavedRow>('assay_save_guest', SAVE_GUEST[database.kind], [
    JSON.stringify(params.set),
    params.cleared,
    params.questionnaireId,
    params.responseId,
    params.accessKeyHash,
    [...Object.keys(params.set), ...params.cleared],
  ]);
  return rows[0];
}

// ---------------------------------------------------------------------------------------------
// Reading a response, or its result, in one statement (every load of the questionnaire and of the
// result page). Hand-written SQL, run as a named prepared statement, like the autosave.

/**
 * What the checks of a signed-in read need, and what they guard, in one row: the caller's token
 * version (no row: no such user), their role in the workspace and their teams there, the
 * assessment (read only for a member) with its team, questionnaire and k (a draft follows its
 * workspace's k), and the response by id in the workspace (read only when the assessment is
 * there) with its assessment and respondent. The service applies the checks in the order the
 * separate reads did, so the refusals (401, 404 workspace, assessment or response) are the same.
 */
export interface ResponseReadRow {
  token_version: number;
  role: string | null;
  team_ids: string[];
  assessment_id: string | null;
  team_id: string | null;
  questionnaire_id: string | null;
  anonymity_threshold: number | null;
  response_id: string | null;
  response_assessment_id: string | null;
  user_id: string | null;
}

/** The response itself (GET a response). */
export interface ResponseWithAccessRow extends ResponseReadRow {
  user_name: string | null;
  guest_name: string | null;
  status: string | null;
  answers: Answers | null;
  revision: number | null;
  created_at: Date | null;
  updated_at: Date | null;
  submitted_at: Date | null;
  prefilled_from_response_id: string | null;
  prefilled_question_ids: string[] | null;
}

/** Its stored result (GET a response's result); `result_response_id` null when it has none yet. */
export interface ResultWithAccessRow extends ResponseReadRow {
  result_response_id: string | null;
  engine_version: string | null;
  result_questionnaire_id: string | null;
  computed_at: Date | null;
  result: StoredResultDto | null;
}

/** $1 workspace, $2 assessment, $3 response, $4 caller. */
function readStatement(read: 'response' | 'result'): string {
  const columns =
    read === 'response'
      ? `ru.name as user_name, r.guest_name, r.status, r.answers, r.revision, r.created_at, r.updated_at, r.submitted_at,
  r.prefilled_from_response_id, r.prefilled_question_ids`
      : `rr.response_id as result_response_id, rr.engine_version, rr.questionnaire_id as result_questionnaire_id, rr.computed_at, rr.result`;
  const join =
    read === 'response'
      ? 'left join users ru on ru.id = r.user_id'
      : 'left join response_results rr on rr.workspace_id = $1 and rr.response_id = r.id';
  return `select u.token_version, m.role,
  coalesce((select array_agg(tm.team_id::text) from team_members tm where tm.workspace_id = $1 and tm.user_id = u.id), '{}') as team_ids,
  a.id as assessment_id, a.team_id, a.questionnaire_id,
  case when a.status = 'draft' then w.anonymity_threshold else a.anonymity_threshold end as anonymity_threshold,
  r.id as response_id, r.assessment_id as response_assessment_id, r.user_id, ${columns}
from users u
left join memberships m on m.workspace_id = $1 and m.user_id = u.id
left join assessments a on m.role is not null and a.workspace_id = $1 and a.id = $2
left join workspaces w on w.id = a.workspace_id
left join responses r on a.id is not null and r.workspace_id = $1 and r.id = $3
${join}
where u.id = $4`;
}
const READ_RESPONSE = readStatement('response');
const READ_RESULT = readStatement('result');

type ReadParams = { workspaceId: string; assessmentId: string; responseId: string; userId: string };
const readValues = (params: ReadParams) => [params.workspaceId, params.assessmentId, params.responseId, params.userId];

export async function readResponseWithAccess(database: Deps['database'], params: ReadParams): Promise<ResponseWithAccessRow | undefined> {
  return (await database.query<ResponseWithAccessRow>('assay_read_response', READ_RESPONSE, readValues(params)))[0];
}

export async function readResultWithAccess(database: Deps['database'], params: ReadParams): Promise<ResultWithAccessRow | undefined> {
  return (await database.query<ResultWithAccessRow>('assay_read_result', READ_RESULT, readValues(params)))[0];
}
