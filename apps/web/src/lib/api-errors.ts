import type { ErrorCode, ErrorReason } from '@assay/contracts';
import { ApiError, NetworkError, type FieldProblem } from './http.ts';
import type { MessageKey } from './i18n/messages.en.ts';
import type { Vars } from './i18n/i18n.tsx';

/**
 * The API's errors in the reader's language. The API words its messages in English only, so the
 * page never shows them for a code and reason it knows: each code has a title, and each reason
 * the API gives a deliberate 4xx (`error.reason`, a list in @assay/contracts) says why. The API's
 * own message is shown only for what this page cannot know (a newer API's code or reason), and a
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

/**
 * Why, per reason of the API's contract: a new reason in @assay/contracts fails to compile here
 * until it is worded. Reasons whose code's title already says everything (a 404 of a thing the
 * page names anyway, answers the questionnaire refused) reuse that title and are whole (below).
 */
const REASONS: Readonly<Record<ErrorReason, MessageKey>> = {
  wrong_password: 'apiError.wrongPassword',
  confirmation_mismatch: 'apiError.confirmationMismatch',
  sign_in_required: 'error.unauthorized',
  access_token_invalid: 'error.unauthorized',
  wrong_credentials: 'apiError.wrongCredentials',
  session_ended: 'error.unauthorized',
  session_expired: 'apiError.sessionExpired',
  session_reused: 'apiError.sessionReused',
  account_gone: 'apiError.accountGone',
  role_forbidden: 'error.forbidden',
  owners_only: 'apiError.ownersOnly',
  respondent_only: 'apiError.respondentOnly',
  route_not_found: 'error.not_found',
  workspace_not_found: 'error.not_found',
  member_not_found: 'error.not_found',
  not_in_workspace: 'apiError.notInWorkspace',
  not_in_team: 'apiError.notInTeam',
  team_not_found: 'error.not_found',
  assessment_not_found: 'error.not_found',
  response_not_found: 'error.not_found',
  questionnaire_not_found: 'error.not_found',
  benchmark_not_found: 'error.not_found',
  invitation_not_found: 'error.not_found',
  invitation_unusable: 'apiError.invitationUnusable',
  respondent_link_not_found: 'error.not_found',
  link_unusable: 'apiError.linkUnusable',
  link_replaced: 'apiError.linkReplaced',
  team_result_pending: 'apiError.noTeamResult',
  response_result_pending: 'apiError.responseResultPending',
  email_taken: 'apiError.emailTaken',
  last_owner: 'members.lastOwner',
  already_member: 'apiError.alreadyMember',
  team_archived: 'apiError.teamArchived',
  draft_only: 'apiError.draftOnly',
  open_only: 'apiError.closeOpenOnly',
  closed_only: 'apiError.reopenClosedOnly',
  no_submissions: 'apiError.noSubmissions',
  result_withheld: 'result.withheldExport',
  assessment_not_open: 'apiError.assessmentNotOpen',
  assessment_closed: 'apiError.linksClosed',
  response_submitted: 'apiError.responseSubmitted',
  link_revoked: 'apiError.linkRevoked',
  link_not_personal: 'apiError.linkNotPersonal',
  link_superseded: 'apiError.linkSuperseded',
  answers_invalid: 'error.invalid_answers',
  answers_missing: 'error.response_incomplete',
  answers_unconfirmed: 'apiError.answersUnconfirmed',
  action_target_unknown: 'apiError.actionTargetUnknown',
  owner_not_member: 'apiError.ownerNotMember',
  cursor_invalid: 'apiError.cursorInvalid',
  action_owner_only: 'apiError.actionOwnerOnly',
  action_not_found: 'error.not_found',
};

/**
 * Reasons that say everything, shown instead of the code's title: one that would contradict it
 * ("sign in again" on the sign-in form), and those worded by a title already (no sentence twice).
 */
const TITLE_KEYS: ReadonlySet<MessageKey> = new Set(Object.values(TITLES));
function isWhole(reason: ErrorReason): boolean {
  return reason === 'wrong_credentials' || TITLE_KEYS.has(REASONS[reason]);
}

function isKnownCode(code: string): code is keyof typeof TITLES {
  return Object.hasOwn(TITLES, code);
}

function isKnownReason(reason: string): reason is ErrorReason {
  return Object.hasOwn(REASONS, reason);
}

export interface ErrorText {
  /** What kind of problem, in the reader's language. */
  readonly title: string;
  /** Why, or how to fix it; the API's English only for a code or reason this page does not know. */
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
    const title = t(TITLES[error.code]);
    if (error.reason === undefined) return { title, detail: null, reference };
    if (isKnownReason(error.reason)) {
      const why = t(REASONS[error.reason]);
      return isWhole(error.reason) ? { title: why, detail: null, reference } : { title, detail: why, reference };
    }
    // A reason of a newer API: the kind of problem in words, the why in the API's English.
    return { title, detail: error.message || null, reference };
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
