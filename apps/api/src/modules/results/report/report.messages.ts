import type { Locale } from '@assay/domain';
import { resultWordsEn } from '@assay/domain/words/result.en';
import { resultWordsPtBR } from '@assay/domain/words/result.pt-BR';
import { roadmapWordsEn } from '@assay/domain/words/roadmap.en';
import { roadmapWordsPtBR } from '@assay/domain/words/roadmap.pt-BR';
import { stateWordsEn } from '@assay/domain/words/states.en';
import { stateWordsPtBR } from '@assay/domain/words/states.pt-BR';

/**
 * The PDF report's strings. Most are the web app's own wording for the same things, spread in from
 * the lists both use (`@assay/domain/words/*`: the web catalogues `apps/web/src/lib/i18n/messages*.ts`
 * spread the same ones), so paper and screen say the same; the rest are the report's own (cover, contents, appendix, page footer), written for paper:
 * nothing to open or click. `reportPtBR` must have every key (checked by its type). Keys ending in
 * `.one` / `.other` are chosen by `Intl.PluralRules`.
 */
export const reportEn = {
  // The words the web app says too: one list each in @assay/domain, so screen and paper cannot drift.
  ...resultWordsEn,
  ...roadmapWordsEn,
  ...stateWordsEn,
  'report.kind': 'MLOps maturity report',
  'report.subject': 'MLOps maturity self-assessment: team result',
  'cover.client': 'Client',
  'cover.team': 'Team',
  'cover.assessment': 'Assessment',
  'cover.dates': 'Dates',
  'cover.datesValue': 'opened {opened}, closed {closed}',
  'cover.respondents': 'Respondents',
  'cover.respondents.one': '{count} submitted response (a team result needs at least {minimum})',
  'cover.respondents.other': '{count} submitted responses (a team result needs at least {minimum})',
  'cover.generated': 'Generated {date} by Assay.',
  'cover.source':
    'The questionnaire, the maturity levels and the comparisons come from Amorim, Souza, Costa and Souza, “An investigation of challenges in the machine learning lifecycle and the importance of MLOps: A survey” (Computer on the Beach 2023; 66 Brazilian data-science professionals).',
  'cover.anonymity': 'Answers are shown aggregated and without names; free-text answers are listed without names, in random order.',
  'summary.heading': 'Executive summary',
  'result.topLevel': 'The team is at the highest level the paper defines. Keep the practices that got it there.',
  'roadmap.lead':
    'Every practice below the state it should reach, in the order the work can be done: a step comes after the steps it rests on. Steps are numbered in the order of the whole plan and grouped by stage.',
  'roadmap.legacy': 'This result was computed by scoring engine {version}, which made no roadmap. An owner or admin can recompute it with the current engine.',
  'result.dimensionsNote': 'From 0 to 100. They describe where the team stands; they never decide the level (gates do).',
  'compare.lead':
    'Each answer of the team that the paper reports on, beside the paper’s count for it: the count out of its base, the share computed from them, and the source. “Derived” marks a count the paper does not print (obtained by subtraction of counts it reports); “not reported”, a category the paper shows without a count: nothing is estimated.',
  'compare.paper': 'In the paper: {categories}.',
  'compare.category': '{label}: {count} of {base} ({percent})',
  'compare.categoryNotReported': '{label}: not reported',
  'compare.derived': 'derived',
  'compare.base': 'Base: {base} ({who}).',
  'compare.source': 'Source: {source}.',
  'compare.uncounted': 'Answers the paper shows without a count',
  'compare.uncountedLead': 'The paper shows or mentions these answers’ categories without giving how many chose them (not reported): no share is shown and none is estimated.',
  'compare.unplaced': 'Not placed against the paper',
  'disagreements.lead': 'The questions that decide the level on which respondents answered differently, with how many gave each answer.',
  'disagreements.legacyLead': 'The questions on which respondents answered differently, largest disagreement first, with how many gave each answer.',
  'disagreements.noneDeciding': 'Respondents gave the same answers to every question that decides the level.',
  'disagreements.others.one': '{count} other question where respondents disagree is in the appendix, with its answers.',
  'disagreements.others.other': '{count} other questions where respondents disagree are in the appendix, with their answers.',
  'appendix.heading': 'Appendix: the team’s answers',
  'appendix.lead':
    'Every question, with the team’s answer aggregated from the submitted responses (practice states, frequencies and numbers: the lower median; single choice: the answer given most; multiple choice: the options at least half chose) and, where respondents differ, how many gave each answer. Free-text answers are in “In their own words”.',
  'appendix.team': 'Team: {answer}',
  'appendix.noTeamAnswer': 'no answer reaches the team (none given, or no option chosen by half)',
  'appendix.given': 'Answers given: {answers}',
  'footer.page': 'Page {page} of {pages}',
} as const satisfies Readonly<Record<string, string>>;

export type ReportMessageKey = keyof typeof reportEn;

export const reportPtBR: Readonly<Record<ReportMessageKey, string>> = {
  // The same lists in pt-BR (each checked by its own type).
  ...resultWordsPtBR,
  ...roadmapWordsPtBR,
  ...stateWordsPtBR,
  'report.kind': 'Relatório de maturidade em MLOps',
  'report.subject': 'Autoavaliação de maturidade em MLOps: resultado do time',
  'cover.client': 'Cliente',
  'cover.team': 'Time',
  'cover.assessment': 'Avaliação',
  'cover.dates': 'Datas',
  'cover.datesValue': 'aberta em {opened}, encerrada em {closed}',
  'cover.respondents': 'Respondentes',
  'cover.respondents.one': '{count} resposta enviada (um resultado do time precisa de pelo menos {minimum})',
  'cover.respondents.other': '{count} respostas enviadas (um resultado do time precisa de pelo menos {minimum})',
  'cover.generated': 'Gerado em {date} pelo Assay.',
  'cover.source':
    'O questionário, os níveis de maturidade e as comparações vêm de Amorim, Souza, Costa e Souza, “An investigation of challenges in the machine learning lifecycle and the importance of MLOps: A survey” (Computer on the Beach 2023; 66 profissionais brasileiros de ciência de dados).',
  'cover.anonymity': 'As respostas aparecem agregadas e sem nomes; as respostas abertas são listadas sem nomes, em ordem aleatória.',
  'summary.heading': 'Resumo executivo',
  'result.topLevel': 'O time está no nível mais alto definido pelo artigo. Mantenha as práticas que o trouxeram até aqui.',
  'roadmap.lead':
    'Cada prática abaixo do estado que deveria alcançar, na ordem em que o trabalho pode ser feito: um passo vem depois dos passos em que se apoia. Os passos são numerados na ordem do plano inteiro e agrupados por etapa.',
  'roadmap.legacy': 'Este resultado foi calculado pelo motor de pontuação {version}, que não fazia roteiro. Um proprietário ou administrador pode recalculá-lo com o motor atual.',
  'result.dimensionsNote': 'De 0 a 100. Descrevem onde o time está; nunca decidem o nível (quem decide são os critérios).',
  'compare.lead':
    'Cada resposta do time sobre a qual o artigo informa, ao lado da contagem do artigo: a contagem sobre a sua base, a parcela calculada a partir delas e a fonte. “Derivado” marca uma contagem que o artigo não imprime (obtida por subtração de contagens que ele informa); “não informado”, uma categoria que o artigo mostra sem contagem: nada é estimado.',
  'compare.paper': 'No artigo: {categories}.',
  'compare.category': '{label}: {count} de {base} ({percent})',
  'compare.categoryNotReported': '{label}: não informado',
  'compare.derived': 'derivado',
  'compare.base': 'Base: {base} ({who}).',
  'compare.source': 'Fonte: {source}.',
  'compare.uncounted': 'Respostas que o artigo mostra sem contagem',
  'compare.uncountedLead': 'O artigo mostra ou cita as categorias destas respostas sem dizer quantos as escolheram (não informado): nenhuma parcela é mostrada e nenhuma é estimada.',
  'compare.unplaced': 'Não comparadas com o artigo',
  'disagreements.lead': 'As perguntas que decidem o nível em que os respondentes responderam de forma diferente, com quantos deram cada resposta.',
  'disagreements.legacyLead': 'As perguntas em que os respondentes responderam de forma diferente, da maior discordância para a menor, com quantos deram cada resposta.',
  'disagreements.noneDeciding': 'Os respondentes deram as mesmas respostas a todas as perguntas que decidem o nível.',
  'disagreements.others.one': 'Mais {count} pergunta com discordância está no apêndice, com as suas respostas.',
  'disagreements.others.other': 'Mais {count} perguntas com discordância estão no apêndice, com as suas respostas.',
  'appendix.heading': 'Apêndice: as respostas do time',
  'appendix.lead':
    'Cada pergunta, com a resposta do time agregada das respostas enviadas (estados de prática, frequências e números: a mediana inferior; escolha única: a resposta mais dada; múltipla escolha: as opções escolhidas por pelo menos metade) e, onde os respondentes diferem, quantos deram cada resposta. As respostas abertas estão em “Nas palavras deles”.',
  'appendix.team': 'Time: {answer}',
  'appendix.noTeamAnswer': 'nenhuma resposta chega ao time (nenhuma dada, ou nenhuma opção escolhida por metade)',
  'appendix.given': 'Respostas dadas: {answers}',
  'footer.page': 'Página {page} de {pages}',
};

/** Plural keys without their `.one` / `.other` ending. */
type PluralBase<K> = K extends `${infer B}.other` ? B : never;
export type ReportPluralKey = PluralBase<ReportMessageKey>;

export type Vars = Readonly<Record<string, string | number>>;

export interface ReportWords {
  readonly locale: Locale;
  t(key: ReportMessageKey, vars?: Vars): string;
  plural(key: ReportPluralKey, count: number, vars?: Vars): string;
  percent(value: number): string;
  date(at: Date | string, timeZone: string): string;
}

/** The report's strings, numbers and dates in one language. */
export function reportWords(locale: Locale): ReportWords {
  const catalog: Readonly<Record<ReportMessageKey, string>> = locale === 'pt-BR' ? reportPtBR : reportEn;
  const rules = new Intl.PluralRules(locale);
  const fill = (template: string, vars: Vars = {}): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    locale,
    t: (key, vars) => fill(catalog[key], vars),
    plural: (key, count, vars = {}) => {
      const form = rules.select(count) === 'one' ? 'one' : 'other';
      return fill(catalog[`${key}.${form}` as ReportMessageKey], { count, ...vars });
    },
    percent: (value) => percentFormat.format(value / 100),
    date: (at, timeZone) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(at)),
  };
}
