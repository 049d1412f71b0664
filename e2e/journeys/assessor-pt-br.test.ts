import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext, screenshot } from '../support/browser.ts';
import { answerQuestionnaire, LEVEL_3_TEAM, waitSaved, type AnswerPlan } from '../support/questionnaire.ts';
import { readRoadmapStep, screenshotWidths } from '../support/roadmap.ts';

/**
 * Journey 2, in Portuguese (the browser's language is pt-BR): an assessor sets up a team, hands a
 * respondent link to a guest who answers without an account, answers too, closes the assessment
 * and reads the team result with the questions where the two disagree.
 */
const baseUrl = inject('baseUrl');

/** A team whose company does not deploy models and whose business does not use them yet. */
const LEVEL_1_TEAM: AnswerPlan = {
  self_declared_level: 'level_1',
  deploys_models: 'no',
  business_consumption: 'no',
  model_runtime: 'none_yet',
  experiment_tracking: 'absent',
  dataset_versioning: 'absent',
  model_registry: 'absent',
  training_pipeline: 'absent',
  ci_cd: 'absent',
};

let browser: Browser;
let assessor: BrowserContext;
let page: Page;
let respondentLink = '';

beforeAll(async () => {
  browser = await launchBrowser();
  assessor = await newContext(browser, baseUrl, 'pt-BR');
  page = await assessor.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('um avaliador com um convidado (pt-BR)', () => {
  it('cria a conta, o espaço de trabalho, o time e abre uma avaliação', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Qual é a maturidade de MLOps do seu time?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    await expectAccessible(page, 'home');
    await screenshot(page, 'pt-home');
    await page.getByRole('link', { name: 'Criar conta' }).click();
    await page.getByLabel('Seu nome').fill('Carla Avaliadora');
    await page.getByLabel('E-mail').fill(`carla-${Date.now()}@example.com`);
    await page.getByLabel('Senha').fill('senha muito secreta 2023');
    await page.getByRole('button', { name: 'Criar conta' }).click();
    await page.getByLabel('Nome do espaço de trabalho').fill('Cliente Exemplo S.A.');
    await page.getByRole('button', { name: 'Criar espaço de trabalho' }).click();
    // Two respondents in this journey: the team result needs k = 2 (the default is 3).
    await page.getByLabel('Mínimo de respostas enviadas para um resultado do time (1–10)').selectOption('2');
    await page.getByRole('region', { name: 'Anonimato' }).getByRole('button', { name: 'Salvar', exact: true }).click();
    await page.getByText(/^Alterado por último por Carla Avaliadora/).waitFor();
    await page.getByLabel('Nome do time').fill('Ciência de dados');
    await page.getByRole('button', { name: 'Criar time' }).click();
    await page.getByRole('link', { name: 'Ciência de dados' }).click();
    await page.getByRole('button', { name: 'Iniciar uma avaliação' }).click();
    await page.getByRole('button', { name: 'Abrir para respostas' }).click();
    await page.getByRole('link', { name: 'Responder ao questionário' }).waitFor();
  });

  it('cria um link de respondente para um convidado', async () => {
    await page.getByLabel('Para quem é o link').fill('Time do cliente');
    await page.getByRole('button', { name: 'Criar um link' }).click();
    respondentLink = await page.getByTestId('respondent-link').inputValue();
    expect(respondentLink).toMatch(/\/respond\/.+/);
    await expectAccessible(page, 'assessment-links');
    await screenshot(page, 'pt-assessment-links');
  });

  it('o convidado responde sem conta, usando também o teclado, e vê o próprio resultado', async () => {
    // On a phone-sized screen: every question, matrices included, answerable without scrolling sideways.
    const guestContext = await newContext(browser, baseUrl, 'pt-BR', { width: 390, height: 844 });
    const guest = await guestContext.newPage();
    await guest.goto(respondentLink);
    await guest.getByText(/Você foi convidado a responder pelo time “Ciência de dados”/).waitFor();
    // Told before starting how the answers are shown.
    await guest.getByText(/Suas respostas são agregadas: o resultado do time só aparece quando pelo menos 2 pessoas/).waitFor();
    await expectAccessible(guest, 'guest-start');
    await screenshot(guest, 'pt-guest-start');
    await guest.getByLabel('Seu nome').fill('Bia');
    await guest.getByRole('button', { name: 'Começar a responder' }).click();
    await guest.getByRole('heading', { level: 2, name: 'Perfil', exact: true }).waitFor();

    // Keyboard only: Tab into the first question's radio group, arrows to choose, autosaved.
    const education = guest.locator('[data-question="education"] input[type="radio"]');
    await education.first().focus();
    await guest.keyboard.press('Space');
    await guest.keyboard.press('ArrowDown');
    expect(await education.nth(1).isChecked()).toBe(true);
    await waitSaved(guest);

    await answerQuestionnaire(guest, { ...LEVEL_1_TEAM, education: await education.nth(1).inputValue() }, 'guest');
    expect((await guest.locator('.level').textContent())?.trim()).toBe('Nível 1');
    await guest.getByRole('heading', { level: 2, name: 'Por que este nível' }).waitFor();
    await expectAccessible(guest, 'guest-result');
    await screenshot(guest, 'pt-guest-result');
    await guestContext.close();
  });

  it('o avaliador responde, encerra a avaliação e vê onde as respostas divergem', async () => {
    await page.getByRole('link', { name: 'Responder ao questionário' }).click();
    await answerQuestionnaire(page, LEVEL_3_TEAM, 'assessor');
    expect((await page.locator('.level').textContent())?.trim()).toBe('Nível 3');
    // O roteiro: um passo com título, estado atual e desejado, aberto até o que fazer e a resposta por trás.
    await page.getByRole('heading', { level: 2, name: 'Roteiro' }).waitFor();
    await readRoadmapStep(page, {
      practiceId: 'dataset_versioning',
      title: 'Versionamento de datasets',
      now: 'ausente',
      wanted: 'automatizada',
      inside: 'O que fazer:',
      question: 'Como o seu time versiona os conjuntos de dados (datasets) usados no treino dos modelos?',
    });
    expect(await page.locator('[data-dimension]').first().textContent()).toMatch(/\d+ de \d+ respondidos/);
    await expectAccessible(page, 'assessor-result-roadmap');
    await screenshotWidths(page, 'pt-result-roadmap');
    await page.getByRole('link', { name: 'Voltar à avaliação' }).click();
    await page.getByText('Respostas: 2 enviadas, 0 em andamento.').waitFor();
    // Asked in the page (a native confirm() is dismissed unseen by automated browsers).
    await page.getByRole('button', { name: 'Encerrar e calcular o resultado do time' }).click();
    await page.getByRole('group', { name: /usará as 2 respostas enviadas/ }).waitFor();
    await page.getByRole('button', { name: 'Encerrar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Resultado do time/ }).waitFor();
    await page.locator('.level').waitFor();
    expect(await page.locator('.level').textContent()).toMatch(/^Nível \d/);
    const disagreements = page.locator('section[aria-labelledby="disagreements-heading"] li[data-question]');
    expect(await disagreements.count()).toBeGreaterThan(0);
    // Options by their Portuguese labels, never their ids.
    expect(await page.locator('section[aria-labelledby="disagreements-heading"]').textContent()).not.toMatch(/none_yet|level_\d|dont_know/);
    await page.getByRole('heading', { level: 2, name: 'Comparação com os participantes do artigo' }).waitFor();
    await expectAccessible(page, 'team-result');
    await screenshot(page, 'pt-team-result');
    await screenshotWidths(page, 'pt-team-result');
  });

  it('mostra a página pública do benchmark em português', async () => {
    await page.goto('/benchmark');
    await page.getByRole('heading', { level: 1, name: 'Os resultados da pesquisa' }).waitFor();
    await page.locator('[data-series="maturity_level"] summary').click();
    expect(await page.locator('[data-series="maturity_level"] tr[data-category="level_2"] td').first().textContent()).toBe('não informado');
    await expectAccessible(page, 'benchmark');
    await screenshot(page, 'pt-benchmark');
  });
});
