// The API's error classes. Each has a stable `code` and HTTP status; the error handler
// (plugins/errors.ts) turns them into `{ error: { code, message, details? }, requestId }`.
// Messages of 4xx errors say what was wrong and how to fix it.
import type { ErrorCode, ErrorDetail } from '@assay/contracts';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly statusCode: number;
  readonly details: readonly ErrorDetail[] | undefined;

  constructor(message: string, details?: readonly ErrorDetail[]) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** 400: the request is malformed in a way the schema could not express. */
export class BadRequestError extends AppError {
  readonly code = 'validation_failed';
  readonly statusCode = 400;
}

/** 401: no valid credentials (access token, refresh token, response key). */
export class UnauthorizedError extends AppError {
  readonly code = 'unauthorized';
  readonly statusCode = 401;
}

/** 403: a member of the workspace whose role does not allow the action. */
export class ForbiddenError extends AppError {
  readonly code = 'forbidden';
  readonly statusCode = 403;
}

/**
 * 404: missing, or outside the caller's workspaces. Both read the same, so nobody learns that
 * another tenant's thing exists.
 */
export class NotFoundError extends AppError {
  readonly code = 'not_found';
  readonly statusCode = 404;
}

/** 409: the current state forbids it (closing a draft, editing a submitted response, a duplicate). */
export class ConflictError extends AppError {
  readonly code = 'conflict';
  readonly statusCode = 409;
}

/** 422: answers the questionnaire rejects; `details` name each question id. */
export class InvalidAnswersError extends AppError {
  readonly code = 'invalid_answers';
  readonly statusCode = 422;
}

/** 422: a submit with required questions unanswered; `details` name each question id. */
export class ResponseIncompleteError extends AppError {
  readonly code = 'response_incomplete';
  readonly statusCode = 422;
}

/** 503: a dependency (the database) does not answer. */
export class ServiceUnavailableError extends AppError {
  readonly code = 'service_unavailable';
  readonly statusCode = 503;
}
