// The check every signed-in request makes on its access token's version (`ver`), against the
// user's row read by the statement the request already runs.
import type { Caller } from '../deps.ts';
import { UnauthorizedError } from '../errors.ts';

/**
 * Throws 401 unless the user exists and their token version is still the one the access token
 * was issued under (sign-out, "sign out everywhere" and a password change raise it).
 * `userTokenVersion` is null or undefined when the statement found no such user.
 */
export function requireCurrentToken(userTokenVersion: number | null | undefined, caller: Pick<Caller, 'tokenVersion'>): void {
  if (userTokenVersion === null || userTokenVersion === undefined) {
    throw new UnauthorizedError('account_gone', 'The account no longer exists; sign in again.');
  }
  if (userTokenVersion !== caller.tokenVersion) throw staleTokenError();
}

/** 401 for an access token issued before the user's last sign-out or password change. */
export function staleTokenError(): UnauthorizedError {
  return new UnauthorizedError(
    'access_token_invalid',
    'This access token was ended by a sign-out or password change; refresh it (POST /api/v1/auth/refresh) or sign in again.',
  );
}
