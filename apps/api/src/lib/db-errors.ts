// What a database error means for the request (the database being unreachable is a 503, not a
// 500), and what of it may be logged: drizzle wraps a failed query as "Failed query: <sql>
// params: <values>", and the values are respondents' answers, emails and tokens. The log gets the
// statement, the driver's code and a message with quoted values cut; never the parameters.

/** Seconds a client is told to wait (Retry-After) while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * drizzle's DrizzleQueryError, recognised by shape (`query` text and `params` list) rather than
 * by class: a second copy of drizzle-orm in the dependency tree would defeat `instanceof`, and
 * this check is what keeps parameters out of the log.
 */
function isFailedQuery(error: unknown): error is Error & { query: string; params: unknown[]; cause?: unknown } {
  return error instanceof Error && typeof (error as { query?: unknown }).query === 'string' && Array.isArray((error as { params?: unknown }).params);
}

/** The error the driver raised, under drizzle's wrapper. */
export function rootCause(error: unknown): unknown {
  return isFailedQuery(error) && error.cause !== undefined ? error.cause : error;
}

// Socket-level failures to reach the server (node's codes), and PostgreSQL's SQLSTATEs for a
// server that is shutting down, starting, or out of connections (class 08: connection exceptions).
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
// node-postgres and PGlite raise these without a code.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Cannot use a pool after calling end|PGlite is closed/i;

/** True when the error says the database could not be reached or is not accepting work. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = rootCause(error);
  if (!(cause instanceof Error)) return false;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (cause instanceof AggregateError && cause.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  return UNAVAILABLE_MESSAGES.test(cause.message);
}

/** Quoted values PostgreSQL echoes in messages (`invalid input syntax for type uuid: "…"`). */
function redactValues(message: string): string {
  return message.replace(/: ".*"$/s, ': "[redacted]"').replace(/\(([^()]*)\)=\(.*?\)/g, '($1)=([redacted])');
}

/**
 * An error as the log may show it: for a failed query, the statement (placeholders only), the
 * driver's code, constraint, table and a message without quoted values; never `params`, nor
 * PostgreSQL's `detail` (which quotes the row). Other errors keep type, message and stack.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const cause = rootCause(error);
  // The stack's frames only: its first lines repeat the message (a failed query's parameters).
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const base: Record<string, unknown> = { type: error.name, stack: frames.join('\n') };
  if (isFailedQuery(error)) {
    base.message = 'Failed query';
    base.query = error.query;
  } else {
    base.message = redactValues(error.message);
  }
  if (cause !== error && cause instanceof Error) {
    const c = cause as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; severity?: unknown };
    base.cause = {
      type: c.name,
      message: redactValues(c.message),
      ...(typeof c.code === 'string' ? { code: c.code } : {}),
      ...(typeof c.severity === 'string' ? { severity: c.severity } : {}),
      ...(typeof c.constraint === 'string' ? { constraint: c.constraint } : {}),
      ...(typeof c.table === 'string' ? { table: c.table } : {}),
      ...(typeof c.column === 'string' ? { column: c.column } : {}),
    };
  } else {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') base.code = code;
  }
  return base;
}
