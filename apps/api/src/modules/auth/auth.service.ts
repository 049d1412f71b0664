import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { User } from '@assay/contracts';
import type { Caller, Deps } from '../../deps.ts';
import { BadRequestError, ConflictError, UnauthorizedError, type Refusal } from '../../errors.ts';
import { requireCurrentToken, staleTokenError } from '../../lib/session.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { addDays, iso } from '../../lib/time.ts';
import { insertAuditEventForMember } from '../audit/audit.repo.ts';
import * as repo from './auth.repo.ts';

/** argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane); the library's default algorithm is argon2id. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Verified against when the email is unknown, so sign-in takes as long either way. Hashed on
 * argon2's own thread while the process starts (not awaited here: start does not wait for it).
 */
const DUMMY_HASH = hash('assay-timing-equaliser', ARGON2);

export interface SessionGrant {
  readonly user: User;
  /** The user's token version, carried in the access token (`ver`). */
  readonly tokenVersion: number;
  /** The new refresh token, for the httpOnly cookie only. */
  readonly refreshToken: string;
  readonly refreshExpiresAt: Date;
}

function toUser(row: repo.UserRow): User {
  return { id: row.id, email: row.email, name: row.name, createdAt: iso(row.createdAt) };
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function startFamily(deps: Deps, userId: string, now: Date, familyId: string = randomUUID()) {
  const refreshToken = newToken();
  const refreshExpiresAt = addDays(now, deps.config.refreshTokenTtlDays);
  await repo.insertRefreshToken(deps.db, { userId, familyId, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt });
  return { refreshToken, refreshExpiresAt };
}

export async function signUp(deps: Deps, params: { email: string; password: string; name: string }): Promise<SessionGrant> {
  const passwordHash = await hash(params.password, ARGON2);
  const row = await repo.insertUser(deps.db, { email: normaliseEmail(params.email), name: params.name, passwordHash });
  if (!row) throw new ConflictError('email_taken', 'An account with this email already exists; sign in instead.');
  return { user: toUser(row), tokenVersion: row.tokenVersion, ...(await startFamily(deps, row.id, new Date())) };
}

export async function signIn(deps: Deps, params: { email: string; password: string; ip: string }): Promise<SessionGrant> {
  const row = await repo.findUserByEmail(deps.db, { email: normaliseEmail(params.email) });
  const valid = await verify(row?.passwordHash ?? (await DUMMY_HASH), params.password);
  // A wrong password for a member's account goes into each of their workspaces' audit trails.
  if (row && !valid) await insertAuditEventForMember(deps.db, { userId: row.id, action: 'auth.sign_in_failed', ip: params.ip });
  if (!row || !valid) throw new UnauthorizedError('wrong_credentials', 'The email or password is wrong.');
  const now = new Date();
  // Each sign-in starts a family; clearing the user's expired ones here keeps the table bounded
  // by the active sessions without a background job.
  await repo.deleteExpiredRefreshTokens(deps.db, { userId: row.id, before: now });
  return { user: toUser(row), tokenVersion: row.tokenVersion, ...(await startFamily(deps, row.id, now)) };
}

type RefreshOutcome = { ok: true; grant: SessionGrant } | ({ ok: false } & Refusal);

/**
 * Rotates a refresh token: the presented token is marked rotated and a new one of the same
 * family is issued. A rotated token presented again after the grace period means it was
 * copied: the whole family is revoked (committed before answering 401).
 */
export async function refreshSession(deps: Deps, params: { token: string | undefined }): Promise<SessionGrant> {
  if (!params.token) throw new UnauthorizedError('sign_in_required', 'No session to refresh; sign in.');
  const tokenHash = hashToken(params.token);
  const outcome = await deps.db.transaction(async (tx): Promise<RefreshOutcome> => {
    const familyId = await repo.findRefreshFamilyId(tx, { tokenHash });
    if (familyId) await repo.lockRefreshFamily(tx, { familyId });
    // Read (again) under the family lock: a concurrent refresh or sign-out has committed by now.
    const token = await repo.findRefreshTokenForUpdate(tx, { tokenHash });
    // The clock is read once the row lock is held: a request that waited for a concurrent
    // rotation of the same token must be judged after that rotation, not before it.
    const now = new Date();
    if (!token) return { ok: false, reason: 'session_ended', message: 'The session is unknown; sign in again.' };
    if (token.revokedAt) return { ok: false, reason: 'session_ended', message: 'The session was ended; sign in again.' };
    if (token.expiresAt <= now) return { ok: false, reason: 'session_expired', message: 'The session expired; sign in again.' };
    if (token.rotatedAt) {
      const graceEnd = token.rotatedAt.getTime() + deps.config.refreshReuseGraceSeconds * 1000;
      if (now.getTime() >= graceEnd) {
        await repo.revokeRefreshFamily(tx, { familyId: token.familyId, at: now });
        return { ok: false, reason: 'session_reused', message: 'This session was already refreshed elsewhere, so it has been ended for safety; sign in again.' };
      }
    } else {
      await repo.markRefreshTokenRotated(tx, { id: token.id, at: now });
    }
    const user = await repo.findUserById(tx, { userId: token.userId });
    if (!user) return { ok: false, reason: 'account_gone', message: 'The account no longer exists.' };
    const issued = await startFamily({ ...deps, db: tx }, user.id, now, token.familyId);
    return { ok: true, grant: { user: toUser(user), tokenVersion: user.tokenVersion, ...issued } };
  });
  if (!outcome.ok) throw new UnauthorizedError(outcome.reason, outcome.message);
  return outcome.grant;
}

/**
 * Ends the session the refresh token belongs to (its whole family) and the access tokens issued
 * so far (the user's token version is raised: the user's other sessions get a new access token
 * at their next refresh). Unknown tokens are ignored.
 */
export async function signOut(deps: Deps, params: { token: string | undefined }): Promise<void> {
  if (!params.token) return;
  const tokenHash = hashToken(params.token);
  await deps.db.transaction(async (tx) => {
    const family = await repo.findRefreshFamily(tx, { tokenHash });
    if (!family) return;
    // Wait for any refresh of this family to commit, so the revocation below sees the token it issued.
    await repo.lockRefreshFamily(tx, { familyId: family.familyId });
    await repo.revokeRefreshFamily(tx, { familyId: family.familyId, at: new Date() });
    await repo.bumpTokenVersion(tx, { userId: family.userId });
  });
}

/** Ends every session of the caller: all refresh tokens and every access token issued so far. */
export async function signOutEverywhere(deps: Deps, caller: Caller): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const version = await repo.bumpTokenVersion(tx, { userId: caller.userId, expectedVersion: caller.tokenVersion });
    if (version === undefined) {
      const row = await repo.findUserById(tx, { userId: caller.userId });
      requireCurrentToken(row?.tokenVersion, caller);
    }
    await repo.revokeUserRefreshTokens(tx, { userId: caller.userId, at: new Date() });
  });
}

/**
 * Changes the caller's password after checking the current one. Every session ends (refresh
 * and access tokens); the caller gets a new one, so this device stays signed in.
 */
export async function changePassword(deps: Deps, caller: Caller, params: { currentPassword: string; newPassword: string }): Promise<SessionGrant> {
  const row = await repo.findUserWithHashById(deps.db, { userId: caller.userId });
  requireCurrentToken(row?.tokenVersion, caller);
  if (!(await verify(row!.passwordHash, params.currentPassword))) {
    throw new BadRequestError('wrong_password', 'The current password is wrong; the password was not changed.');
  }
  const passwordHash = await hash(params.newPassword, ARGON2);
  const now = new Date();
  return deps.db.transaction(async (tx) => {
    const tokenVersion = await repo.bumpTokenVersion(tx, { userId: caller.userId, expectedVersion: caller.tokenVersion, passwordHash });
    // Signed out elsewhere while the hash was computed: the token is no longer current.
    if (tokenVersion === undefined) throw staleTokenError();
    await repo.revokeUserRefreshTokens(tx, { userId: caller.userId, at: now });
    return { user: toUser(row!), tokenVersion: tokenVersion!, ...(await startFamily({ ...deps, db: tx }, caller.userId, now)) };
  });
}

export async function currentUser(deps: Deps, caller: Caller): Promise<User> {
  const row = await repo.findMe(deps.database, { userId: caller.userId });
  requireCurrentToken(row?.tokenVersion, caller);
  return toUser(row!);
}

/**
 * Deletes the caller's account after checking the password. Refused (409 last_owner) while they
 * are the only owner of a workspace: they hand it over first. Their submitted responses stay in
 * their teams' results as anonymous contributions; unsubmitted ones, memberships and sessions go.
 * Each of their workspaces' audit trails records the deletion first.
 */
export async function deleteAccount(deps: Deps, caller: Caller, params: { password: string }): Promise<void> {
  const row = await repo.findUserWithHashById(deps.db, { userId: caller.userId });
  requireCurrentToken(row?.tokenVersion, caller);
  if (!(await verify(row!.passwordHash, params.password))) {
    throw new BadRequestError('wrong_password', 'The password is wrong; the account was not deleted.');
  }
  await deps.db.transaction(async (tx) => {
    const sole = await repo.workspacesSolelyOwnedBy(tx, { userId: caller.userId });
    if (sole.length > 0) {
      throw new ConflictError(
        'last_owner',
        `You are the only owner of ${sole.map((w) => `"${w.name}"`).join(', ')}; make someone else owner there (or delete the workspace) before deleting your account.`,
      );
    }
    await insertAuditEventForMember(tx, { userId: caller.userId, action: 'account.deleted', ip: caller.ip });
    await repo.deleteUser(tx, { userId: caller.userId });
  });
}

/** Everything stored about the caller, as one JSON document. */
export async function exportAccount(deps: Deps, caller: Caller): Promise<{ filename: string; body: string }> {
  const user = await currentUser(deps, caller);
  const data = await repo.exportUserData(deps.db, { userId: caller.userId });
  const document = { exportedAt: new Date().toISOString(), user, ...data };
  return { filename: `assay-account-${user.id.slice(0, 8)}.json`, body: `${JSON.stringify(document, null, 2)}\n` };
}
