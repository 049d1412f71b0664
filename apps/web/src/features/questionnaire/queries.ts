import { queryOptions } from '@tanstack/react-query';
import { getGuestResponse, getResponse, lookupRespondentLink, startMyResponse } from './api.ts';

export const responseKeys = {
  all: ['responses'] as const,
  mine: (workspaceId: string, assessmentId: string) => [...responseKeys.all, workspaceId, assessmentId, 'mine'] as const,
  detail: (workspaceId: string, assessmentId: string, responseId: string) =>
    [...responseKeys.all, workspaceId, assessmentId, responseId] as const,
  guest: (responseId: string) => [...responseKeys.all, 'guest', responseId] as const,
  link: (token: string) => [...responseKeys.all, 'link', token] as const,
};

/**
 * The caller's response, fetched fresh each time the questionnaire opens (resume from any
 * device must see the answers saved elsewhere), never refetched while it is open: the form owns
 * the answers then.
 */
export const myResponseQuery = (workspaceId: string, assessmentId: string) =>
  queryOptions({
    queryKey: responseKeys.mine(workspaceId, assessmentId),
    queryFn: () => startMyResponse(workspaceId, assessmentId),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const responseQuery = (workspaceId: string, assessmentId: string, responseId: string) =>
  queryOptions({
    queryKey: responseKeys.detail(workspaceId, assessmentId, responseId),
    queryFn: () => getResponse(workspaceId, assessmentId, responseId),
  });

export const guestResponseQuery = (responseId: string, key: string) =>
  queryOptions({
    queryKey: responseKeys.guest(responseId),
    queryFn: () => getGuestResponse(responseId, key),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const respondentLinkQuery = (token: string) =>
  queryOptions({ queryKey: responseKeys.link(token), queryFn: () => lookupRespondentLink(token) });
