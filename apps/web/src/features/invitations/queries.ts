import { queryOptions } from '@tanstack/react-query';
import { lookupInvitation } from './api.ts';

export const invitationKeys = {
  all: ['invitations'] as const,
  preview: (token: string) => [...invitationKeys.all, 'preview', token] as const,
};

/** The public preview of an invitation link. A 404 (unknown, used, revoked, expired) is final. */
export const invitationPreviewQuery = (token: string) =>
  queryOptions({ queryKey: invitationKeys.preview(token), queryFn: () => lookupInvitation(token), staleTime: 60_000 });
