/* eslint-disable no-console -- a measuring script reports what it measured */
/**
 * Lighthouse 12.2.3 (mobile, its default) on the production build: the sign-in page, the
 * questionnaire and an individual result, each RUNS times (default 3; performance moves with the
 * machine's load), printing every run's four scores, the spread and the metrics behind performance.
 *
 *   pnpm start                                  # in another shell (or any running Assay)
 *   pnpm --filter @assay/web lighthouse         # BASE_URL (default http://localhost:3000), RUNS, PAGES
 *
 * Over HTTPS and HTTP/2 (the app started with TLS_CERT_FILE and TLS_KEY_FILE): BASE_URL=https://…,
 * and with a self-signed certificate NODE_TLS_REJECT_UNAUTHORIZED=0 (Chromium then ignores
 * certificate errors too).
 *
 * It seeds what the signed-in pages need through the HTTP API (an account, a workspace, a team,
 * an open assessment with a draft response, and a submitted one) and, before each signed-in run,
 * signs in again: the page resumes its session from the refresh cookie (`POST /auth/session`
 * rotates it), handed to Lighthouse as a `Cookie` header with `--extra-headers`, so every run
 * presents a cookie that was never used. Lighthouse comes through `npx lighthouse@12.2.3` and
 * drives `CHROME_PATH` (default /usr/bin/chromium) with `--headless --no-sandbox --disable-gpu`.
 * JSON reports go to `LIGHTHOUSE_OUT` (default a temporary folder). Not part of `pnpm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { amorim2023v2, visibleQuestions, type Answer, type Question } from '@assay/domain';

const baseUrl = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const runs = Number(process.env.RUNS ?? 3);
const out = process.env.LIGHTHOUSE_OUT ?? mkdtempSync(join(tmpdir(), 'assay-lighthouse-'));
mkdirSync(out, { recursive: true });
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// An HTTPS origin with a certificate of its own making (TLS_CERT_FILE, e.g. from openssl): node's
// fetch is told to accept it with NODE_TLS_REJECT_UNAUTHORIZED=0, and then Chromium is too.
const insecureTls = baseUrl.startsWith('https:') && process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
const password = 'lighthouse measures the pages';
const email = `lighthouse-${Date.now()}@example.com`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<{ body: T; cookie: string | null }> {
  const send = () =>
    fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  // A kept-alive connection the server closed while Lighthouse ran fails once: send again.
  const response = await send().catch(send);
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  const cookie = response.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  return { body: (text ? JSON.parse(text) : undefined) as T, cookie: cookie || null };
}

/** The first option of every question, every frequency item "sometimes", practices "manual" (as the journeys answer). */
function anAnswer(question: Question): Answer {
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

function completeAnswers(): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  // Visibility depends on earlier answers: add answers until no new question shows.
  for (let added = true; added; ) {
    added = false;
    for (const question of visibleQuestions(amorim2023v2, answers)) {
      if (question.id in answers) continue;
      answers[question.id] = anAnswer(question);
      added = true;
    }
  }
  return answers;
}

async function seed(): Promise<{ questionnaire: string; result: string }> {
  const { body: account } = await call<{ accessToken: string }>('POST', '/auth/sign-up', null, { email, password, name: 'Lighthouse' });
  const token = account.accessToken;
  const { body: workspace } = await call<{ id: string }>('POST', '/workspaces', token, { name: 'Lighthouse workspace' });
  const { body: team } = await call<{ id: string }>('POST', `/workspaces/${workspace.id}/teams`, token, { name: 'Lighthouse team' });
  const open = async (title: string): Promise<string> => {
    const { body: assessment } = await call<{ id: string }>('POST', `/workspaces/${workspace.id}/teams/${team.id}/assessments`, token, { title });
    await call('POST', `/workspaces/${workspace.id}/assessments/${assessment.id}/open`, token);
    return `/workspaces/${workspace.id}/assessments/${assessment.id}`;
  };
  const draft = await open('Questionnaire');
  await call('POST', `${draft}/responses`, token);
  const answered = await open('Result');
  const { body: response } = await call<{ id: string }>('POST', `${answered}/responses`, token);
  await call('PATCH', `${answered}/responses/${response.id}`, token, { answers: completeAnswers() });
  await call('POST', `${answered}/responses/${response.id}/submit`, token);
  return { questionnaire: `${draft}/respond`, result: `${answered}/responses/${response.id}/result` };
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>;
  environment: { benchmarkIndex: number };
  runWarnings: string[];
}

async function lighthouse(name: string, path: string, signedIn: boolean, run: number): Promise<Report | null> {
  // Lighthouse sometimes fails to record a trace on a loaded machine (NO_NAVSTART): one more try.
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const headers = signedIn ? { Cookie: (await call('POST', '/auth/sign-in', null, { email, password })).cookie ?? '' } : null;
    const file = join(out, `${name}-${run}.json`);
    try {
      execFileSync(
        'npx',
        [
          '--yes',
          'lighthouse@12.2.3',
          `${baseUrl}${path}`,
          '--output=json',
          `--output-path=${file}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=--headless --no-sandbox --disable-gpu${insecureTls ? ' --ignore-certificate-errors' : ''}`,
          '--quiet',
          ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
        ],
        { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      return JSON.parse(readFileSync(file, 'utf8')) as Report;
    } catch (error) {
      console.log(`${name} #${run}: Lighthouse failed (attempt ${attempt}): ${(error as Error).message.split('\n')[0]?.slice(0, 120)}`);
    }
  }
  return null;
}

const score = (report: Report, category: string): number => Math.round((report.categories[category]?.score ?? 0) * 100);

/** Waits up to a minute for the app to answer `/ready` (it may have just been started). */
async function ready(): Promise<void> {
  for (let waited = 0; ; waited += 500) {
    const ok = await fetch(`${baseUrl}/ready`).then((response) => response.ok, () => false);
    if (ok) return;
    if (waited >= 60_000) throw new Error(`${baseUrl}/ready did not answer within a minute: start the app first (pnpm start)`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

await ready();
const paths = await seed();
const allPages: [string, string, boolean][] = [
  ['sign-in', '/sign-in', false],
  ['questionnaire', paths.questionnaire, true],
  ['result', paths.result, true],
];
// PAGES=result (or a comma-separated list) measures only those pages.
const only = process.env.PAGES?.split(',').map((name) => name.trim()).filter(Boolean);
const pages = only ? allPages.filter(([name]) => only.includes(name)) : allPages;
if (only?.some((name) => !allPages.some(([known]) => known === name))) throw new Error(`PAGES names ${only.join(', ')}; the pages are ${allPages.map(([name]) => name).join(', ')}`);
console.log(`Lighthouse 12.2.3, mobile, ${runs} runs a page, ${baseUrl} (reports in ${out}); seeded ${email}: ${paths.questionnaire}, ${paths.result}`);
for (const [name, path, signedIn] of pages) {
  const reports: Report[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const report = await lighthouse(name, path, signedIn, run);
    if (!report) continue;
    reports.push(report);
    const metrics = METRICS.map((id) => `${id.split('-').map((word) => word[0]).join('').toUpperCase()} ${report.audits[id]?.displayValue ?? '?'}`).join(', ');
    console.log(`${name} #${run}: ${CATEGORIES.map((c) => `${c} ${score(report, c)}`).join(' / ')}  (${metrics}; benchmarkIndex ${report.environment.benchmarkIndex})`);
    // What cost points outside performance's metrics: every failing scored audit.
    const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric') && !(METRICS as readonly string[]).includes(a.id));
    if (failing.length > 0) console.log(`  below full marks: ${failing.map((a) => `${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ')}`);
    for (const warning of report.runWarnings) console.log(`  warning: ${warning.slice(0, 160)}`);
  }
  if (reports.length === 0) continue;
  const spread = CATEGORIES.map((c) => {
    const values = reports.map((report) => score(report, c));
    return `${c} ${Math.min(...values)}–${Math.max(...values)}`;
  });
  console.log(`${name}: ${spread.join(' / ')}`);
}
