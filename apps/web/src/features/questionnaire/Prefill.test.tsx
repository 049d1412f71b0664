import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { amorim2023v1, type Answers, type SectionId } from '@assay/domain';
import { json, mockFetch, renderWithProviders, type FetchHandler } from '../../test/render.tsx';
import { ASSESSMENT_ID, RESPONSE_ID, WORKSPACE_ID, assessmentFixture, paths, responseFixture, savedFixture, someAnswer } from '../../test/fixtures.ts';
import QuestionnairePage from './QuestionnairePage.tsx';

const ids = (section: SectionId): string[] => amorim2023v1.questions.filter((q) => q.section === section && !q.condition).map((q) => q.id);
/** A response prefilled from the previous round: profile and activities answered, every answer marked. */
const PREFILLED: Answers = Object.fromEntries(
  amorim2023v1.questions.filter((q) => (q.section === 'profile' || q.section === 'activities') && !q.condition).map((q) => [q.id, someAnswer(q)]),
);
const MARKED = Object.keys(PREFILLED);
const PREVIOUS_ID = '00000000-0000-4000-8000-000000000099';

function api(handlers: { confirm?: FetchHandler; submit?: FetchHandler } = {}) {
  return mockFetch(async (request) => {
    if (request.method === 'GET' && request.path === paths.assessment) return json(200, assessmentFixture({ prefill: true }));
    if (request.method === 'POST' && request.path === paths.responses) {
      return json(200, responseFixture(PREFILLED, { fromResponseId: PREVIOUS_ID, unconfirmed: MARKED }));
    }
    if (request.method === 'PATCH' && request.path === paths.response) {
      const answers = (request.body as { answers: Record<string, unknown> }).answers;
      return json(200, savedFixture(answers, 1, MARKED.filter((id) => !(id in answers))));
    }
    if (request.method === 'POST' && request.path === `${paths.response}/confirm` && handlers.confirm) return handlers.confirm(request);
    if (request.method === 'POST' && request.path === `${paths.response}/submit` && handlers.submit) return handlers.submit(request);
    return json(404, { error: { code: 'not_found', message: `No route ${request.method} ${request.path}` }, requestId: 't' });
  });
}

const question = (id: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(`[data-question="${id}"]`);
  if (!element) throw new Error(`question ${id} is not shown`);
  return element;
};
const markedHere = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('[data-question].prefilled')].map((element) => element.getAttribute('data-question') ?? '');

async function openPage(handlers: Parameters<typeof api>[0] = {}, locale: 'en' | 'pt-BR' = 'en') {
  const requests = api(handlers);
  const user = userEvent.setup();
  renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />, { locale });
  await screen.findByRole('heading', { level: 1 });
  return { requests, user };
}

describe('Questionnaire: answers prefilled from the previous round', () => {
  it('opens on the first answer to confirm, marks each prefilled answer and tells the section how many', async () => {
    await openPage();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Profile');
    expect(markedHere()).toEqual(ids('profile'));
    const first = question('education');
    expect(within(first).getByText('From your previous answer: confirm or change it.')).toBeTruthy();
    // The mark is read with the question.
    const markId = within(first).getByText('From your previous answer: confirm or change it.').id;
    expect(first.getAttribute('aria-describedby')).toContain(markId);
    expect(screen.getByTestId('prefill-section').textContent).toContain(`${ids('profile').length} answers in this section come from your previous response.`);
    expect(screen.getByRole('button', { name: 'Confirm this section’s answers' })).toBeTruthy();
    expect(screen.queryByText(/Welcome back/)).toBeNull();
  });

  it('changing an answer confirms it: its mark goes, the others stay', async () => {
    const { user, requests } = await openPage();
    const single = amorim2023v1.questions.find((q) => q.section === 'profile' && q.kind === 'single' && !q.condition)!;
    const radios = within(question(single.id)).getAllByRole('radio');
    await user.click(radios[1] as HTMLElement);
    expect(markedHere()).not.toContain(single.id);
    expect(markedHere()).toHaveLength(ids('profile').length - 1);
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true), { timeout: 3000 });
  });

  it('confirms the whole section in one call; the marks of that section go, the next section keeps its own', async () => {
    let body: unknown = null;
    const { user, requests } = await openPage({
      confirm: (request) => {
        body = request.body;
        return json(200, { id: RESPONSE_ID, revision: 1, unconfirmed: ids('activities'), updatedAt: '2026-05-01T09:31:00.000Z' });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Confirm this section’s answers' }));
    await waitFor(() => expect(markedHere()).toEqual([]));
    expect(body).toEqual({ sectionId: 'profile' });
    expect(requests.filter((r) => r.path.endsWith('/confirm'))).toHaveLength(1);
    expect(screen.queryByTestId('prefill-section')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next section' }));
    expect(markedHere()).toEqual(ids('activities'));
  });

  it('says before submitting what is left to confirm, and words the API’s refusal listing each answer', async () => {
    const unconfirmed = MARKED.slice(0, 2);
    const { user } = await openPage({
      submit: () =>
        json(422, {
          error: {
            code: 'response_incomplete',
            reason: 'answers_unconfirmed',
            message: '2 answers carried over from your previous response are not confirmed yet.',
            details: unconfirmed.map((questionId) => ({ questionId, code: 'unconfirmed', message: 'Prefilled from your previous response: confirm it or change it.' })),
          },
          requestId: 't',
        }),
    });
    await user.click(screen.getByRole('button', { name: /^Section 5: MLOps practices/ }));
    expect(screen.getByTestId('prefill-left').textContent).toBe(
      `${MARKED.length} answers from your previous response are still to confirm or change, in: Profile and Activities.`,
    );
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    const alert = await screen.findByText(/2 answers from your previous response are not confirmed yet\. Confirm or change them; the first one is selected\./);
    expect(alert).toBeTruthy();
    // Taken back to the first one, which says what to do next to it.
    await waitFor(() => expect(within(question(unconfirmed[0]!)).getByRole('alert').textContent).toBe('Not confirmed yet: confirm it or change it.'));
  });

  it('in Portuguese', async () => {
    await openPage({}, 'pt-BR');
    expect(within(question('education')).getByText('Da sua resposta anterior: confirme ou altere.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Confirmar as respostas desta seção' })).toBeTruthy();
    expect(screen.getByTestId('prefill-section').textContent).toContain('respostas desta seção vêm da sua resposta anterior.');
  });

  it('a response that started empty shows no marks and no confirm button', async () => {
    mockFetch(async (request) => {
      if (request.method === 'GET' && request.path === paths.assessment) return json(200, assessmentFixture());
      if (request.method === 'POST' && request.path === paths.responses) return json(200, responseFixture(PREFILLED));
      return json(404, { error: { code: 'not_found', message: 'no' }, requestId: 't' });
    });
    renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    await screen.findByRole('heading', { level: 1 });
    expect(markedHere()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Confirm this section’s answers' })).toBeNull();
    expect(screen.getByText(/Welcome back/)).toBeTruthy();
  });
});
