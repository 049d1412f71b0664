import { InvitationAcceptedSchema, InvitationPreviewSchema, type InvitationPreview, type Workspace } from '@assay/contracts';
import { http } from '../../lib/http.ts';

/**
 * The path of an invitation link. The contracts leave the link to the web app; the token travels
 * to the API only in request bodies (lookup, accept), never in an API path.
 */
export const invitationPath = (token: string): string => `/join/${encodeURIComponent(token)}`;

/** What the link offers (workspace, role, team), without signing in; 404 once it is unusable. */
export const lookupInvitation = (token: string): Promise<InvitationPreview> =>
  http.post('/invitations/lookup', { body: { token }, schema: InvitationPreviewSchema });

/** Joins the workspace as the signed-in user, with the invited role (and team). Single use. */
export const acceptInvitation = async (token: string): Promise<Workspace> =>
  (await http.post('/invitations/accept', { body: { token }, schema: InvitationAcceptedSchema })).workspace;
