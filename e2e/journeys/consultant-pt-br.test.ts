import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { checkWidths as checkPageWidths, expectNoSidewaysScroll, launchBrowser, newContext, OUTPUT_DIR, screenshot } from '../support/browser.ts';
import { httpApi, type Account } from '../support/api.ts';
import { answerQuestionnaire, answerSection, LEVEL_3_TEAM, QUESTIONNAIRE_PT_BR, type AnswerPlan } from '../support/questionnaire.ts';

/**
 * Journey 4, in Portuguese (the browser's language is pt-BR): a consultant who audits two client
 * companies (a workspace each) creates the first client's workspace, team and assessment (the
 * anonymity threshold k = 3, the default), sends a personal link to each of three guests who
 * answer on a phone-sized screen without an account (one writes the open question in Portuguese),
 * follows on the roster who has started and submitted, closes the round in the page, downloads
 * the PDF report (its text extracted with pdftotext and checked) and the CSV export with the free
 * text (no names), and finds none of it in the second client's workspace, reached with the
 * header's switcher. The consultant's account and the second client are seeded through the HTTP
 * API; everything else goes through the browser.
 */
const baseUrl = inject('baseUrl');
const { api, signUp } = httpApi(baseUrl);
const run = promisify(execFile);

const CLIENT_A = 'Cooperativa Açaí Norte';
const CLIENT_B = 'Indústria Beta Ltda.';
const TEAM = 'Análise de crédito';
const TEAM_B = 'Plataforma de dados';
const TITLE = 'Diagnóstico de MLOps 2026';
const FREE_TEXT = 'Precisamos de revisão de código e mais automação';
const OTHER_TEXT = 'Monitoramento dos modelos em produção, com alertas quando a precisão cai';

interface Guest {
  readonly name: string;
  readonly plan: AnswerPlan;
  link: string;
}

/** Three guests of the client; the first writes the open question (25) with accents, the third leaves it blank. */
const guests: Guest[] = [
  { name: 'Ana Ribeiro', plan: { ...LEVEL_3_TEAM, mlops_help: FREE_TEXT }, link: '' },
  { name: 'João Câmara', plan: { ...LEVEL_3_TEAM, mlops_help: OTHER_TEXT }, link: '' },
  { name: 'Lúcia Araújo', plan: { ...LEVEL_3_TEAM, experiment_tracking: 'automated', ci_cd: 'absent', mlops_help: '' }, link: '' },
];
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let context: BrowserContext;
let page: Page;
let consultant: Account;
let assessmentPath = '';

beforeAll(async () => {
  consultant = await signUp('Rita Consultora', 'senha muito secreta 2026');
  // The second client, audited earlier: its own workspace and team.
  const { id } = await api<{ id: string }>('POST', '/workspaces', consultant.token, { name: CLIENT_B });
  await api('POST', `/workspaces/${id}/teams`, consultant.token, { name: TEAM_B });
  browser = await launchBrowser();
  context = await newContext(browser, baseUrl, 'pt-BR', { width: 1280, height: 900 });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

const checkWidths = (name: string): Promise<void> => checkPageWidths(page, `consultant-${name}`);

/** Clicks what starts a download and saves the file in e2e/output under `name`. */
async function downloadBy(button: string, name: string): Promise<{ path: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  await mkdir(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  await download.saveAs(path);
  return { path, download };
}

/** A name as the start of an accessible name (the switcher's links end with the reader's role there). */
const startsWith = (name: string): RegExp => new RegExp('^' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** A guest's row on the assessment page's roster (its header cell: the link's label, then its kind). */
const rosterRow = (guest: Guest) =>
  page
    .getByRole('region', { name: 'Participantes e andamento' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: startsWith(guest.name) }) });

type RosterState = 'Não iniciada' | 'Iniciada' | 'Enviada';

/** Reloads the assessment page (as the consultant does to follow the round) and reads each guest's state on the roster. */
async function followRound(submitted: number, inProgress: number, states: readonly RosterState[]): Promise<void> {
  await page.reload();
  await heading(TITLE).waitFor();
  const counts = `Respostas: ${submitted} ${submitted === 1 ? 'enviada' : 'enviadas'}, ${inProgress} em andamento.`;
  await page.getByText(counts, { exact: true }).waitFor();
  for (const [index, guest] of guests.entries()) {
    const row = rosterRow(guest);
    expect(await row.getByRole('rowheader').textContent()).toBe(`${guest.name} Link pessoal`);
    expect((await row.getByRole('cell').first().textContent())?.trim(), `${guest.name}'s state`).toBe(states[index]);
    // Last activity: a time once the guest has started, none before.
    expect(await row.locator('time').count(), `${guest.name}'s last activity`).toBe(states[index] === 'Não iniciada' ? 0 : 1);
  }
}

/** A guest opens their link in a fresh browser on a phone-sized screen and starts answering. */
async function startAnswering(guest: Guest): Promise<{ guestContext: BrowserContext; on: Page }> {
  const guestContext = await newContext(browser, baseUrl, 'pt-BR', PHONE);
  const on = await guestContext.newPage();
  await on.goto(guest.link);
  await on.getByText(`Você foi convidado a responder pelo time “${TEAM}” de ${CLIENT_A}.`).waitFor();
  // Told before starting how the answers are shown: pooled, from 3 people on.
  await on.getByText(/Suas respostas são agregadas: o resultado do time só aparece quando pelo menos 3 pessoas/).waitFor();
  await expectNoSidewaysScroll(on, `${guest.name} start`);
  await on.getByLabel('Seu nome').fill(guest.name);
  await on.getByRole('button', { name: 'Começar a responder' }).click();
  await on.getByRole('heading', { level: 2, name: QUESTIONNAIRE_PT_BR.sections[0], exact: true }).waitFor();
  return { guestContext, on };
}

/** Answers every section on the phone (each must fit its width) and submits. */
async function finish(guest: Guest, on: Page, guestContext: BrowserContext, check: 'first-section' | 'every-section'): Promise<void> {
  await answerQuestionnaire(on, guest.plan, `consultant-guest-${guests.indexOf(guest) + 1}`, { check });
  await on.getByRole('heading', { level: 2, name: 'Por que este nível' }).waitFor();
  await guestContext.close();
}

/** Text of a PDF as pdftotext (poppler-utils) extracts it, whitespace collapsed (lines wrap anywhere). */
async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return stdout.normalize('NFKC').replace(/\s+/g, ' ');
}

describe('uma consultora com dois clientes: links para três convidados, relatório em PDF e CSV (pt-BR)', () => {
  it('entra, vê o cliente que já tem e cria o espaço do novo cliente, com k = 3', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(consultant.email);
    await page.getByLabel('Senha').fill(consultant.password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await heading('Espaços de trabalho').waitFor();
    await page.getByRole('link', { name: CLIENT_B, exact: true }).waitFor();
    await page.getByLabel('Nome do espaço de trabalho').fill(CLIENT_A);
    await page.getByRole('button', { name: 'Criar espaço de trabalho' }).click();
    await heading(CLIENT_A).waitFor();
    // Three guests, and a team result only from three submitted responses: the default threshold.
    expect(await page.getByLabel('Mínimo de respostas enviadas para um resultado do time (1–10)').inputValue()).toBe('3');
    await page.getByLabel('Nome do time').fill(TEAM);
    await page.getByRole('button', { name: 'Criar time' }).click();
    await page.getByRole('link', { name: TEAM, exact: true }).click();
    await heading(TEAM).waitFor();
    await page.getByLabel('Título da nova avaliação').fill(TITLE);
    await page.getByRole('button', { name: 'Iniciar uma avaliação' }).click();
    await heading(TITLE).waitFor();
    await page.getByRole('button', { name: 'Abrir para respostas' }).click();
    await page.getByRole('link', { name: 'Responder ao questionário' }).waitFor();
    assessmentPath = new URL(page.url()).pathname;
    expect(assessmentPath).toMatch(/^\/workspaces\/[^/]+\/assessments\/[^/]+$/);
  });

  it('cria um link pessoal para cada um dos três convidados, com o nome de cada um', async () => {
    const roster = page.getByRole('region', { name: 'Participantes e andamento' });
    for (const guest of guests) {
      await roster.getByLabel('Nome ou e-mail').fill(guest.name);
      await roster.getByRole('button', { name: 'Criar link pessoal' }).click();
      // Shown once, labelled with the guest's name; the guest's row is on the roster.
      const link = roster.getByLabel(`Link pessoal para ${guest.name}`);
      await link.waitFor();
      guest.link = await link.inputValue();
      expect(guest.link).toMatch(/\/respond\/.+/);
      await rosterRow(guest).waitFor();
      // The form is empty again for the next guest.
      expect(await roster.getByLabel('Nome ou e-mail').inputValue()).toBe('');
    }
    expect(new Set(guests.map((g) => g.link)).size).toBe(3);
    await followRound(0, 0, ['Não iniciada', 'Não iniciada', 'Não iniciada']);
    await checkWidths('links');
  });

  it('os convidados respondem no celular, e a consultora acompanha no quadro quem começou e quem enviou', async () => {
    const [ana, joao, lucia] = guests as [Guest, Guest, Guest];
    // Ana answers everything (the open question with accents) and submits.
    const first = await startAnswering(ana);
    await finish(ana, first.on, first.guestContext, 'every-section');
    // João starts: his first section is saved, he has not submitted.
    const second = await startAnswering(joao);
    await answerSection(second.on, joao.plan);
    await followRound(1, 1, ['Enviada', 'Iniciada', 'Não iniciada']);
    await screenshot(page, 'consultant-following-round');
    // He goes on from his saved first section and finishes.
    await finish(joao, second.on, second.guestContext, 'first-section');
    const third = await startAnswering(lucia);
    await finish(lucia, third.on, third.guestContext, 'first-section');
    await followRound(3, 0, ['Enviada', 'Enviada', 'Enviada']);
    await screenshot(page, 'consultant-roster-all-submitted');
  });

  it('encerra a rodada com a confirmação na página e lê o resultado do time, sem nomes', async () => {
    await page.getByRole('button', { name: 'Encerrar e calcular o resultado do time' }).click();
    await page.getByRole('group', { name: /usará as 3 respostas enviadas/ }).waitFor();
    await page.getByRole('button', { name: 'Encerrar', exact: true }).click();
    await heading(`Resultado do time: ${TITLE}`).waitFor();
    await page.locator('.level').waitFor();
    expect((await page.getByTestId('result-context').textContent())?.trim()).toBe(`Cliente: ${CLIENT_A} · Time: ${TEAM}`);
    const freeText = page.locator('[data-free-text="mlops_help"] li');
    expect((await freeText.allTextContents()).sort()).toEqual([FREE_TEXT, OTHER_TEXT].sort());
    const main = (await page.locator('main').textContent()) ?? '';
    for (const guest of guests) expect(main, `the team result names ${guest.name}`).not.toContain(guest.name);
    await checkWidths('team-result');
  });

  it('baixa o relatório em PDF e confere o texto em português', async () => {
    const { path, download } = await downloadBy('Baixar relatório em PDF', 'consultant-report.pdf');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(path);
    expect(text).toContain('Relatório de maturidade em MLOps');
    expect(text).toContain(CLIENT_A);
    expect(text).toContain(TEAM);
    expect(text).toContain(TITLE);
    expect(text).toContain('Avaliação');
    expect(text).toMatch(/\bnão\b/);
    expect(text).toContain('3 respostas enviadas (um resultado do time precisa de pelo menos 3)');
    expect(text).toContain(FREE_TEXT);
    expect(text).toContain(OTHER_TEXT);
    for (const guest of guests) expect(text, `the report names ${guest.name}`).not.toContain(guest.name);
  });

  it('exporta o CSV com as respostas abertas, sem quem as escreveu', async () => {
    const { path, download } = await downloadBy('Exportar CSV', 'consultant-result.csv');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(path, 'utf8');
    const freeTextRows = csv.split('\r\n').filter((line) => line.startsWith('free_text,'));
    // Section, question and text (quoted where it holds a comma): no column says who wrote it.
    expect(freeTextRows.sort()).toEqual([`free_text,mlops_help,${FREE_TEXT}`, `free_text,mlops_help,"${OTHER_TEXT}"`].sort());
    expect(csv).toMatch(/^summary,respondents,3\r?$/m);
    for (const guest of guests) expect(csv, `the CSV names ${guest.name}`).not.toContain(guest.name);
  });

  it('troca para o outro cliente pelo seletor do cabeçalho, e lá não há nada do primeiro', async () => {
    // The header's switcher names the client being read and lists the consultant's workspaces.
    const switcher = page.getByRole('button', { name: `Espaço de trabalho: ${CLIENT_A}` });
    await switcher.click();
    const panel = page.locator('#switcher-panel');
    await panel.getByRole('link', { name: startsWith(CLIENT_A) }).waitFor();
    expect(await panel.getByRole('link', { name: startsWith(CLIENT_A) }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'consultant-switcher');
    await panel.getByRole('link', { name: startsWith(CLIENT_B) }).click();
    await heading(CLIENT_B).waitFor();
    await page.getByRole('button', { name: `Espaço de trabalho: ${CLIENT_B}` }).waitFor();
    await page.getByRole('link', { name: TEAM_B, exact: true }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    for (const other of [CLIENT_A, TEAM, TITLE, FREE_TEXT]) expect(main).not.toContain(other);
    await checkWidths('other-client');
    // The first client's assessment, asked for under the second client's workspace: not found.
    const workspaceB = new URL(page.url()).pathname.split('/')[2];
    const assessmentId = assessmentPath.split('/')[4];
    await page.goto(`/workspaces/${workspaceB}/assessments/${assessmentId}`);
    await page.getByRole('alert').waitFor();
    expect(await heading(TITLE).count()).toBe(0);
  });
});
