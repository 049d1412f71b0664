import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { refreshTokens, users } from '../../db/schema/index.ts';

const publicUser = { id: users.id, email: users.email, name: users.name, createdAt: users.createdAt };

export type UserRow = { id: string; email: string; name: string; createdAt: Date };

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
  const rows = await db.select({ familyId: refreshTokens.familyId }).from(refreshTokens).where(eq(refreshTokens.tokenHash, params.tokenHash)).limit(1);
  return rows[0]?.familyId;
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
