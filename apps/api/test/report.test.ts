// The PDF report of a team result: drawn on the server in the reader's language, read back with
// poppler's pdftotext (Debian's poppler-utils; `.ci/run` installs it when missing) so the
// assertions are on the text a reader sees, accents included. Same access and anonymity
// threshold as the team result; recorded like the other downloads.
import { execFileSync, spawnSync } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2, mapAnswers } from '@assay/domain';
import { assessmentResults } from '../src/db/schema/index.ts';
import { localeOfAcceptLanguage } from '../src/modules/results/results.routes.ts';
import engineOne from './engine-1-results.fixture.json' with { type: 'json' };
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
if (!HAS_PDFTOTEXT) {
  console.warn('report.test: pdftotext (Debian poppler-utils) is not installed: the report text checks are SKIPPED; `bash .ci/run` installs it.');
}

let t: TestApp;
let owner: Session;
let ws: string;
let team: string;
let base: string;
let assessmentId: string;
const dir = mkdtempSync(join(tmpdir(), 'assay-report-'));

const CLIENT = 'Indústria Ação Ltda';
const TEAM = 'Ciência de Dados — São Paulo';
const WISH = 'Queremos implantação contínua e não só manual.';

/** The report's text as pdftotext reads it, lines joined by spaces (a heading may wrap). */
function textOf(pdf: Buffer, name: string): string {
  return rawTextOf(pdf, name).replace(/\s+/g, ' ');
}

function rawTextOf(pdf: Buffer, name: string): string {
  const file = join(process.env.REPORT_PDF_DIR ?? dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Pages as pdftotext separates them (form feeds). */
function pagesOf(text: string): number {
  return text.split('\f').filter((page) => page.trim() !== '').length;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Olga Owner');
  ws = await createWorkspace(t.app, owner, CLIENT);
  team = await createTeam(t.app, owner, ws, TEAM);
  ({ assessmentId, base } = await createAssessment(t.app, owner, ws, team));
  await respond(t.app, owner, base, { ...LEVEL_3, mlops_help: WISH });
  await respond(t.app, await addMember(t.app, owner, ws, 'assessor'), base, { ...LEVEL_4, mlops_help: 'Monitoring with alerts.' });
  await respond(t.app, await addMember(t.app, owner, ws, 'admin'), base, LEVEL_1);
  expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
});

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const report = (session: Session | null, query = '', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `${base}/result/report${query}`, headers: { ...(session ? { authorization: `Bearer ${session.token}` } : {}), ...headers } });

describe('the PDF report', () => {
  it('is a PDF download named after the assessment and language', async () => {
    const response = await report(owner, '?lang=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="assay-[a-z0-9-]+-en\.pdf"$/);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // DejaVu Sans is embedded (as a subset), not a base-14 font without Portuguese glyph coverage.
    expect(response.rawPayload.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
  });

  it.skipIf(!HAS_PDFTOTEXT)('in English: cover, summary, roadmap, chart, comparisons with base and source, disagreements, free text, appendix', async () => {
    const response = await report(owner, '?lang=en');
    const raw = rawTextOf(response.rawPayload, 'en');
    const text = raw.replace(/\s+/g, ' ');
    for (const expected of [
      'MLOps maturity report',
      CLIENT,
      TEAM,
      'Client',
      'Respondents',
      '3 submitted responses (a team result needs at least 3)',
      'Executive summary',
      'Why this level',
      'Next steps',
      'Roadmap',
      'Step 1',
      'What to do',
      'Scores by dimension',
      'Compared with the paper’s respondents',
      'Base: 66',
      'Source: Amorim et al. (2023), §',
      'Where respondents disagree',
      'In their own words',
      WISH,
      'Monitoring with alerts.',
      'Appendix: the team’s answers',
      'Page 2 of',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Options in words, never ids: the team's runtime answer is "cloud" → its label.
    expect(text).not.toMatch(/\bnone_yet\b|\bdont_know\b/);
    expect(pagesOf(raw)).toBeGreaterThanOrEqual(8);
  });

  it.skipIf(!HAS_PDFTOTEXT)('in Brazilian Portuguese, accents intact, by `lang` or by Accept-Language', async () => {
    const byLang = textOf((await report(owner, '?lang=pt-BR')).rawPayload, 'pt-BR');
    const byHeader = textOf((await report(owner, '', { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' })).rawPayload, 'pt-BR-header');
    for (const text of [byLang, byHeader]) {
      for (const expected of [
        'Relatório de maturidade em MLOps',
        CLIENT,
        TEAM,
        'Avaliação',
        'Resumo executivo',
        'Por que este nível',
        'Roteiro',
        'Pontuação por dimensão',
        'Comparação com os participantes do artigo',
        'Fonte: Amorim et al. (2023), §',
        'Onde os respondentes discordam',
        'Nas palavras deles',
        WISH,
        'Apêndice: as respostas do time',
        'não',
        'Página 2 de',
      ]) {
        expect(text, expected).toContain(expected);
      }
      expect(text).not.toContain('Executive summary');
    }
    // English when the header names neither language.
    expect(textOf((await report(owner, '', { 'accept-language': 'de-DE' })).rawPayload, 'de')).toContain('Executive summary');
  });

  it('refuses a language it is not written in, saying which it is', async () => {
    const response = await report(owner, '?lang=fr');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('lang must be \\"en\\" or \\"pt-BR\\"');
    expect((await report(owner, '?format=pdf')).statusCode).toBe(400);
  });

  it('is recorded in the audit log like the other downloads', async () => {
    await report(owner, '?lang=pt-BR');
    const audit = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/audit?limit=200`)).json().items;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'results.exported', target: { type: 'assessment', id: assessmentId }, details: { format: 'pdf', lang: 'pt-BR' } }));
  });
});

describe('who may read it', () => {
  it('the team result’s readers; not another workspace, not a member of another team, not anonymous', async () => {
    expect((await report(await addMember(t.app, owner, ws, 'viewer'), '?lang=en')).statusCode).toBe(200);
    const otherTeam = await createTeam(t.app, owner, ws, 'Other team');
    const outsider = await addMember(t.app, owner, ws, 'member', otherTeam);
    const refused = await report(outsider, '?lang=en');
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toMatch(/application\/json/);
    const stranger = await signUp(t.app, 'Stranger');
    await createWorkspace(t.app, stranger, 'Another client');
    expect((await report(stranger, '?lang=en')).statusCode).toBe(404);
    expect((await report(null, '?lang=en')).statusCode).toBe(401);
  });

  it('below the anonymity threshold: "not enough responses", exactly as the JSON and CSV exports', async () => {
    const small = await createAssessment(t.app, owner, ws, team);
    await respond(t.app, owner, small.base, { ...LEVEL_3, mlops_help: 'A secret wish' });
    await respond(t.app, await addMember(t.app, owner, ws, 'assessor'), small.base, LEVEL_4);
    expect((await call(t.app, owner, 'POST', `${small.base}/close`)).statusCode).toBe(200);
    const csv = await call(t.app, owner, 'GET', `${small.base}/result/export?format=csv`);
    const pdf = await call(t.app, owner, 'GET', `${small.base}/result/report?lang=pt-BR`);
    expect(pdf.statusCode).toBe(409);
    expect(pdf.statusCode).toBe(csv.statusCode);
    expect(pdf.json().error.reason).toBe('result_withheld');
    expect(pdf.json().error.reason).toBe(csv.json().error.reason);
    expect(pdf.body).not.toContain('A secret wish');
  });
});

describe('results of every kind', () => {
  /** One respondent's answers, closed in a workspace with k = 1; the report's text in `lang`. */
  async function reportOf(answers: Record<string, unknown>, lang: 'en' | 'pt-BR', questionnaireId?: string, engine1 = false): Promise<string> {
    const lead = await signUp(t.app, 'Lia Lead');
    const workspace = await createWorkspace(t.app, lead, 'Solo', 1);
    const teamId = await createTeam(t.app, lead, workspace, 'Solo team');
    const created = await call(t.app, lead, 'POST', `/api/v1/workspaces/${workspace}/teams/${teamId}/assessments`, questionnaireId ? { questionnaireId } : {});
    const id: string = created.json().id;
    const path = `/api/v1/workspaces/${workspace}/assessments/${id}`;
    expect((await call(t.app, lead, 'POST', `${path}/open`)).statusCode).toBe(200);
    await respond(t.app, lead, path, answers);
    expect((await call(t.app, lead, 'POST', `${path}/close`)).statusCode).toBe(200);
    if (engine1) {
      await t.database.db
        .update(assessmentResults)
        .set({ result: engineOne.team as never, engineVersion: '1.0.0', level: engineOne.team.level, levelMax: engineOne.team.confidence.max, respondents: engineOne.team.respondents })
        .where(and(eq(assessmentResults.workspaceId, workspace), eq(assessmentResults.assessmentId, id)));
    }
    const response = await call(t.app, lead, 'GET', `${path}/result/report?lang=${lang}`);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    return HAS_PDFTOTEXT ? textOf(response.rawPayload, `${lang}-${Math.random()}`) : '';
  }

  it.skipIf(!HAS_PDFTOTEXT)('level 4 held back: the cap, its automation and missing foundation', async () => {
    const text = await reportOf({ ...LEVEL_4, training_pipeline: 'absent' }, 'pt-BR');
    expect(text).toContain('Nível 4 retido');
    expect(text).toContain('respondida como “automatizada”');
  });

  it.skipIf(!HAS_PDFTOTEXT)('a result stored by engine 1, as it was computed: no roadmap, and it says why', async () => {
    const answers = mapAnswers(amorim2023v2, amorim2023v1, LEVEL_3) ?? {};
    const text = await reportOf(answers, 'en', 'amorim-2023@1', true);
    expect(text).toContain('computed by scoring engine 1.0.0, which made no roadmap');
    expect(text).toContain('Scores by dimension');
    expect(text).toContain('Appendix: the team’s answers');
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT,en;q=0.8', 'pt-BR'],
    ['en-US,pt-BR;q=0.9', 'en'],
    ['de-DE,pt-BR;q=0.7,en;q=0.5', 'pt-BR'],
    ['en;q=0.4,pt-BR;q=0.8', 'pt-BR'],
    ['pt-BR;q=0,en', 'en'],
    ['fr', 'en'],
  ] as const)('%j → %s', (header, expected) => {
    expect(localeOfAcceptLanguage(header)).toBe(expected);
  });
});
