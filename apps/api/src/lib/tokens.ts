import { createHash, randomBytes } from 'node:crypto';

/** A new secret for a link or a session: 256 random bits, URL-safe (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How secrets are stored: SHA-256, hex. The tokens carry 256 bits of entropy, so a fast hash
 * is enough (no salt or stretching needed) and lets us look them up by hash.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
