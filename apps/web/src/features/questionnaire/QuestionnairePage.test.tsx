import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { amorim2023v1, type Answers, type SectionId } from '@assay/domain';
import { json, mockFetch, renderWithProviders, type FetchHandler } from '../../test/render.tsx';
import { assessmentFixture, paths, responseFixture, savedFixture, someAnswer } from '../../test/fixtures.ts';
import QuestionnairePage from './QuestionnairePage.tsx';
import { ASSESSMENT_ID, WORKSPACE_ID } from '../../test/fixtures.ts';

function answersFor(sections: readonly SectionId[]): Answers {
  return Object.fromEntries(
    amorim2023v1.questions.filter((q) => sections.includes(q.section) && !q.condition).map((q) => [q.id, someAnswer(q)]),
  );
}

/** The API: one open assessment and the person's response; PATCH and submit by the given handlers. */
function api(initial: Answers, handlers: { patch?: FetchHandler; submit?: FetchHandler } = {}) {
  return mockFetch(async (request) => {
    if (request.method === 'GET' && request.path === paths.assessment) return json(200, assessmentFixture());
    if (request.method === 'POST' && request.path === paths.responses) return json(200, responseFixture(initial));
    if (request.method === 'PATCH' && request.path === paths.response) {
      return handlers.patch ? handlers.patch(request) : json(200, savedFixture((request.body as { answers: unknown }).answers));
    }
    if (request.method === 'POST' && request.path === `${paths.response}/submit` && handlers.submit) return handlers.submit(request);
    return json(404, { error: { code: 'not_found', message: `No route ${request.method} ${request.path}` }, requestId: 't' });
  });
}

const question = (id: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(`[data-question="${id}"]`);
  if (!element) throw new Error(`question ${id} is not shown`);
  return element;
};
const isShown = (id: string): boolean => document.querySelector(`[data-question="${id}"]`) !== null;
const saveState = (): string | null => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? null;

async function openPage(initial: Answers = {}, handlers: Parameters<typeof api>[1] = {}) {
  const requests = api(initial, handlers);
  const user = userEvent.setup();
  renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
  await screen.findByRole('heading', { level: 1 });
  return { requests, user };
}

const patches = (requests: ReturnType<typeof api>) => requests.filter((r) => r.method === 'PATCH').map((r) => (r.body as { answers: Record<string, unknown> }).answers);

describe('QuestionnairePage: conditions', () => {
  it('shows the deployment questions only when the company deploys, and clears hidden answers', async () => {
    const { user, requests } = await openPage(answersFor(['profile']));
    // Resumed on the first unanswered section: activities.
    expect(isShown('deploys_models')).toBe(true);
    expect(isShown('models_in_production')).toBe(false);

    await user.click(within(question('deploys_models')).getByRole('radio', { name: 'Yes' }));
    expect(isShown('models_in_production')).toBe(true);

    await user.type(within(question('models_in_production')).getByRole('spinbutton'), '4');
    await waitFor(() => expect(patches(requests)).toContainEqual({ models_in_production: 4 }), { timeout: 3000 });

    await user.click(within(question('deploys_models')).getByRole('radio', { name: 'No' }));
    expect(isShown('models_in_production')).toBe(false);
    // The hidden question's answer goes in the same save as the change that hid it.
    await waitFor(() => expect(patches(requests)).toContainEqual({ deploys_models: 'no', models_in_production: null }));
  });

  it('offers "don\'t know" only where the questionnaire does', async () => {
    await openPage(answersFor(['profile']));
    expect(within(question('deploys_models')).queryByRole('radio', { name: 'I don’t know' })).toBeNull();
    const user = userEvent.setup();
    await user.click(within(question('deploys_models')).getByRole('radio', { name: 'Yes' }));
    expect(within(question('models_in_production')).getByRole('checkbox', { name: 'I don’t know' })).toBeTruthy();
  });
});

describe('QuestionnairePage: resume', () => {
  it('opens on the first unanswered question and puts the cursor there', async () => {
    await openPage(answersFor(['profile']));
    const first = amorim2023v1.questions.find((q) => q.section === 'activities');
    expect(first).toBeDefined();
    expect(screen.getByText(/Welcome back/)).toBeTruthy();
    expect(document.activeElement?.closest('[data-question]')?.getAttribute('data-question')).toBe(first?.id);
  });

  it('starts at the first section for a new response', async () => {
    await openPage({});
    expect(isShown('education')).toBe(true);
    expect(screen.queryByText(/Welcome back/)).toBeNull();
  });
});

describe('QuestionnairePage: autosave', () => {
  it('shows saving, then saved, once the API acknowledges', async () => {
    let release: (response: Response) => void = () => undefined;
    const { user } = await openPage({}, {
      patch: (request) => new Promise<Response>((resolve) => {
        release = () => resolve(json(200, savedFixture((request.body as { answers: unknown }).answers)));
      }),
    });
    expect(saveState()).toBe('idle');
    await user.click(within(question('education')).getAllByRole('radio')[0] as HTMLElement);
    await waitFor(() => expect(saveState()).toBe('saving'));
    expect(screen.getByText('Saving…')).toBeTruthy();
    act(() => release(new Response()));
    await waitFor(() => expect(saveState()).toBe('saved'));
    expect(screen.getByText('All answers saved.')).toBeTruthy();
  });

  it('goes offline when the API cannot be reached, keeps the answer, and saves it when back online', async () => {
    let online = false;
    const { user, requests } = await openPage({}, {
      patch: (request) => {
        if (!online) throw new TypeError('Failed to fetch');
        return json(200, savedFixture((request.body as { answers: unknown }).answers));
      },
    });
    const firstOption = amorim2023v1.questions.find((q) => q.id === 'education');
    const optionId = firstOption?.kind === 'single' ? firstOption.options[0]?.id : undefined;
    await user.click(within(question('education')).getAllByRole('radio')[0] as HTMLElement);
    await waitFor(() => expect(saveState()).toBe('offline'));
    expect(screen.getByText(/Offline: your answers are kept/)).toBeTruthy();

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(saveState()).toBe('saved'));
    expect(patches(requests).at(-1)).toEqual({ education: optionId });
  });

  it('waits for typing to pause before saving a number, then sends the final value once', async () => {
    const { user, requests } = await openPage({});
    await user.type(within(question('years_in_role')).getByRole('spinbutton'), '12');
    expect(patches(requests)).toEqual([]);
    await waitFor(() => expect(saveState()).toBe('saved'), { timeout: 3000 });
    expect(patches(requests)).toEqual([{ years_in_role: 12 }]);
  });

  it('shows the API’s refusal of an answer, in words, next to the question it concerns', async () => {
    const { user } = await openPage({}, {
      patch: () =>
        json(422, {
          error: {
            code: 'invalid_answers',
            message: 'Some answers are not valid.',
            details: [{ questionId: 'years_in_role', code: 'out_of_range', message: 'Years in the role must be from 0 to 60.' }],
          },
          requestId: 'req-1',
        }),
    });
    await user.type(within(question('years_in_role')).getByRole('spinbutton'), '99');
    await waitFor(() => expect(saveState()).toBe('error'), { timeout: 3000 });
    const message = within(question('years_in_role')).getByRole('alert');
    expect(message.textContent).toBe('This value is outside what the question accepts. Give a whole number from 0 to 60 (years).');
    expect(question('years_in_role').getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByText(/1 answer not saved:/)).toBeTruthy();
  });

  it('on submit, shows each missing answer named by the API next to its question', async () => {
    const all = answersFor(['profile', 'activities', 'challenges', 'mlops', 'practices']);
    const { user } = await openPage(all, {
      submit: () =>
        json(422, {
          error: {
            code: 'response_incomplete',
            message: 'Answer every required question before submitting.',
            details: [{ questionId: 'education', code: 'required', message: 'Answer this question.' }],
          },
          requestId: 'req-2',
        }),
    });
    await user.click(screen.getByRole('button', { name: /^Section 5: MLOps practices/ }));
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));
    await waitFor(() => expect(isShown('education')).toBe(true));
    expect(within(question('education')).getByRole('alert').textContent).toBe('This question is required: answer it before submitting.');
  });
});

describe('QuestionnairePage: the API’s refusals in Portuguese', () => {
  const education = amorim2023v1.questions.find((q) => q.id === 'education');
  if (education?.kind !== 'single') throw new Error('education is a single-choice question');
  const labelsPt = education.options.map((option) => option.label['pt-BR']);

  async function openPt(initial: Answers, handlers: Parameters<typeof api>[1]) {
    const requests = api(initial, handlers);
    const user = userEvent.setup();
    renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />, { locale: 'pt-BR' });
    await screen.findByRole('heading', { level: 1 });
    return { requests, user };
  }

  it('words a refused option next to its question, listing the options by their Portuguese labels', async () => {
    const { user } = await openPt({}, {
      patch: () =>
        json(422, {
          error: {
            code: 'invalid_answers',
            message: 'Nothing was saved: 1 not valid.',
            details: [{ questionId: 'education', code: 'unknown_option', message: 'Question 1 (education): "phd" is not an option.' }],
          },
          requestId: 'req-3',
        }),
    });
    await user.click(within(question('education')).getByRole('radio', { name: labelsPt[0] }));
    await waitFor(() => expect(saveState()).toBe('error'), { timeout: 3000 });
    const message = within(question('education')).getByRole('alert').textContent ?? '';
    expect(message).toMatch(/^Essa opção não é oferecida aqui\. Escolha uma destas: /);
    for (const label of labelsPt) expect(message).toContain(label);
    expect(message).not.toContain('is not an option');
    expect(screen.getByText(/1 resposta não salva:/)).toBeTruthy();
  });

  it('lists the questions a submit refusal names, in Portuguese, and words each next to its own question', async () => {
    const all = answersFor(['profile', 'activities', 'challenges', 'mlops', 'practices']);
    const { user } = await openPt(all, {
      submit: () =>
        json(422, {
          error: {
            code: 'response_incomplete',
            message: '2 questions need attention before submitting.',
            details: [
              { questionId: 'education', code: 'required', message: 'Question 1 (education) is required and has no answer.' },
              { questionId: 'years_in_role', code: 'out_of_range', message: 'Question 3 (years_in_role): 99 is out of range.' },
            ],
          },
          requestId: 'req-4',
        }),
    });
    await user.click(screen.getByRole('button', { name: /^Seção 5: / }));
    await user.click(screen.getByRole('button', { name: 'Enviar minhas respostas' }));
    await waitFor(() => expect(isShown('education')).toBe(true));
    expect(within(question('education')).getByRole('alert').textContent).toBe('Esta pergunta é obrigatória: responda-a antes de enviar.');
    expect(within(question('years_in_role')).getByRole('alert').textContent).toBe(
      'Este valor está fora do que a pergunta aceita. Informe um número inteiro de 0 a 60 (anos).',
    );
    const refusal = screen.getAllByRole('alert').find((element) => element.classList.contains('alert'));
    const items = within(refusal ?? document.body).getAllByRole('listitem').map((item) => item.textContent);
    expect(refusal?.textContent).toContain('Algumas perguntas obrigatórias ainda não foram respondidas.');
    expect(items).toEqual([
      'Pergunta 1, “Qual é a sua formação (maior nível concluído)?”: Esta pergunta é obrigatória: responda-a antes de enviar.',
      'Pergunta 3, “Há quantos anos você está no cargo atual?”: Este valor está fora do que a pergunta aceita. Informe um número inteiro de 0 a 60 (anos).',
    ]);
    expect(refusal?.textContent).not.toMatch(/required|attention|out of range/);
  });
});

describe('QuestionnairePage: problems reach the inputs they concern', () => {
  const refuse = (questionId: string, code: string) => () =>
    json(422, {
      error: { code: 'invalid_answers', message: 'Nothing was saved.', details: [{ questionId, code, message: 'Refused.' }] },
      requestId: 'req-5',
    });
  /** The ids an element's aria-describedby names. */
  const describedBy = (element: Element | null): string[] => (element?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

  it('ties a refused choice to its radio group, so a screen reader hears it on the options', async () => {
    const { user } = await openPage({}, { patch: refuse('education', 'unknown_option') });
    await user.click(within(question('education')).getAllByRole('radio')[0] as HTMLElement);
    await waitFor(() => expect(saveState()).toBe('error'), { timeout: 3000 });
    const message = within(question('education')).getByRole('alert');
    expect(describedBy(within(question('education')).getByRole('radiogroup'))).toContain(message.id);
  });

  it('ties a refused frequency matrix to the group of its radios', async () => {
    const { user } = await openPage(answersFor(['profile']), { patch: refuse('data_types', 'unknown_item') });
    await user.click(within(question('data_types')).getAllByRole('radio')[0] as HTMLElement);
    await waitFor(() => expect(saveState()).toBe('error'), { timeout: 3000 });
    const message = within(question('data_types')).getByRole('alert');
    const group = within(question('data_types')).getByRole('group');
    expect(describedBy(group)).toContain(message.id);
  });

  it('keeps the saved number while the box holds what is not a number, and says so beside the box', async () => {
    const { requests } = await openPage({ years_in_role: 5 });
    const box = within(question('years_in_role')).getByRole('spinbutton');
    // What a browser does with "5e" in a number box: the value reads empty, validity says bad input.
    Object.defineProperty(box, 'validity', { configurable: true, get: () => ({ badInput: true, valid: false }) });
    fireEvent.change(box, { target: { value: '' } });
    const message = within(question('years_in_role')).getByText('Type a number, e.g. 3.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(box)).toContain(message.id);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(patches(requests)).toEqual([]);
  });
});

describe('QuestionnairePage: while the response starts', () => {
  it('already shows the way back and the anonymity notice, above the loading line the form replaces', async () => {
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (release = resolve));
    mockFetch(async (request) => {
      if (request.method === 'GET' && request.path === paths.assessment) return json(200, assessmentFixture());
      if (request.method === 'POST' && request.path === paths.responses) {
        await started;
        return json(200, responseFixture({}));
      }
      return json(404, { error: { code: 'not_found', message: 'no route' }, requestId: 't' });
    });
    renderWithProviders(<QuestionnairePage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const notice = await screen.findByText(/pooled/);
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    release();
    await screen.findByRole('heading', { level: 1 });
    // The same notice stays where it was: the form comes in below it.
    expect(screen.getByText(/pooled/)).toBe(notice);
  });
});
