/**
 * The app's HTTP API as a journey's seeding uses it (with `fetch`, like any client): for what a
 * journey sets up but does not test through the browser (accounts, a workspace, rounds answered).
 */

export interface Account {
  readonly userId: string;
  readonly token: string;
  readonly email: string;
  readonly password: string;
}

export interface HttpApi {
  /** A JSON request to `/api/v1<path>`; anything but a 2xx fails with the status and the body. */
  api<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T>;
  /** A new account (an e-mail address unique to this run, made from the first name). */
  signUp(name: string, password: string): Promise<Account>;
}

export function httpApi(baseUrl: string): HttpApi {
  const api = async <T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  let accounts = 0;
  const signUp = async (name: string, password: string): Promise<Account> => {
    accounts += 1;
    const first = name.split(' ')[0]!.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();
    const email = `${first}-${Date.now()}-${accounts}@example.com`;
    const body = await api<{ user: { id: string }; accessToken: string }>('POST', '/auth/sign-up', null, { email, password, name });
    return { userId: body.user.id, token: body.accessToken, email, password };
  };
  return { api, signUp };
}
