import { z } from 'zod';
import { RESPONSE_KEY_HEADER, ResumedSessionSchema, SessionSchema, type Session } from '@assay/contracts';

/**
 * The one door to the API. It keeps the short-lived access token in memory only (the refresh
 * token is an httpOnly cookie the browser sends to /api/v1/auth), refreshes once on a 401 and
 * retries, and turns every failure into an ApiError with words a person can read.
 */

export const API_BASE = '/api/v1';

/** What the API sends on every error (STYLE.md "Errors"). Parsed leniently: it must never hide the message. */
const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    // Any string: a reason of a newer API must not hide the rest of the envelope.
    reason: z.string().optional(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
  requestId: z.string().optional(),
});

/**
 * A problem attached to one field or question, as the API names it in `details`: `code` is the
 * stable part (a schema check such as `too_small`, or the domain's AnswerProblem code such as
 * `required`) that the page words in the reader's language; `message` is the API's English.
 */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
    readonly requestId?: string,
    /** The request that failed, `METHOD /path` below /api/v1 (for logs and tests; the wording comes from `reason`). */
    readonly route?: string,
    /** Why, finer than `code` (the contract's ErrorReason, or a newer API's); absent on schema failures and 5xx. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never reached the API (offline, DNS, server down). */
export class NetworkError extends Error {
  constructor() {
    super('The server could not be reached.');
    this.name = 'NetworkError';
  }
}

const ProblemSchema = z.object({
  code: z.string().optional(),
  message: z.string(),
  questionId: z.string().optional(),
  field: z.string().optional(),
  path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).optional(),
});

/**
 * The API's `details` name each field or question id. Accepts a list of problems
 * (`{ questionId | field | path, message }`) or an object `{ problems: [...] }` / `{ issues: [...] }`.
 */
export function fieldProblems(details: unknown): FieldProblem[] {
  const list = Array.isArray(details)
    ? details
    : details && typeof details === 'object'
      ? (Object.values(details).find(Array.isArray) ?? [])
      : [];
  const problems: FieldProblem[] = [];
  for (const entry of list) {
    const parsed = ProblemSchema.safeParse(entry);
    if (!parsed.success) continue;
    const { code, questionId, field, path, message } = parsed.data;
    const name = questionId ?? field ?? (Array.isArray(path) ? path.join('.') : path) ?? '';
    problems.push({ field: name, code: code ?? '', message });
  }
  return problems;
}

let accessToken: string | null = null;
const expiryListeners = new Set<() => void>();

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Called when a 401 survives a refresh: the session is over and the person must sign in again. */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

let refreshing: Promise<Session | null> | null = null;

/**
 * Trades the refresh cookie for a new session (user and access token); null when there is no
 * valid cookie. Concurrent callers share one request: the refresh token rotates, so a second
 * parallel refresh would present a rotated token and the API would revoke the whole family.
 * `resume` (page load) asks `POST /auth/session`, which answers "no session" with 200, so a
 * signed-out visit logs no failed request; after a 401 it is `POST /auth/refresh`.
 */
export function refreshSession(options: { resume?: boolean } = {}): Promise<Session | null> {
  refreshing ??= (async () => {
    const path = options.resume ? '/auth/session' : '/auth/refresh';
    try {
      let response: Response;
      try {
        response = await fetch(`${API_BASE}${path}`, { method: 'POST', credentials: 'same-origin' });
      } catch {
        throw new NetworkError();
      }
      if (response.status === 401) {
        // Read the body so the request completes (DevTools and Lighthouse wait for it).
        await response.text().catch(() => '');
        accessToken = null;
        return null;
      }
      if (!response.ok) throw await toApiError(response, `POST ${path}`);
      const body: unknown = await response.json();
      const parsed = options.resume ? ResumedSessionSchema.safeParse(body) : SessionSchema.safeParse(body);
      if (!parsed.success) throw new ApiError(response.status, 'unexpected_response', 'The server answered the session refresh in an unexpected shape.');
      const session = 'session' in parsed.data ? parsed.data.session : parsed.data;
      accessToken = session?.accessToken ?? null;
      return session;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export interface RequestOptions<T> {
  readonly body?: unknown;
  /** Parses the response; the API's contracts schema for this route. */
  readonly schema: z.ZodType<T>;
  /** Extra headers, e.g. a guest respondent's access key. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

async function send(method: string, path: string, options: RequestOptions<unknown>): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
}

async function toApiError(response: Response, route: string): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // A proxy or crash page: no envelope, the status alone must speak.
  }
  const envelope = ErrorEnvelopeSchema.safeParse(payload);
  if (envelope.success) {
    const { code, reason, message, details } = envelope.data.error;
    return new ApiError(response.status, code, message, fieldProblems(details), envelope.data.requestId, route, reason);
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`, [], undefined, route);
}

export async function request<T>(method: string, path: string, options: RequestOptions<T>): Promise<T> {
  let response = await send(method, path, options);
  const isAuthRoute = path.startsWith('/auth/');
  // Guests carry a response key, not a session: a 401 there means the key is wrong, not expired.
  if (response.status === 401 && !isAuthRoute && !options.headers?.[RESPONSE_KEY_HEADER]) {
    if (await refreshSession()) response = await send(method, path, options);
    if (response.status === 401) for (const listener of expiryListeners) listener();
  }
  // The query string never decides what an error means; leaving it out keeps tokens out of the route too.
  const route = `${method} ${path.split('?')[0] ?? path}`;
  if (!response.ok) throw await toApiError(response, route);
  const payload: unknown = response.status === 204 ? null : await response.json();
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) {
    // Name the first mismatch: it is what a developer needs, and it tells a user nothing secret.
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : '';
    throw new ApiError(
      response.status,
      'unexpected_response',
      `The server answered ${method} ${path} in a shape this page does not understand${where}.`,
      [],
      undefined,
      route,
    );
  }
  return parsed.data;
}

export const http = {
  get: <T>(path: string, options: RequestOptions<T>) => request('GET', path, options),
  post: <T>(path: string, options: RequestOptions<T>) => request('POST', path, options),
  patch: <T>(path: string, options: RequestOptions<T>) => request('PATCH', path, options),
  put: <T>(path: string, options: RequestOptions<T>) => request('PUT', path, options),
  delete: <T>(path: string, options: RequestOptions<T>) => request('DELETE', path, options),
};

/** A file from the API (exports), with the session's token; the same refresh-once rule as request(). */
export async function download(path: string): Promise<{ blob: Blob; filename: string | null }> {
  const options: RequestOptions<unknown> = { schema: z.unknown() };
  let response = await send('GET', path, options);
  if (response.status === 401 && (await refreshSession())) response = await send('GET', path, options);
  if (!response.ok) throw await toApiError(response, `GET ${path.split('?')[0] ?? path}`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), filename };
}
