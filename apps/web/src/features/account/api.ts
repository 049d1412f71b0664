import { z } from 'zod';
import { SessionSchema, type ChangePasswordBody, type DeleteAccountBody, type Session } from '@assay/contracts';
import { http, setAccessToken } from '../../lib/http.ts';
import { saveFile } from '../../lib/save-file.ts';

/** Every other session ends; the answer is a new session for this browser (its token is kept). */
export async function changePassword(body: ChangePasswordBody): Promise<Session> {
  const session = await http.post('/auth/password', { body, schema: SessionSchema });
  setAccessToken(session.accessToken);
  return session;
}

/** Ends every session of the account, this one included. */
export async function signOutEverywhere(): Promise<void> {
  await http.post('/auth/sign-out-everywhere', { schema: z.null() });
  setAccessToken(null);
}

/** Everything stored about the signed-in user, as a JSON download. */
export const downloadMyData = (): Promise<void> => saveFile('/auth/account/export', 'assay-account.json');

/** Refused with 409 `last_owner` while the user is a workspace's only owner. */
export async function deleteAccount(body: DeleteAccountBody): Promise<void> {
  await http.delete('/auth/account', { body, schema: z.null() });
  setAccessToken(null);
}
