import { z } from 'zod';

/** Database ids are UUIDs; a malformed id is a 400, never a database error. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** Timestamps travel as ISO 8601 strings in UTC, e.g. `2026-05-01T09:30:00.000Z`. */
export const TimestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof TimestampSchema>;

// A UTF-16 surrogate without its partner: not a character, and jsonb refuses it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they
// reorder how the text around them is displayed (a name that reads differently from what it is,
// "Trojan Source"). Right-to-left scripts display correctly without them.
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// A character that shows: not white space, not a control or format character (zero-width
// space/joiners, BOM, soft hyphen, direction marks), nor another default-ignorable one.
export const VISIBLE_TEXT = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Text the database can store: PostgreSQL's text and jsonb refuse U+0000, and jsonb a lone
 * surrogate, so such input is a 400 naming the field instead of a database error (500).
 * Direction overrides are refused too. Apply it to every string the API stores.
 */
export function storableText<S extends z.ZodString>(schema: S): S {
  return schema
    .refine((text) => !text.includes('\u0000') && !LONE_SURROGATE.test(text), 'must not contain NUL characters or unpaired UTF-16 surrogates')
    .refine((text) => !DIRECTION_CONTROL.test(text), 'must not contain direction override or isolate characters (U+202A–U+202E, U+2066–U+2069)');
}

/** A name shown to people (workspace, team, assessment title, display name): at least one visible character. */
export const NameSchema = storableText(z.string().trim().min(1).max(120)).refine(
  (text) => VISIBLE_TEXT.test(text),
  'must contain at least one visible character (not only spaces or invisible characters such as zero-width spaces)',
);

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30), e.g. a due date in the workspace's time zone. */
export const CalendarDateSchema = z
  .string()
  .regex(CALENDAR_DATE, 'must be a date written YYYY-MM-DD, e.g. 2026-09-30')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 2000 && year <= 2200;
  }, 'must be a real calendar date between 2000 and 2200 (e.g. not February 30th)');
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** An IANA time zone name the server knows, e.g. `UTC`, `America/Sao_Paulo` (not an offset like `+03:00`). */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((name) => {
    if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone name such as UTC, Europe/Lisbon or America/Sao_Paulo');

export const ROLES = ['owner', 'admin', 'assessor', 'member', 'viewer'] as const;
/**
 * A member's role in a workspace. owner and admin manage the workspace; assessor runs
 * assessments and sees every result; member answers and sees their teams' results;
 * viewer reads results.
 */
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Stable error codes; the HTTP status of each is fixed (see the API README). */
export const ERROR_CODES = [
  'validation_failed', // 400: the request does not match its schema
  'unauthorized', // 401: no valid access token, refresh token or response key
  'forbidden', // 403: signed in and in the workspace, but the role does not allow it
  'not_found', // 404: does not exist, or belongs to a workspace the caller is not in
  'conflict', // 409: the state does not allow it (e.g. closing a draft), or a duplicate
  'payload_too_large', // 413
  'unsupported_media_type', // 415
  'invalid_answers', // 422: answers rejected by the questionnaire (details name each question id)
  'response_incomplete', // 422: submit with required questions unanswered (details name each)
  'rate_limited', // 429
  'internal_error', // 500: generic; the cause is logged with the request id
  'service_unavailable', // 503
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * Why a deliberate 4xx happened, finer than its code: stable and machine-readable, so a client
 * words the refusal in its reader's language from this instead of guessing from the route.
 * Absent on schema failures (their `details` say which field), rate limits and 5xx.
 * Adding one is backward compatible for clients that treat an unknown reason as absent.
 */
export const ERROR_REASONS = [
  // 400
  'wrong_password', // changing the password or deleting the account: the password given is wrong
  'confirmation_mismatch', // deleting a workspace: the name typed to confirm is not the workspace's
  'action_target_unknown', // a new action's step or gap is not in that assessment's team result
  'owner_not_member', // an action's owner must be a member of the workspace
  'cursor_invalid', // a paged list's cursor that no page gave
  // 401
  'sign_in_required', // no access token, or no refresh cookie to refresh with
  'access_token_invalid', // invalid, expired, or not an access token
  'wrong_credentials', // sign-in: the email or password is wrong
  'session_ended', // refresh: the session is unknown or was signed out
  'session_expired', // refresh: the refresh token is past its lifetime
  'session_reused', // refresh: a rotated token came back after the grace period; the session was ended
  'account_gone', // the signed-in account no longer exists
  // 403
  'role_forbidden', // the caller's role does not allow the action at all
  'owners_only', // only an owner may make, change, invite or remove an owner
  'respondent_only', // only the respondent may change or submit their response
  'action_owner_only', // a member changes only the status and notes of an action they own
  // 404
  'route_not_found',
  'workspace_not_found',
  'member_not_found',
  'not_in_workspace', // adding to a team someone who is not a member of the workspace
  'not_in_team', // removing from a team someone who is not in it
  'team_not_found',
  'assessment_not_found',
  'response_not_found', // also a guest's wrong response key
  'questionnaire_not_found', // also a 400 when creating an assessment with an unknown questionnaire
  'benchmark_not_found',
  'invitation_not_found', // revoking an invitation that is not there (or not pending)
  'invitation_unusable', // an invitation token unknown, expired, revoked or already used
  'respondent_link_not_found', // revoking a respondent link that is not there
  'link_unusable', // a respondent-link token unknown, expired or revoked
  'link_replaced', // a personal link's token after it was reissued (its newest link works)
  'team_result_pending', // the team result exists once the assessment closes
  'action_not_found',
  'response_result_pending', // a response's result exists once it is submitted
  // 409
  'email_taken',
  'last_owner', // a workspace always keeps an owner (also: deleting the account of a workspace's last owner)
  'already_member', // accepting an invitation to a workspace one is already in
  'team_archived', // an archived team starts no assessment
  'draft_only', // only a draft assessment can be opened or deleted
  'open_only', // only an open assessment can be closed
  'closed_only', // only a closed assessment can be reopened
  'result_withheld', // fewer submitted responses than the anonymity threshold: no team result to export
  'no_submissions', // closing needs at least one submitted response
  'assessment_not_open', // responses start, change and are submitted only while the assessment is open
  'assessment_closed', // a closed assessment gets no new respondent links
  'response_submitted', // a submitted response no longer changes
  'link_revoked', // a guest response whose respondent link was revoked no longer changes
  'link_not_personal', // only a personal link is reissued (a shared one is revoked and a new one made)
  'link_superseded', // a personal link already reissued: reissue its newest link
  // 422
  'answers_invalid', // details name each question id
  'answers_missing', // a submit with required questions unanswered (or answers to fix); details name each
  'answers_unconfirmed', // a submit with prefilled answers not yet confirmed or changed; details name each
] as const;
export const ErrorReasonSchema = z.enum(ERROR_REASONS);
export type ErrorReason = z.infer<typeof ErrorReasonSchema>;

/** One thing wrong with a request: a field path (schema errors) or a question id (answers). */
export const ErrorDetailSchema = z
  .object({
    /** Dotted path of the field, e.g. `body.answers.company_size`. */
    field: z.string().optional(),
    /** The questionnaire question concerned, for answer problems. */
    questionId: z.string().optional(),
    code: z.string(),
    message: z.string(),
  })
  .strict();
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

/** Every error response of the API has this shape. */
export const ErrorResponseSchema = z
  .object({
    error: z
      .object({
        code: ErrorCodeSchema,
        /** Why, finer than `code`; only on deliberate 4xx refusals (see ERROR_REASONS). */
        reason: ErrorReasonSchema.optional(),
        message: z.string(),
        details: z.array(ErrorDetailSchema).optional(),
      })
      .strict(),
    requestId: z.string(),
  })
  .strict();
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Type-level check that `Actual` is assignable to `Expected` (used to keep schemas and domain types in step). */
export type Assignable<Expected, Actual extends Expected> = Actual extends Expected ? true : never;

/**
 * Type-level check that two object types have the same keys (optional ones included), which
 * mutual assignability alone misses: a new optional field of a domain type would otherwise be
 * rejected at run time by a `.strict()` schema.
 */
export type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : { onlyInFirst: Exclude<keyof A, keyof B>; onlyInSecond: Exclude<keyof B, keyof A> };
export type Check<T extends true> = T;

/** Makes a schema's inferred type comparable with the domain's readonly types. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
