import { z } from 'zod';
import { SessionSchema, type Session, type SignInBody, type SignUpBody } from '@assay/contracts';
import { http, refreshSession, setAccessToken } from '../../lib/http.ts';

async function start(path: string, body: SignInBody | SignUpBody): Promise<Session> {
  const session = await http.post(path, { body, schema: SessionSchema });
  setAccessToken(session.accessToken);
  return session;
}

export const signUp = (body: SignUpBody): Promise<Session> => start('/auth/sign-up', body);
export const signIn = (body: SignInBody): Promise<Session> => start('/auth/sign-in', body);

/** The session behind the refresh cookie, or null: how a reload stays signed in. */
export const resumeSession = (): Promise<Session | null> => refreshSession({ resume: true });

export async function signOut(): Promise<void> {
  try {
    await http.post('/auth/sign-out', { schema: z.unknown() });
  } finally {
    // Even if the API cannot be reached, this tab forgets the access token.
    setAccessToken(null);
  }
}
