// Rate limits of the credential and token routes, keyed so that one abuser is slowed without
// locking out everyone behind the same address (an office, a university behind one NAT):
// - sign-in: per address and account (email), so guessing one account's password is slowed
//   while colleagues sign in;
// - guest and invitation links: per address and link (its token, hashed: Redis never holds a
//   usable token), so a class answering one link does not block another link;
// - on top, a per-address ceiling shared by those routes (10× the limit a minute) stops one
//   address from spraying many accounts or guessing tokens.
// With REDIS_URL the counters live in Redis and hold across replicas; otherwise in the process.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { hashToken } from './tokens.ts';

const WINDOW = '1 minute';

function bodyField(request: FastifyRequest, field: string): string {
  const body = request.body as Record<string, unknown> | undefined;
  const value = body?.[field];
  return typeof value === 'string' ? value : '';
}

/** Per client address (sign-up, refresh). */
export function perAddress(config: Config) {
  return { max: config.authRateLimitMax, timeWindow: WINDOW, keyGenerator: (request: FastifyRequest) => `address:${request.ip}` };
}

/** Per address and account: the body's email, lower-cased (sign-in). Runs once the body is parsed. */
export function perAddressAndAccount(config: Config) {
  return {
    max: config.authRateLimitMax,
    timeWindow: WINDOW,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `account:${request.ip}:${hashToken(bodyField(request, 'email').trim().toLowerCase())}`,
  };
}

/** Per address and link: the body's `token`, hashed (guest links ×3, as a group answers one link; invitations). */
export function perAddressAndLink(config: Config, options: { perLink: number } = { perLink: 1 }) {
  return {
    max: config.authRateLimitMax * options.perLink,
    timeWindow: WINDOW,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `link:${request.ip}:${hashToken(bodyField(request, 'token'))}`,
  };
}

/** Per signed-in user (password change); after authentication. */
export function perUser(config: Config) {
  return {
    max: config.authRateLimitMax,
    timeWindow: WINDOW,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `user:${(request.user as { sub?: string } | undefined)?.sub ?? request.ip}`,
  };
}

/** The per-address ceiling shared by the credential and link routes. */
export function addressCeiling(config: Config) {
  return { max: config.authRateLimitMax * 10, timeWindow: WINDOW, keyGenerator: (request: FastifyRequest) => `ceiling:${request.ip}` };
}
