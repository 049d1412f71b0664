import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Answers } from '@assay/domain';
import type { StoredResultDto } from '@assay/contracts';
import type { Database } from '../../db/client.ts';
import { autosaveStatementSent, type AutosaveRespondent } from '../../lib/autosave-statements.ts';
import { Batcher } from '../../lib/batcher.ts';
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
// Autosave in one statement (hot path), batched under load. Hand-written SQL, run as a named
// prepared statement.

/** What an autosave statement returns for each save it did: the answers, revision and time after it. */
export interface SavedRow {
  answers: Answers;
  revision: number;
  updated_at: Date;
  prefilled_question_ids: string[];
}

/** The changes of one save: answers set, questions cleared, and the questionnaire they were validated against. */
interface SaveChanges {
  set: Answers;
  cleared: readonly string[];
  questionnaireId: string;
}

/** A signed-in respondent's save, with the roles that may answer anywhere and on their teams only. */
export interface MySave extends SaveChanges {
  workspaceId: string;
  assessmentId: string;
  responseId: string;
  userId: string;
  tokenVersion: number;
  allRoles: readonly string[];
  teamRoles: readonly string[];
}

/** A guest's save: their response and the hash of its access key. */
export interface GuestSave extends SaveChanges {
  responseId: string;
  accessKeyHash: string;
}

/** The input columns of a kind of save: each name, its SQL type and its value in a save. */
type Columns<Save> = readonly (readonly [name: string, type: string, value: (save: Save) => unknown])[];

/** What every save carries: its response `r`, questionnaire `q`, answers set `s`, questions cleared `c` and touched (set or cleared) `t`. */
const CHANGES: Columns<SaveChanges & { responseId: string }> = [
  ['r', 'uuid', (save) => save.responseId],
  ['q', 'text', (save) => save.questionnaireId],
  ['s', 'jsonb', (save) => save.set],
  ['c', 'text[]', (save) => save.cleared],
  ['t', 'text[]', (save) => [...Object.keys(save.set), ...save.cleared]],
];

/**
 * The autosave statement of a kind of save, `i` its input: on PostgreSQL, a batch of saves in $1,
 * a JSON array with an object per save; on PGlite, one save, a parameter per column. A save is
 * of the response `lock` finds and allowed by `allowed` (tenancy, roles, token, link), exactly as
 * if it were alone.
 *
 * First the responses to change are locked, in id order (`i`, run before anything else as the
 * one-time filter's InitPlan), so two batches never wait on each other in a cycle (the locked
 * paths also lock the response first, then its assessment). Then their assessments (`a`: open,
 * pinning the questionnaire the save was validated against) under a share lock, so none can close
 * until the save commits; a close committed meanwhile is seen (the lock reads the latest row).
 * Each response is merged with `(answers || set) - cleared`, and the questions saved leave its
 * prefilled marks (changing an answer confirms it); the revision and time move only when that
 * changes the answers or the marks (an idempotent save returns them as they were). The merge reads
 * the row as it is once locked, so saves of one response in concurrent statements all stay, as in
 * an `INSERT … ON CONFLICT DO UPDATE`. A save with no row back was refused (not found, not allowed,
 * closed, submitted, revoked) and changed nothing.
 *
 * PGlite runs one statement at a time in one process: nothing can interleave, so it takes no lock.
 */
function saveStatement<Save>(kind: Deps['database']['kind'], shape: { columns: Columns<Save>; lock: string; allowed: string }): string {
  const columns = [...(CHANGES as Columns<unknown>), ...(shape.columns as Columns<unknown>)];
  const merged = '(r.answers || i.s) - i.c';
  const touches = 'r.prefilled_question_ids && i.t';
  const changes = `${merged} <> r.answers or ${touches}`;
  const update = `update responses r set answers = ${merged},
  prefilled_question_ids = case when ${touches} then array(select q from unnest(r.prefilled_question_ids) as q where q <> all(i.t)) else r.prefilled_question_ids end,
  revision = r.revision + (${changes})::int,
  updated_at = case when ${changes} then now() else r.updated_at end`;
  const returning = 'returning r.id, r.answers, r.revision, r.updated_at, r.prefilled_question_ids';
  if (kind === 'pglite') {
    // One save, a parameter per column, in one flat statement (no lock: see above).
    return `${update}
from (select ${columns.map(([name, type], n) => `$${n + 1}::${type} as ${name}`).join(', ')}) i, assessments a
where r.id = i.r and ${shape.lock} and a.workspace_id = r.workspace_id and a.id = r.assessment_id and a.status = 'open' and a.questionnaire_id = i.q
  and r.status = 'in_progress' and ${shape.allowed}
${returning}`;
  }
  // `= any(array(…))`: the rows are found through their primary key, whatever the planner guesses
  // of the input's size; `i` (the saves whose rows are locked) then drives the update.
  return `with x as (select * from jsonb_to_recordset($1::jsonb) as x(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})),
i as materialized (
  select r.id, r.workspace_id, r.assessment_id, i.* from responses r join x i on r.id = i.r and ${shape.lock}
  where r.id = any(array(select x.r from x))
  order by r.id for update of r
),
a as materialized (
  select a.id, a.workspace_id, a.team_id, a.questionnaire_id from assessments a
  where a.id = any(array(select i.assessment_id from i)) and (a.workspace_id, a.id) in (select i.workspace_id, i.assessment_id from i) and a.status = 'open'
  for share of a
)
${update}
from i, a
where (select count(*) from i) >= 0
  and r.id = i.id and a.workspace_id = i.workspace_id and a.id = i.assessment_id and a.questionnaire_id = i.q
  and r.status = 'in_progress' and ${shape.allowed}
${returning}`;
}

/** A kind of save: its statement on each database, and its input columns. */
interface SaveKind<Save> {
  readonly name: string;
  readonly text: Record<Deps['database']['kind'], string>;
  readonly columns: Columns<Save>;
}

function saveKind<Save extends SaveChanges & { responseId: string }>(name: string, shape: { columns: Columns<Save>; lock: string; allowed: string }): SaveKind<Save> {
  return {
    name,
    text: { postgres: saveStatement('postgres', shape), pglite: saveStatement('pglite', shape) },
    columns: [...(CHANGES as Columns<Save>), ...shape.columns],
  };
}

/**
 * Signed-in respondents' saves: their own response of assessment `a` in workspace `w`, while
 * they (`u`) are a member whose role may answer (roles `ra` anywhere, roles `rt` on their teams
 * only), and while the access token is current: its token version (`v`) is still the user's
 * (sign-out, sign-out-everywhere and a password change raise it). A refused save goes down the
 * checked path, which says why (401 for an ended token).
 */
const MINE = saveKind<MySave>('assay_save_mine', {
  columns: [
    ['w', 'uuid', (save) => save.workspaceId],
    ['a', 'uuid', (save) => save.assessmentId],
    ['u', 'uuid', (save) => save.userId],
    ['v', 'integer', (save) => save.tokenVersion],
    ['ra', 'text[]', (save) => save.allRoles],
    ['rt', 'text[]', (save) => save.teamRoles],
  ],
  lock: 'r.workspace_id = i.w and r.assessment_id = i.a and r.user_id = i.u',
  allowed: `exists (select 1 from users u where u.id = i.u and u.token_version = i.v)
  and exists (select 1 from memberships m where m.workspace_id = i.w and m.user_id = i.u and (m.role = any(i.ra)
    or (m.role = any(i.rt) and exists (select 1 from team_members tm where tm.workspace_id = i.w and tm.team_id = a.team_id and tm.user_id = i.u))))`,
});

/**
 * Guests' saves: the response whose access key hashes to `k`, while the link it came through is
 * not revoked (a guest's response has no prefill marks, so `t` never matches one).
 */
const GUEST = saveKind<GuestSave>('assay_save_guest', {
  columns: [['k', 'text', (save) => save.accessKeyHash]],
  lock: 'r.access_key_hash = i.k',
  allowed: 'not exists (select 1 from respondent_links k where k.workspace_id = r.workspace_id and k.id = r.respondent_link_id and k.revoked_at is not null)',
});

/** The most saves one statement carries. */
const MAX_BATCH = 64;

/**
 * The most autosave statements in flight at once (fewer when the pool is smaller). With all ten
 * of the default pool, saves at half the floor's rate each ran alone (a commit each) and queued:
 * p99 1.9-3.5x the floor's; with four they share statements sooner, p99 0.94-1.16x, throughput
 * under full load 0.88-1.21x against 0.81-0.98x, and the rest of the pool stays free for reads.
 */
const SAVE_STATEMENTS_AT_ONCE = 4;

type Saver<Save> = (save: Save) => Promise<SavedRow | undefined>;
const savers = new WeakMap<Deps['database'], { mine: Saver<MySave>; guest: Saver<GuestSave> }>();

/**
 * How a database saves. PostgreSQL batches: a save runs at once while fewer than
 * SAVE_STATEMENTS_AT_ONCE autosave statements are in flight, and the saves that arrive meanwhile go
 * together in the next statement (see Batcher). PGlite runs one statement at a time in its one process: a save is a
 * statement of its own, with its values as parameters (cheaper there than a JSON batch).
 */
function saversOf(database: Deps['database']) {
  let found = savers.get(database);
  if (!found) {
    const saver = <Save extends { responseId: string }>(kind: SaveKind<Save>, respondent: AutosaveRespondent): Saver<Save> => {
      const text = kind.text[database.kind];
      if (database.kind !== 'postgres') {
        return async (save) => {
          autosaveStatementSent(database, respondent, 1);
          return (
            await database.query<SavedRow>(
              kind.name,
              text,
              kind.columns.map(([, type, value]) => (type === 'jsonb' ? JSON.stringify(value(save)) : value(save))),
            )
          )[0];
        };
      }
      const batcher = new Batcher<Save, SavedRow>({
        concurrency: Math.min(SAVE_STATEMENTS_AT_ONCE, database.connections ?? 1),
        maxBatch: MAX_BATCH,
        keyOf: (save) => save.responseId,
        run: async (saves) => {
          autosaveStatementSent(database, respondent, saves.length);
          const input = saves.map((save) => Object.fromEntries(kind.columns.map(([name, , value]) => [name, value(save)])));
          const rows = await database.query<SavedRow & { id: string }>(kind.name, text, [JSON.stringify(input)]);
          return new Map(rows.map((saved) => [saved.id, saved]));
        },
      });
      return (save) => batcher.submit(save);
    };
    found = { mine: saver(MINE, 'user'), guest: saver(GUEST, 'guest') };
    savers.set(database, found);
  }
  return found;
}

/** A signed-in respondent's save in one statement (with others', under load); undefined when refused. */
export function saveMyAnswersStatement(database: Deps['database'], save: MySave): Promise<SavedRow | undefined> {
  return saversOf(database).mine(save);
}

/** A guest's save in one statement (with others', under load); undefined when refused. */
export function saveGuestAnswersStatement(database: Deps['database'], save: GuestSave): Promise<SavedRow | undefined> {
  return saversOf(database).guest(save);
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
