// One error handler for the whole app: every error leaves as
// `{ error: { code, reason?, message, details? }, requestId }`. 4xx say what was wrong; 5xx stay generic
// and the cause is logged with the request id.
import type { ErrorCode, ErrorDetail, ErrorReason, ErrorResponse } from '@assay/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, loggableError } from '../lib/db-errors.ts';
import { redactUrl } from '../lib/log.ts';

interface Mapped {
  status: number;
  code: ErrorCode;
  reason?: ErrorReason;
  message: string;
  details?: readonly ErrorDetail[];
}

const GENERIC: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

function mapError(error: FastifyError | Error): Mapped {
  if (error instanceof AppError) {
    return {
      status: error.statusCode,
      code: error.code,
      ...(error.reason ? { reason: error.reason } : {}),
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as FastifyError).validationContext ?? 'request';
    const details = error.validation.map((issue): ErrorDetail => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const keys = (issue.params as { keys?: unknown }).keys;
      const message = Array.isArray(keys) ? `${issue.message}; remove ${keys.map((k) => `"${String(k)}"`).join(', ')}` : issue.message;
      return { field: path ? `${context}.${path}` : context, code: issue.keyword, message: message ?? 'invalid' };
    });
    const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
    return { status: 400, code: 'validation_failed', message: `The request ${context} is invalid: ${summary}`, details };
  }
  // The database is down, restarting or out of connections: the client should retry, and a
  // session must not be ended for it (the refresh route clears its cookie only on a 401).
  if (isDatabaseUnavailable(error)) {
    return { status: 503, code: 'service_unavailable', message: 'The database is unavailable; nothing was changed. Try again in a few seconds.' };
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = GENERIC[status] ?? 'validation_failed';
    return { status: GENERIC[status] ? status : 400, code, message: clientMessage(error as FastifyError, status) };
  }
  if (status === 503) return { status, code: 'service_unavailable', message: 'The service is not ready; try again shortly.' };
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side. Try again; if it persists, report the request id.' };
}

/** Fastify's own 4xx messages (bad JSON, body too large, wrong content type) made actionable. */
function clientMessage(error: FastifyError, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the body as application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The JSON body is empty.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return `The body is not valid JSON: ${error.message}`;
    default:
      if (status === 429) return `Too many attempts; ${error.message.replace(/^Rate limit exceeded, /, '')}.`;
      return error.message;
  }
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: FastifyError | Error) {
  const mapped = mapError(error);
  // Never the error object itself (nor under `err`, whose serializer rebuilds messages from
  // causes): a failed query carries its parameters (answers, emails, password hashes).
  if (mapped.status >= 500) request.log.error({ failure: loggableError(error) }, 'request failed');
  if (mapped.status === 503) reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
  else request.log.info({ code: mapped.code, reason: mapped.reason, status: mapped.status }, redactUrl(mapped.message));
  const body: ErrorResponse = {
    error: {
      code: mapped.code,
      ...(mapped.reason ? { reason: mapped.reason } : {}),
      message: mapped.message,
      ...(mapped.details ? { details: [...mapped.details] } : {}),
    },
    requestId: request.id,
  };
  // The route's response schema describes success bodies only; send the envelope as plain JSON.
  return reply.status(mapped.status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
}

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => sendError(request, reply, error));
  },
  { name: 'errors' },
);
