import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { refreshTokens, users } from '../../db/schema/index.ts';

const publicUser = { id: users.id, email: users.email, name: users.name, createdAt: users.createdAt, tokenVersion: users.tokenVersion };

export type UserRow = { id: string; email: string; name: string; createdAt: Date; tokenVersion: number };

/** Inserts a user; undefined when the email is taken (unique key). */
export async function insertUser(db: Database, params: { email: string; name: string; passwordHash: string }): Promise<UserRow | undefined> {
  const rows = await db.insert(users).values(params).onConflictDoNothing({ target: users.email }).returning(publicUser);
  return rows[0];
}

export async function findUserByEmail(db: Database, params: { email: string }) {
  const rows = await db
    .select({ ...publicUser, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, params.email))
    .limit(1);
  return rows[0];
}

export async function findUserById(db: Database, params: { userId: string }): Promise<UserRow | undefined> {
  const rows = await db.select(publicUser).from(users).where(eq(users.id, params.userId)).limit(1);
  return rows[0];
}

/**
 * `/auth/me` on every page: the caller's row as a named prepared statement (hand-written SQL,
 * parsed and planned once per connection, no query building per request).
 */
const FIND_ME = 'select id, email, name, created_at as "createdAt", token_version as "tokenVersion" from users where id = $1';
export async function findMe(database: Deps['database'], params: { userId: string }): Promise<UserRow | undefined> {
  return (await database.query<UserRow>('assay_find_me', FIND_ME, [params.userId]))[0];
}

export async function findUserWithHashById(db: Database, params: { userId: string }) {
  const rows = await db
    .select({ ...publicUser, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, params.userId))
    .limit(1);
  return rows[0];
}

/**
 * Raises the user's token version, ending every access token issued before; when
 * `expectedVersion` is given, only if it is still that one (the caller's token is current).
 * Returns the new version, or undefined when nothing matched. Sets a new password hash too when given.
 */
export async function bumpTokenVersion(
  db: Database,
  params: { userId: string; expectedVersion?: number; passwordHash?: string },
): Promise<number | undefined> {
  const rows = await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1`, ...(params.passwordHash ? { passwordHash: params.passwordHash } : {}) })
    .where(and(eq(users.id, params.userId), params.expectedVersion === undefined ? undefined : eq(users.tokenVersion, params.expectedVersion)))
    .returning({ tokenVersion: users.tokenVersion });
  return rows[0]?.tokenVersion;
}

/** Ends every session of a user (each family's tokens revoked). */
export async function revokeUserRefreshTokens(db: Database, params: { userId: string; at: Date }): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: params.at })
    .where(and(eq(refreshTokens.userId, params.userId), isNull(refreshTokens.revokedAt)));
}

export async function insertRefreshToken(
  db: Database,
  params: { userId: string; familyId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(refreshTokens).values(params);
}

/**
 * Deletes a user's refresh tokens that expired before `before`. An expired token can never
 * refresh again, and reuse detection only needs rotated tokens until they expire.
 */
export async function deleteExpiredRefreshTokens(db: Database, params: { userId: string; before: Date }): Promise<void> {
  await db.delete(refreshTokens).where(and(eq(refreshTokens.userId, params.userId), lt(refreshTokens.expiresAt, params.before)));
}

/** The family a token belongs to, without locking anything; undefined for an unknown token. */
export async function findRefreshFamilyId(db: Database, params: { tokenHash: string }): Promise<string | undefined> {
  return (await findRefreshFamily(db, params))?.familyId;
}

/** The family and user a token belongs to, without locking anything; undefined for an unknown token. */
export async function findRefreshFamily(db: Database, params: { tokenHash: string }) {
  const rows = await db
    .select({ familyId: refreshTokens.familyId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, params.tokenHash))
    .limit(1);
  return rows[0];
}

/**
 * Locks every row of a token family until the transaction ends, always in id order (so two
 * lockers cannot deadlock). Refresh and sign-out both take it: a sign-out that waited for a
 * refresh then revokes the token that refresh issued, because its next statement sees it.
 */
export async function lockRefreshFamily(db: Database, params: { familyId: string }): Promise<void> {
  await db.select({ id: refreshTokens.id }).from(refreshTokens).where(eq(refreshTokens.familyId, params.familyId)).orderBy(refreshTokens.id).for('update');
}

/** Locks the token's row until the transaction ends, so two refreshes with one token serialise. */
export async function findRefreshTokenForUpdate(db: Database, params: { tokenHash: string }) {
  const rows = await db
    .select({
      id: refreshTokens.id,
      userId: refreshTokens.userId,
      familyId: refreshTokens.familyId,
      expiresAt: refreshTokens.expiresAt,
      rotatedAt: refreshTokens.rotatedAt,
      revokedAt: refreshTokens.revokedAt,
    })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, params.tokenHash))
    .limit(1)
    .for('update');
  return rows[0];
}

export async function markRefreshTokenRotated(db: Database, params: { id: string; at: Date }): Promise<void> {
  await db.update(refreshTokens).set({ rotatedAt: params.at }).where(eq(refreshTokens.id, params.id));
}

export async function revokeRefreshFamily(db: Database, params: { familyId: string; at: Date }): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: params.at })
    .where(and(eq(refreshTokens.familyId, params.familyId), isNull(refreshTokens.revokedAt)));
}

/**
 * Locks the memberships of every workspace the user owns and returns those where they are the
 * only owner (the account cannot be deleted before someone else is made owner there).
 */
export async function workspacesSolelyOwnedBy(db: Database, params: { userId: string }): Promise<{ id: string; name: string }[]> {
  await db.execute(sql`
    select 1 from memberships
    where workspace_id in (select workspace_id from memberships where user_id = ${params.userId} and role = 'owner')
    order by workspace_id, user_id for update`);
  const result = await db.execute(sql`
    select w.id, w.name from workspaces w
    join memberships m on m.workspace_id = w.id and m.user_id = ${params.userId} and m.role = 'owner'
    where (select count(*) from memberships o where o.workspace_id = w.id and o.role = 'owner') = 1
    order by w.name`);
  return (result as unknown as { rows: { id: string; name: string }[] }).rows;
}

/** Deletes the user's unsubmitted responses, then the user; submitted responses stay, anonymous (user_id set null). */
export async function deleteUser(db: Database, params: { userId: string }): Promise<void> {
  await db.execute(sql`delete from responses where user_id = ${params.userId} and status <> 'submitted'`);
  await db.delete(users).where(eq(users.id, params.userId));
}

/** Everything stored about the user that is theirs: memberships and their own responses. */
export async function exportUserData(db: Database, params: { userId: string }) {
  const memberships = await db.execute(sql`
    select w.id as "workspaceId", w.name as "workspaceName", m.role, m.created_at as "joinedAt"
    from memberships m join workspaces w on w.id = m.workspace_id
    where m.user_id = ${params.userId} order by w.name`);
  const responses = await db.execute(sql`
    select r.id, r.workspace_id as "workspaceId", r.assessment_id as "assessmentId", a.title as "assessmentTitle",
           r.status, r.answers, r.created_at as "createdAt", r.updated_at as "updatedAt", r.submitted_at as "submittedAt",
           r.prefilled_from_response_id as "prefilledFromResponseId", r.prefilled_question_ids as "prefilledQuestionIds"
    from responses r join assessments a on a.workspace_id = r.workspace_id and a.id = r.assessment_id
    where r.user_id = ${params.userId} order by r.created_at`);
  const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
  return { memberships: rows(memberships), responses: rows(responses) };
}
