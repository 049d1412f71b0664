import {
  AnswersConfirmedSchema,
  AnswersSavedSchema,
  GuestAssessmentSchema,
  GuestResponseSchema,
  GuestResponseStartedSchema,
  RESPONSE_KEY_HEADER,
  ResponseSchema,
  ResponseSubmittedSchema,
  type AnswersConfirmed,
  type AnswersSaved,
  type GuestAssessment,
  type GuestResponse,
  type GuestResponseStarted,
  type Response,
  type ResponseSubmitted,
} from '@assay/contracts';
import type { SectionId } from '@assay/domain';
import { http } from '../../lib/http.ts';
import type { AnswerChanges } from './autosave.ts';

const responses = (workspaceId: string, assessmentId: string): string =>
  `/workspaces/${workspaceId}/assessments/${assessmentId}/responses`;

/** The caller's own response to an assessment: started on first call, the same one after. */
export const startMyResponse = (workspaceId: string, assessmentId: string): Promise<Response> =>
  http.post(responses(workspaceId, assessmentId), { schema: ResponseSchema });

export const getResponse = (workspaceId: string, assessmentId: string, responseId: string): Promise<Response> =>
  http.get(`${responses(workspaceId, assessmentId)}/${responseId}`, { schema: ResponseSchema });

export const saveAnswers = (workspaceId: string, assessmentId: string, responseId: string, answers: AnswerChanges): Promise<AnswersSaved> =>
  http.patch(`${responses(workspaceId, assessmentId)}/${responseId}`, { body: { answers }, schema: AnswersSavedSchema });

/** Keeps the prefilled answers of a whole section as they are (one call). */
export const confirmSection = (workspaceId: string, assessmentId: string, responseId: string, sectionId: SectionId): Promise<AnswersConfirmed> =>
  http.post(`${responses(workspaceId, assessmentId)}/${responseId}/confirm`, { body: { sectionId }, schema: AnswersConfirmedSchema });

export const submitResponse = (workspaceId: string, assessmentId: string, responseId: string): Promise<ResponseSubmitted> =>
  http.post(`${responses(workspaceId, assessmentId)}/${responseId}/submit`, { schema: ResponseSubmittedSchema });

// Guests: no account; a response key (kept in this browser) instead of a session.

const GUEST_KEY_PREFIX = 'assay.guest.';

export function rememberGuestKey(responseId: string, key: string): void {
  try {
    window.localStorage.setItem(GUEST_KEY_PREFIX + responseId, key);
  } catch {
    // Without storage the guest can still answer in this tab; resuming elsewhere needs the key.
  }
}

export function guestKey(responseId: string): string | null {
  try {
    return window.localStorage.getItem(GUEST_KEY_PREFIX + responseId);
  } catch {
    return null;
  }
}

const guestHeaders = (key: string) => ({ [RESPONSE_KEY_HEADER]: key });

export const lookupRespondentLink = (token: string): Promise<GuestAssessment> =>
  http.post('/guest/lookup', { body: { token }, schema: GuestAssessmentSchema });

export async function startGuestResponse(token: string, name: string | undefined): Promise<GuestResponseStarted> {
  const started = await http.post('/guest/responses', {
    body: name ? { token, name } : { token },
    schema: GuestResponseStartedSchema,
  });
  rememberGuestKey(started.response.id, started.accessKey);
  return started;
}

export const getGuestResponse = (responseId: string, key: string): Promise<GuestResponse> =>
  http.get(`/guest/responses/${responseId}`, { schema: GuestResponseSchema, headers: guestHeaders(key) });

export const saveGuestAnswers = (responseId: string, key: string, answers: AnswerChanges): Promise<AnswersSaved> =>
  http.patch(`/guest/responses/${responseId}`, { body: { answers }, schema: AnswersSavedSchema, headers: guestHeaders(key) });

export const submitGuestResponse = (responseId: string, key: string): Promise<ResponseSubmitted> =>
  http.post(`/guest/responses/${responseId}/submit`, { schema: ResponseSubmittedSchema, headers: guestHeaders(key) });
