import type { ErrorCode } from '@assay/contracts';
import { ApiError, NetworkError, type FieldProblem } from './http.ts';
import type { MessageKey } from './i18n/messages.en.ts';
import type { Vars } from './i18n/i18n.tsx';

/**
 * The API's errors in the reader's language. The API words its messages in English only, so the
 * page never shows them for a code it knows: each code has a title, and where one route gives a
 * code a single meaning (a 409 on a member's role is always the last-owner rule) a reason too.
 * The API's own message is shown only for a code this page cannot know (a newer API's), and a
 * 5xx always carries its request id, which is how support finds the logged cause.
 */

type Translate = (key: MessageKey, vars?: Vars) => string;

/** One title per code of the API's contract: a new code in @assay/contracts fails to compile here. */
const TITLES: Readonly<Record<ErrorCode | 'unexpected_response', MessageKey>> = {
  validation_failed: 'error.validation_failed',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  payload_too_large: 'error.payload_too_large',
  unsupported_media_type: 'error.unsupported_media_type',
  invalid_answers: 'error.invalid_answers',
  response_incomplete: 'error.response_incomplete',
  rate_limited: 'error.rate_limited',
  internal_error: 'error.internal_error',
  service_unavailable: 'error.service_unavailable',
  // The page's own: a response that does not match its contract (see http.ts).
  unexpected_response: 'error.unexpected_response',
};

const ID = '[^/]+';
const ASSESSMENT = `/workspaces/${ID}/assessments/${ID}`;
/** A respondent's own response, signed in or a guest holding its key. */
const RESPONSE = `(?:${ASSESSMENT}/responses|/guest/responses)/${ID}`;

/**
 * What a code means on a route, as the API's services decide it (apps/api/src/modules). A reason
 * is listed only where the route gives its code one meaning, or meanings one sentence can cover.
 */
const REASONS: readonly (readonly [ErrorCode, string, string, MessageKey])[] = [
  ['unauthorized', 'POST', '/auth/sign-in', 'apiError.wrongCredentials'],
  ['conflict', 'POST', '/auth/sign-up', 'apiError.emailTaken'],
  ['conflict', 'PATCH|DELETE', `/workspaces/${ID}/members/${ID}`, 'members.lastOwner'],
  ['forbidden', 'PATCH|DELETE', `/workspaces/${ID}/members/${ID}`, 'apiError.ownersOnly'],
  ['forbidden', 'POST', `/workspaces/${ID}/invitations`, 'apiError.inviteForbidden'],
  ['not_found', 'POST', '/invitations/(?:lookup|accept)', 'apiError.invitationUnusable'],
  ['conflict', 'POST', '/invitations/accept', 'apiError.alreadyMember'],
  ['not_found', 'PUT', `/workspaces/${ID}/teams/${ID}/members/${ID}`, 'apiError.notInWorkspace'],
  ['conflict', 'POST', `/workspaces/${ID}/teams/${ID}/assessments`, 'apiError.teamArchived'],
  ['conflict', 'POST', `${ASSESSMENT}/open`, 'apiError.openDraftOnly'],
  ['conflict', 'POST', `${ASSESSMENT}/close`, 'apiError.closeOpenOnly'],
  ['conflict', 'POST', `${ASSESSMENT}/reopen`, 'apiError.reopenClosedOnly'],
  ['conflict', 'DELETE', ASSESSMENT, 'apiError.deleteDraftOnly'],
  ['conflict', 'POST', `${ASSESSMENT}/respondent-links`, 'apiError.linksClosed'],
  ['not_found', 'GET', `${ASSESSMENT}/result(?:/export)?`, 'apiError.noTeamResult'],
  ['not_found', 'POST', '/guest/(?:lookup|responses)', 'apiError.linkUnusable'],
  ['unauthorized', 'GET|PATCH|POST', `/guest/responses/${ID}(?:/submit)?`, 'apiError.guestKey'],
  ['conflict', 'POST', `(?:${ASSESSMENT}/responses|/guest/responses)`, 'apiError.notOpenToStart'],
  ['conflict', 'PATCH', RESPONSE, 'apiError.answersLocked'],
  ['conflict', 'POST', `${RESPONSE}/submit`, 'apiError.submitLocked'],
];

/** Reasons that say everything: the code's title would contradict them ("sign in again" on the sign-in form). */
const WHOLE_REASONS: ReadonlySet<MessageKey> = new Set(['apiError.wrongCredentials']);

const REASON_PATTERNS = REASONS.map(([code, methods, path, key]) => ({ code, pattern: new RegExp(`^(?:${methods}) ${path}$`), key }));

/** The reason a route gives a code, in the reader's language; null where the route does not say. */
export function reasonKey(code: string, route: string | undefined): MessageKey | null {
  if (route === undefined) return null;
  return REASON_PATTERNS.find((reason) => reason.code === code && reason.pattern.test(route))?.key ?? null;
}

function isKnownCode(code: string): code is keyof typeof TITLES {
  return Object.hasOwn(TITLES, code);
}

export interface ErrorText {
  /** What kind of problem, in the reader's language. */
  readonly title: string;
  /** Why, or how to fix it; the API's English only for a code this page does not know. */
  readonly detail: string | null;
  /** The request id of a server failure, for support; null for 4xx. */
  readonly reference: string | null;
}

/** Any failure (ApiError, NetworkError, anything thrown) in words. */
export function describeError(error: unknown, t: Translate): ErrorText {
  if (error instanceof NetworkError) return { title: t('error.network'), detail: null, reference: null };
  if (!(error instanceof ApiError)) return { title: t('error.generic'), detail: null, reference: null };
  const reference = error.status >= 500 && error.requestId ? t('error.reference', { id: error.requestId }) : null;
  if (isKnownCode(error.code)) {
    const reason = reasonKey(error.code, error.route);
    if (reason !== null && WHOLE_REASONS.has(reason)) return { title: t(reason), detail: null, reference };
    return { title: t(TITLES[error.code]), detail: reason === null ? null : t(reason), reference };
  }
  // A code of a newer API, or no envelope at all (a proxy's page): the API's words are all we have.
  return { title: t('error.generic'), detail: error.message || null, reference };
}

/**
 * The schema checks the API reports per field (`details[].code` of a validation_failed: zod's
 * issue codes, through fastify-type-provider-zod).
 */
const FIELD_CHECKS: Readonly<Record<string, MessageKey>> = {
  invalid_type: 'fieldProblem.invalid_type',
  too_small: 'fieldProblem.too_small',
  too_big: 'fieldProblem.too_big',
  invalid_format: 'fieldProblem.invalid_format',
  invalid_value: 'fieldProblem.invalid_value',
  unrecognized_keys: 'fieldProblem.unrecognized_keys',
};

/** One field's problem in the reader's language; the API's words for a check this page does not know. */
export function describeFieldProblem(problem: FieldProblem, t: Translate): string {
  const key = Object.hasOwn(FIELD_CHECKS, problem.code) ? FIELD_CHECKS[problem.code] : undefined;
  return key === undefined ? problem.message : t(key);
}
