// The API's error classes. Each has a stable `code` and HTTP status, and every 4xx a `reason`
// from the contract's ErrorReasonSchema (why, finer than the code: a client words the refusal
// from it). The error handler (plugins/errors.ts) turns them into
// `{ error: { code, reason?, message, details? }, requestId }`.
// Messages of 4xx errors say what was wrong and how to fix it.
import type { ErrorCode, ErrorDetail, ErrorReason } from '@assay/contracts';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly statusCode: number;
  /** Set on every 4xx (ClientError); none on 5xx, whose cause is logged, not explained. */
  readonly reason: ErrorReason | undefined;
  readonly details: readonly ErrorDetail[] | undefined;

  protected constructor(message: string, reason: ErrorReason | undefined, details?: readonly ErrorDetail[]) {
    super(message);
    this.name = new.target.name;
    this.reason = reason;
    this.details = details;
  }
}

/** A deliberate 4xx refusal: the reason is required, and typed by the contract's list. */
abstract class ClientError extends AppError {
  declare readonly reason: ErrorReason;

  constructor(reason: ErrorReason, message: string, details?: readonly ErrorDetail[]) {
    super(message, reason, details);
  }
}

/** 400: the request is malformed in a way the schema could not express. */
export class BadRequestError extends ClientError {
  readonly code = 'validation_failed';
  readonly statusCode = 400;
}

/** 401: no valid credentials (access token, refresh token, response key). */
export class UnauthorizedError extends ClientError {
  readonly code = 'unauthorized';
  readonly statusCode = 401;
}

/** 403: a member of the workspace whose role does not allow the action. */
export class ForbiddenError extends ClientError {
  readonly code = 'forbidden';
  readonly statusCode = 403;
}

/**
 * 404: missing, or outside the caller's workspaces. Both read the same, so nobody learns that
 * another tenant's thing exists.
 */
export class NotFoundError extends ClientError {
  readonly code = 'not_found';
  readonly statusCode = 404;
}

/** 409: the current state forbids it (closing a draft, editing a submitted response, a duplicate). */
export class ConflictError extends ClientError {
  readonly code = 'conflict';
  readonly statusCode = 409;
}

/** 422: answers the questionnaire rejects; `details` name each question id. */
export class InvalidAnswersError extends ClientError {
  readonly code = 'invalid_answers';
  readonly statusCode = 422;
}

/** 422: a submit with required questions unanswered; `details` name each question id. */
export class ResponseIncompleteError extends ClientError {
  readonly code = 'response_incomplete';
  readonly statusCode = 422;
}

/** 503: a dependency (the database) does not answer. */
export class ServiceUnavailableError extends AppError {
  readonly code = 'service_unavailable';
  readonly statusCode = 503;

  constructor(message: string) {
    super(message, undefined);
  }
}

/** A refusal worded once and thrown from several places (e.g. a 404 also used by `authorize`). */
export interface Refusal {
  readonly reason: ErrorReason;
  readonly message: string;
}
