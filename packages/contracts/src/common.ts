import { z } from 'zod';

/** Database ids are UUIDs; a malformed id is a 400, never a database error. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** Timestamps travel as ISO 8601 strings in UTC, e.g. `2026-05-01T09:30:00.000Z`. */
export const TimestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof TimestampSchema>;

// A UTF-16 surrogate without its partner: not a character, and jsonb refuses it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text the database can store: PostgreSQL's text and jsonb refuse U+0000, and jsonb a lone
 * surrogate, so such input is a 400 naming the field instead of a database error (500).
 * Apply it to every string the API stores.
 */
export function storableText<S extends z.ZodString>(schema: S): S {
  return schema.refine(
    (text) => !text.includes('\u0000') && !LONE_SURROGATE.test(text),
    'must not contain NUL characters or unpaired UTF-16 surrogates',
  );
}

/** A name shown to people (workspace, team, assessment title, display name). */
export const NameSchema = storableText(z.string().trim().min(1).max(120));

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
