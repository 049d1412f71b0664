import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { amorim2023v1, type Answers } from '@assay/domain';
import { json, mockFetch, renderWithProviders, type FetchHandler } from '../../test/render.tsx';
import { ASSESSMENT_ID, RESPONSE_ID, WORKSPACE_ID, assessmentFixture, paths, responseFixture, savedFixture } from '../../test/fixtures.ts';
import QuestionnairePage from './QuestionnairePage.tsx';
import GuestQuestionnairePage from './GuestQuestionnairePage.tsx';

const KEY = `assay.pending.${RESPONSE_ID}`;
const education = amorim2023v1.questions.find((q) => q.id === 'education');
if (education?.kind !== 'single') throw new Error('education is a single-choice question');
const [firstOption, secondOption] = education.options;
if (!firstOption || !secondOption) throw new Error('education has two options');

const unauthorized = (): Response => json(401, { error: { code: 'unauthorized', message: 'Sign in again.' }, requestId: 't' });
const acknowledge: FetchHandler = (request) => json(200, savedFixture((request.body as { answers: unknown }).answers));

/** The API for a member: the open assessment, their response (in progress or submitted), PATCH by `patch`; refresh always fails. */
function api(patch: FetchHandler, response = responseFixture()) {
  return mockFetch(async (request) => {
    if (request.method === 'GET' && request.path === paths.assessment) return json(200, assessmentFixture());
    if (request.method === 'POST' && request.path === paths.responses) return json(200, response);
    if (request.method === 'PATCH' && request.path === paths.response) return patch(request);
    if (request.path === '/api/v1/auth/refresh') return unauthorized();
    return json(404, { error: { code: 'not_found', message: `No route ${request.method} ${request.path}` }, requestId: 't' });
  });
}

const patches = (requests: ReturnType<typeof api>) =>
  requests.filter((r) => r.method === 'PATCH').map((r) => (r.body as { answers: Record<string, unknown> }).answers);
const question = (id: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(`[data-question="${id}"]`);
  if (!element) throw new Error(`question ${id} is not shown`);
  return element;
};
const saveState = (): string | null => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? null;
const stored = (storage: Storage): unknown => JSON.parse(storage.getItem(KEY) ?? 'null');

async function openPage() {
  const view = renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('QuestionnairePage: answers the API has not acknowledged', () => {
  it('keeps them when the session expires mid-save and the page unmounts, then restores and resends them', async () => {
    const refused = api(unauthorized);
    const user = userEvent.setup();
    const first = await openPage();
    await user.click(within(question('education')).getByRole('radio', { name: firstOption.label.en }));
    await waitFor(() => expect(saveState()).toBe('error'));
    expect(stored(window.sessionStorage)).toEqual({ education: firstOption.id });
    // Sign-in replaces the page; its last attempt to save is refused too.
    first.unmount();
    await waitFor(() => expect(patches(refused)).toHaveLength(2));
    expect(stored(window.sessionStorage)).toEqual({ education: firstOption.id });

    // Signed in again: the same response opens, with the saved answers from before the expiry.
    const requests = api(acknowledge);
    await openPage();
    expect(within(question('education')).getByRole('radio', { name: firstOption.label.en })).toHaveProperty('checked', true);
    const notice = screen.getByText('1 unsaved answer from your last visit was restored and is being saved.');
    expect(notice.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(saveState()).toBe('saved'));
    expect(patches(requests)).toEqual([{ education: firstOption.id }]);
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('keeps an answer while its save is out, and forgets it once the API acknowledges it', async () => {
    const waiting: Array<() => void> = [];
    api((request) => new Promise<Response>((resolve) => waiting.push(() => resolve(acknowledge(request) as Response))));
    const user = userEvent.setup();
    await openPage();
    await user.click(within(question('education')).getByRole('radio', { name: firstOption.label.en }));
    await waitFor(() => expect(waiting).toHaveLength(1));
    expect(stored(window.sessionStorage)).toEqual({ education: firstOption.id });
    // A newer value while the first save is out stays kept after the first one is acknowledged.
    await user.click(within(question('education')).getByRole('radio', { name: secondOption.label.en }));
    waiting[0]?.();
    await waitFor(() => expect(waiting).toHaveLength(2));
    expect(stored(window.sessionStorage)).toEqual({ education: secondOption.id });
    waiting[1]?.();
    await waitFor(() => expect(saveState()).toBe('saved'));
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('resends a restored answer through the queue, so the API’s refusal shows next to its question', async () => {
    window.sessionStorage.setItem(KEY, JSON.stringify({ years_in_role: 99, not_a_question: 'x' }));
    const requests = api(() =>
      json(422, {
        error: {
          code: 'invalid_answers',
          message: 'Some answers are not valid.',
          details: [{ questionId: 'years_in_role', code: 'out_of_range', message: 'Out of range.' }],
        },
        requestId: 'req-1',
      }),
    );
    await openPage();
    await waitFor(() => expect(saveState()).toBe('error'));
    expect(patches(requests)).toEqual([{ years_in_role: 99 }]);
    expect(within(question('years_in_role')).getByRole('alert').textContent).toMatch(/^This value is outside what the question accepts/);
    // Still not saved: kept for the next visit.
    expect(stored(window.sessionStorage)).toEqual({ years_in_role: 99 });
  });

  it('drops them, saying so, when the response was already submitted', async () => {
    window.sessionStorage.setItem(KEY, JSON.stringify({ education: firstOption.id, years_in_role: 4 }));
    const requests = api(acknowledge, { ...responseFixture(), status: 'submitted', submittedAt: '2026-05-02T09:30:00.000Z' });
    renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const notice = await screen.findByText('2 unsaved answers kept in this browser could not be saved: the response was already submitted.');
    expect(notice.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(window.sessionStorage.getItem(KEY)).toBeNull());
    expect(patches(requests)).toEqual([]);
  });

  it('restores nothing kept for another response', async () => {
    window.sessionStorage.setItem('assay.pending.00000000-0000-4000-8000-000000000099', JSON.stringify({ education: firstOption.id }));
    const requests = api(acknowledge);
    await openPage();
    expect(screen.queryByText(/were restored/)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(patches(requests)).toEqual([]);
  });
});

describe('GuestQuestionnairePage: answers the API has not acknowledged', () => {
  const guestPath = `/api/v1/guest/responses/${RESPONSE_ID}`;
  const guestResponse = (answers: Answers) => ({
    response: { ...responseFixture(answers), respondent: { kind: 'guest', userId: null, name: null } },
    assessment: {
      assessmentId: ASSESSMENT_ID,
      workspaceName: 'Acme',
      teamName: 'Data platform',
      title: 'Assessment 2026-05-01',
      questionnaireId: 'amorim-2023@1',
      status: 'open',
      anonymity: { minimum: 3, attributed: false },
    },
  });

  it('restores what a closed tab left unsent (kept in localStorage with the key), in Portuguese, and saves it', async () => {
    window.localStorage.setItem(`assay.guest.${RESPONSE_ID}`, 'guest-key');
    window.localStorage.setItem(KEY, JSON.stringify({ education: firstOption.id }));
    const requests = mockFetch(async (request) => {
      if (request.method === 'GET' && request.path === guestPath) return json(200, guestResponse({}));
      if (request.method === 'PATCH' && request.path === guestPath) return acknowledge(request);
      return json(404, { error: { code: 'not_found', message: 'No route' }, requestId: 't' });
    });
    renderWithProviders(<GuestQuestionnairePage responseId={RESPONSE_ID} />, { locale: 'pt-BR' });
    await screen.findByText('1 resposta não salva da sua última visita foi restaurada e está sendo salva.');
    expect(within(question('education')).getByRole('radio', { name: firstOption.label['pt-BR'] })).toHaveProperty('checked', true);
    await waitFor(() => expect(saveState()).toBe('saved'));
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ answers: { education: firstOption.id } }]);
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });
});
