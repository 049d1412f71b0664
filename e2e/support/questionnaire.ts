import { amorim2023v2, visibleQuestions, type Answer, type Question } from '@assay/domain';
import type { Page } from 'playwright-core';
import { expectAccessible, expectNoSidewaysScroll, screenshot } from './browser.ts';

/** Answers a journey gives on purpose, by question id; every other question gets `defaultAnswer`. */
export type AnswerPlan = Readonly<Record<string, Answer>>;

/** A plain, valid answer for any question: first option, "sometimes", "manual", the minimum, a sentence. */
export function defaultAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'single':
      return question.options[0]?.id ?? '';
    case 'multiple':
      return [question.options[0]?.id ?? ''];
    case 'frequency':
      return Object.fromEntries(question.items.map((item) => [item.id, 'sometimes']));
    case 'practice':
      return 'manual';
    case 'number':
      return Math.max(question.min, Math.min(question.max, 3));
    case 'text':
      return 'Tracking experiments and versioning datasets.';
  }
}

const inQuestion = (id: string, selector: string): string => `[data-question="${id}"] ${selector}`;

/** Gives one answer through the page's own inputs, as a person would click or type it. */
export async function giveAnswer(page: Page, question: Question, answer: Answer): Promise<void> {
  const id = question.id;
  if (question.kind === 'single' || question.kind === 'practice') {
    await page.locator(inQuestion(id, `input[type="radio"][value="${String(answer)}"]`)).check();
  } else if (question.kind === 'multiple') {
    for (const value of answer as readonly string[]) await page.locator(inQuestion(id, `input[type="checkbox"][value="${value}"]`)).check();
  } else if (question.kind === 'frequency') {
    for (const [item, value] of Object.entries(answer as Record<string, string>)) {
      await page.locator(inQuestion(id, `input[name="q-${id}-${item}"][value="${value}"]`)).check();
    }
  } else if (question.kind === 'number') {
    await page.locator(inQuestion(id, 'input[type="number"]')).fill(String(answer));
  } else {
    await page.locator(inQuestion(id, 'textarea')).fill(String(answer));
  }
}

/**
 * Answers every question shown on the current section page, including those an answer reveals
 * on the way (e.g. "how many models" once the company deploys), then waits until all is saved.
 */
export async function answerSection(page: Page, plan: AnswerPlan): Promise<string[]> {
  const done = new Set<string>();
  for (;;) {
    const shown = await page.locator('[data-question]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-question') ?? ''));
    const next = shown.find((id) => !done.has(id));
    if (next === undefined) break;
    const question = amorim2023v2.questions.find((q) => q.id === next);
    if (!question) throw new Error(`the page shows a question the questionnaire does not have: ${next}`);
    const planned = plan[next];
    // A planned matrix names some rows; the others get the default so the question is complete.
    const answer =
      planned !== undefined && question.kind === 'frequency'
        ? { ...(defaultAnswer(question) as Record<string, string>), ...(planned as Record<string, string>) }
        : (planned ?? defaultAnswer(question));
    await giveAnswer(page, question, answer);
    done.add(next);
  }
  await waitSaved(page);
  return [...done];
}

export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
}

/** A team at level 3: models in the cloud, served by API and batch, the business consuming them, no automation. */
export const LEVEL_3_TEAM: AnswerPlan = {
  self_declared_level: 'level_3',
  dedicated_deployment_team: 'no',
  deploys_models: 'yes',
  models_in_production: 4,
  model_consumption: ['api', 'batch'],
  data_problems: { insufficient_data: 'frequently', data_access: 'sometimes', unreliable_data: 'frequently', dataset_versioning: 'sometimes' },
  business_consumption: 'yes',
  model_runtime: 'cloud',
  experiment_tracking: 'manual',
  dataset_versioning: 'absent',
  model_registry: 'absent',
  training_pipeline: 'manual',
  ci_cd: 'manual',
  deployment: 'manual',
  service_monitoring: 'manual',
  model_monitoring: 'manual',
  drift_detection: 'absent',
  alerting: 'absent',
  retraining: 'manual',
  rollback: 'manual',
};

/**
 * A whole response to `amorim-2023@2` for seeding through the API: the plan's answers, and the
 * default answer for every other question the plan makes visible (as answerSection gives them).
 */
export function completeAnswers(plan: AnswerPlan): Record<string, Answer> {
  const answers: Record<string, Answer> = { ...plan };
  for (const question of visibleQuestions(amorim2023v2, answers)) {
    if (!(question.id in answers)) answers[question.id] = defaultAnswer(question);
  }
  return answers;
}

/** What a person clicks through the questionnaire in Portuguese: its sections in order, and its buttons. */
export const QUESTIONNAIRE_PT_BR = {
  sections: ['Perfil', 'Atividades', 'Desafios', 'MLOps', 'Práticas de MLOps'],
  next: 'Próxima seção',
  submit: 'Enviar minhas respostas',
  result: 'Seu resultado',
} as const;

/**
 * Answers the whole questionnaire section by section (`plan`, defaults elsewhere) and submits it,
 * waiting for the person's own result. On every section the page must fit the screen's width
 * (frequency matrices included); axe runs and a screenshot is taken on the first section only,
 * or on every one with `check: 'every-section'`.
 */
export async function answerQuestionnaire(
  page: Page,
  plan: AnswerPlan,
  name: string,
  { words = QUESTIONNAIRE_PT_BR, check = 'first-section' }: { words?: typeof QUESTIONNAIRE_PT_BR; check?: 'first-section' | 'every-section' } = {},
): Promise<void> {
  for (const [index, section] of words.sections.entries()) {
    await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
    await answerSection(page, plan);
    await expectNoSidewaysScroll(page, `${name} ${section}`);
    if (index === 0 || check === 'every-section') {
      await expectAccessible(page, `${name}-questionnaire ${section}`);
      await screenshot(page, `pt-${name}-questionnaire${index === 0 ? '' : `-${index + 1}`}`);
    }
    // From the keyboard: after a full-page screenshot Chromium scrolls a still-focused text or
    // number box back into view on the next mouse press (as for an on-screen keyboard), so a
    // click's release lands elsewhere and the button never gets it.
    if (index < words.sections.length - 1) await page.getByRole('button', { name: words.next }).press('Enter');
  }
  await page.getByRole('button', { name: words.submit }).press('Enter');
  await page.getByRole('heading', { level: 1, name: words.result }).waitFor();
}
