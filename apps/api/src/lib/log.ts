// What the request log may show. Invitation and respondent links carry their secret token in the
// page address (/join/<token>, /respond/<token>), and opening one asks the server for that page:
// the token must never reach the logs, where anyone who reads them could use it.
import type { FastifyRequest } from 'fastify';

// A link path at the start of the text or after a space (a URL, or a message that quotes one).
const SECRET_PATH = /(^|\s)(\/(?:join|respond)\/)[^/?#\s;]+/g;

/** The text (a URL, or a message quoting one) with every link token replaced by `[redacted]`. */
export function redactUrl(text: string): string {
  return text.replace(SECRET_PATH, '$1$2[redacted]');
}

/** fastify's default request serializer, with the URL redacted. */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Headers that carry credentials, never logged. */
export const REDACTED_HEADERS = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-response-key"]'];
