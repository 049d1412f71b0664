import type { LocalizedText } from '../i18n.ts';
import { DONT_KNOW, type Answers, type Questionnaire } from '../questionnaire/types.ts';
import { viewOf } from '../questionnaire/visibility.ts';
import type { GateEvaluation, GateStatus, Level } from './types.ts';
import type { WorkStep } from './practices.ts';
import type { ShareReference } from './practice-model.ts';
import { readMultiple, readPractice, readSingle, scoringIndexOf } from './scoring-index.ts';
import { factsOf, type Facts, type Missing } from './facts.ts';

/**
 * How "don't know" counts towards the level:
 * - pessimistic: as absent / no (the reported level, `Confidence.min`);
 * - optimistic: as present / automated / yes (the upper bound, `Confidence.max`).
 */
export type GateMode = 'pessimistic' | 'optimistic';

/** A gate of the paper's levels (README "Levels and gates"), as data. */
export interface GateDefinition {
  readonly id: string;
  readonly level: Exclude<Level, 1>;
  readonly title: LocalizedText;
  readonly requirement: LocalizedText;
  /** The MLOps practice that gets a team through. */
  readonly practice: LocalizedText;
  /** Where the gate's work sits in the work order (gaps are ordered by it). */
  readonly step: WorkStep;
  /** The questions that decide the gate, in the order they are quoted as evidence. */
  readonly questions: readonly string[];
  /** How the explanation says the gate is not met, by status. */
  readonly unmet: Readonly<Record<Exclude<GateStatus, 'passed'>, LocalizedText>>;
  /** The paper's count cited beside the gate's blocker, with how it relates to the gate. */
  readonly prevalence: ShareReference | null;
  /** Four-valued (see GateStatus). */
  readonly evaluate: (input: GateInput) => GateStatus;
}

// Four-valued logic over answers. A definite answer decides; "don't know" (or a question not asked
// because of one) is unknown; a missing answer fails when the question does not apply (hidden by a
// definite answer) and is unanswered otherwise.

/** What a gate reads: the facts' answers and why an answer is missing. */
export interface GateInput {
  readonly answers: Answers;
  missing(questionId: string): Missing;
}

function absentStatus(input: GateInput, id: string): GateStatus {
  return input.missing(id) === 'not_applicable' ? 'failed' : 'unanswered';
}

function singleIn(input: GateInput, id: string, passing: readonly string[]): GateStatus {
  const value = readSingle(input.answers, id);
  if (value === undefined) return absentStatus(input, id);
  if (value === DONT_KNOW) return 'unknown';
  return passing.includes(value) ? 'passed' : 'failed';
}

function multipleIncludes(input: GateInput, id: string, passing: readonly string[]): GateStatus {
  const value = readMultiple(input.answers, id);
  if (value === undefined) return absentStatus(input, id);
  if (value === DONT_KNOW) return 'unknown';
  return value.some((option) => passing.includes(option)) ? 'passed' : 'failed';
}

function practiceAutomated(input: GateInput, id: string): GateStatus {
  const value = readPractice(input.answers, id);
  if (value === undefined) return absentStatus(input, id);
  if (value === DONT_KNOW) return 'unknown';
  return value === 'automated' ? 'passed' : 'failed';
}

const STATUS_WEIGHT: Readonly<Record<GateStatus, number>> = { passed: 0, unknown: 1, unanswered: 2, failed: 3 };

/** Kleene-style conjunction: a definite failure fails; else a missing answer; else an unknown. */
function allOf(...statuses: GateStatus[]): GateStatus {
  let worst: GateStatus = 'passed';
  for (const status of statuses) if (STATUS_WEIGHT[status] > STATUS_WEIGHT[worst]) worst = status;
  return worst;
}

/** A related measure of the paper, cited beside a gate's blocker. */
const share = (seriesId: string, categoryId: string, en: string, pt: string): ShareReference => ({
  seriesId,
  categoryId,
  relation: 'related',
  measure: { en, 'pt-BR': pt },
});

/**
 * The gates of levels 2–4 (paper 5.1, Fig. 2: "Nível 2: as áreas de negócio já consomem os
 * modelos…", "Nível 3: … em ambiente produtivo em nuvem, com consumos via API ou Batch…",
 * "Nível 4: … monitoramento, implantação e retreino automatizados"). On-premises servers count as
 * production like the paper's cloud (PRODUCT.md). In level order, then the order of the README.
 */
export const GATES: readonly GateDefinition[] = Object.freeze([
  {
    id: 'l2.business_consumption',
    level: 2,
    title: { en: "The business consumes the models' outputs", 'pt-BR': 'As áreas de negócio consomem os modelos' },
    requirement: {
      en: "Business areas use the models' outputs in their work, not only in a pilot.",
      'pt-BR': 'As áreas de negócio usam os resultados dos modelos no seu trabalho, não só em um piloto.',
    },
    practice: {
      en: "Put one model's output into a business process, with an owner on the business side and an agreed measure of its value",
      'pt-BR':
        'Colocar o resultado de um modelo em um processo de negócio, com um responsável na área de negócio e uma medida de valor combinada',
    },
    step: 'business_value',
    questions: ['business_consumption'],
    unmet: {
      failed: { en: "the business does not yet consume the models' outputs", 'pt-BR': 'as áreas de negócio ainda não consomem os resultados dos modelos' },
      unanswered: { en: "nobody has said whether the business consumes the models' outputs", 'pt-BR': 'ninguém respondeu se as áreas de negócio consomem os resultados dos modelos' },
      unknown: {
        en: "it is not known whether the business consumes the models' outputs",
        'pt-BR': 'não se sabe se as áreas de negócio consomem os resultados dos modelos',
      },
    },
    // Level 1 is "first models, no value for the business yet": the same problem.
    prevalence: share('maturity_level', 'level_1', 'respondents whose company is at level 1: first models, no value for the business yet', 'participantes cuja empresa está no nível 1: primeiros modelos, ainda sem gerar valor para o negócio'),
    evaluate: (input) => singleIn(input, 'business_consumption', ['yes']),
  },
  {
    id: 'l3.production_runtime',
    level: 3,
    title: { en: 'Models run in production', 'pt-BR': 'Os modelos executam em ambiente produtivo' },
    requirement: {
      en: "Models run on production servers, in the cloud or on the company's own servers (on-premises), not on notebooks or laptops.",
      'pt-BR':
        'Os modelos executam em servidores de produção, em nuvem ou nos servidores da própria empresa (on-premises), e não em notebooks ou computadores pessoais.',
    },
    practice: {
      en: 'Package each model with its dependencies (e.g. in a container) and run it on production infrastructure, cloud or on-premises',
      'pt-BR':
        'Empacotar cada modelo com suas dependências (por exemplo, em um contêiner) e executá-lo em infraestrutura de produção, em nuvem ou on-premises',
    },
    step: 'production_serving',
    questions: ['model_runtime'],
    unmet: {
      failed: { en: 'models do not run on production servers', 'pt-BR': 'os modelos não executam em servidores de produção' },
      unanswered: { en: 'nobody has said where the models run', 'pt-BR': 'ninguém respondeu onde os modelos executam' },
      unknown: { en: 'it is not known where the models run', 'pt-BR': 'não se sabe onde os modelos executam' },
    },
    // The 9 of 66 whose companies do not deploy models to production (5.4).
    prevalence: share('deploys_models', 'no', 'respondents whose company does not deploy models to production', 'participantes cuja empresa não implanta modelos em produção'),
    evaluate: (input) => singleIn(input, 'model_runtime', ['on_premises', 'cloud']),
  },
  {
    id: 'l3.serving',
    level: 3,
    title: { en: 'Models are served by API or batch', 'pt-BR': 'Os modelos são consumidos via API ou batch' },
    requirement: {
      en: 'Models in production are consumed through an API or batch processing.',
      'pt-BR': 'Os modelos em produção são consumidos por meio de uma API ou de processamento em lote (batch).',
    },
    practice: {
      en: 'Expose each model through a versioned prediction API or a scheduled batch scoring job that business systems read from',
      'pt-BR':
        'Disponibilizar cada modelo por uma API de predição versionada ou por um job agendado de predição em lote (batch) lido pelos sistemas de negócio',
    },
    step: 'production_serving',
    questions: ['deploys_models', 'model_consumption'],
    unmet: {
      failed: { en: 'models are not served by API or batch', 'pt-BR': 'os modelos não são consumidos via API ou batch' },
      unanswered: { en: 'nobody has said how the models are consumed', 'pt-BR': 'ninguém respondeu como os modelos são consumidos' },
      unknown: { en: 'it is not known how the models are consumed', 'pt-BR': 'não se sabe como os modelos são consumidos' },
    },
    // The paper counts API (27/57) and batch (8/57) but not the teams with neither.
    prevalence: null,
    evaluate: (input) => multipleIncludes(input, 'model_consumption', ['api', 'batch']),
  },
  {
    id: 'l4.automated_deployment',
    level: 4,
    title: { en: 'Deployment is automated', 'pt-BR': 'A implantação é automatizada' },
    requirement: {
      en: 'New model versions reach production through an automated deployment, with no manual steps.',
      'pt-BR': 'Novas versões dos modelos chegam à produção por uma implantação automatizada, sem passos manuais.',
    },
    practice: {
      en: 'Continuous delivery for models: a pipeline that tests, packages and deploys a registered model version, with rollback',
      'pt-BR': 'Entrega contínua de modelos: um pipeline que testa, empacota e implanta uma versão registrada do modelo, com rollback',
    },
    step: 'automated_deployment',
    questions: ['deployment'],
    unmet: {
      failed: { en: 'deployment is not automated', 'pt-BR': 'a implantação não é automatizada' },
      unanswered: { en: 'nobody has said whether deployment is automated', 'pt-BR': 'ninguém respondeu se a implantação é automatizada' },
      unknown: { en: 'it is not known whether deployment is automated', 'pt-BR': 'não se sabe se a implantação é automatizada' },
    },
    // Level 3 is "models in production, but still without automated processes" (5.1, 6).
    prevalence: share('maturity_level', 'level_3', 'respondents whose company is at level 3: models in production, without automated processes', 'participantes cuja empresa está no nível 3: modelos em produção, sem processos automatizados'),
    evaluate: (input) => practiceAutomated(input, 'deployment'),
  },
  {
    id: 'l4.automated_monitoring',
    level: 4,
    title: { en: 'Monitoring is automated, with alerts', 'pt-BR': 'O monitoramento é automatizado, com alertas' },
    requirement: {
      en: "The models' metrics in production are monitored automatically, and alerts reach the team when they degrade.",
      'pt-BR': 'As métricas dos modelos em produção são monitoradas automaticamente, e alertas chegam ao time quando elas pioram.',
    },
    practice: {
      en: 'Automated model monitoring: log predictions and outcomes, compute model metrics and drift on a schedule, and alert the owning team',
      'pt-BR':
        'Monitoramento automatizado de modelos: registrar predições e resultados, calcular métricas e drift periodicamente e alertar o time responsável',
    },
    step: 'monitoring',
    questions: ['model_monitoring', 'alerting'],
    unmet: {
      failed: { en: 'model monitoring with alerts is not automated', 'pt-BR': 'o monitoramento dos modelos com alertas não é automatizado' },
      unanswered: { en: 'nobody has said whether model monitoring and alerts are automated', 'pt-BR': 'ninguém respondeu se o monitoramento dos modelos e os alertas são automatizados' },
      unknown: {
        en: 'it is not known whether model monitoring and alerts are automated',
        'pt-BR': 'não se sabe se o monitoramento dos modelos e os alertas são automatizados',
      },
    },
    // 25 of the 57 who deploy have low or no visibility of model metrics in production (5.4).
    prevalence: share('deployment_difficulties', 'low_model_metrics_visibility', 'respondents who deploy models and have low or no visibility of model metrics in production', 'participantes que implantam modelos e têm baixa ou nenhuma visibilidade das métricas dos modelos em produção'),
    evaluate: (input) => allOf(practiceAutomated(input, 'model_monitoring'), practiceAutomated(input, 'alerting')),
  },
  {
    id: 'l4.automated_retraining',
    level: 4,
    title: { en: 'Retraining is automated', 'pt-BR': 'O retreino é automatizado' },
    requirement: {
      en: 'Models are retrained, validated and promoted by an automated pipeline (continuous training).',
      'pt-BR': 'Os modelos são retreinados, validados e promovidos por um pipeline automatizado (treinamento contínuo).',
    },
    practice: {
      en: 'Continuous training: a training pipeline triggered on a schedule or by monitored drift, which validates the new model before promoting it',
      'pt-BR':
        'Treinamento contínuo: um pipeline de treino disparado periodicamente ou por drift monitorado, que valida o novo modelo antes de promovê-lo',
    },
    step: 'automated_retraining',
    questions: ['retraining'],
    unmet: {
      failed: { en: 'retraining is not automated', 'pt-BR': 'o retreino não é automatizado' },
      unanswered: { en: 'nobody has said whether retraining is automated', 'pt-BR': 'ninguém respondeu se o retreino é automatizado' },
      unknown: { en: 'it is not known whether retraining is automated', 'pt-BR': 'não se sabe se o retreino é automatizado' },
    },
    // Fig. 9 names retraining complexity; the benchmark records whether the text gives its count.
    prevalence: share('deployment_difficulties', 'retraining_complexity', 'respondents who deploy models and name retraining complexity as a difficulty', 'participantes que implantam modelos e apontam a complexidade do retreino como dificuldade'),
    evaluate: (input) => practiceAutomated(input, 'retraining'),
  },
] satisfies GateDefinition[]);

/** Evaluates every gate on answers from which hidden questions are already pruned. */
export function evaluateGateList(facts: Facts): GateEvaluation[] {
  return GATES.map((gate) => ({
    id: gate.id,
    level: gate.level,
    title: gate.title,
    requirement: gate.requirement,
    status: gate.evaluate(facts),
    evidence: gate.questions.map((questionId) => facts.evidence(questionId)),
    practice: gate.practice,
  }));
}

/** Whether a gate counts as passed for the level in this mode. */
export function gatePasses(status: GateStatus, mode: GateMode): boolean {
  return status === 'passed' || (mode === 'optimistic' && status === 'unknown');
}

/**
 * The highest level L such that every gate of levels 2..L passes in this mode; 1 when a level-2
 * gate does not pass. A gate of a higher level passing never lifts a team over a lower one.
 */
export function levelFromGates(gates: readonly GateEvaluation[], mode: GateMode): Level {
  let level: Level = 1;
  for (const candidate of [2, 3, 4] as const) {
    if (!gates.every((gate) => gate.level !== candidate || gatePasses(gate.status, mode))) break;
    level = candidate;
  }
  return level;
}

export interface GateReport {
  /** Every gate of levels 2–4, in order. Status does not depend on the mode. */
  readonly gates: readonly GateEvaluation[];
  readonly level: Level;
}

/**
 * Evaluates the level gates of a response (paper 5.1, Fig. 2; README "Levels and gates").
 *
 * A gate is `passed`, `failed` (a definite answer fails it, or its question is unanswered or
 * hidden), or `unknown` (only "don't know" answers stand between the team and the gate). The mode
 * decides how `unknown` counts towards `level`: it fails in `pessimistic` mode and passes in
 * `optimistic` mode. Level 1 needs no gate. Hidden questions' answers are ignored.
 *
 * @throws Error when the questionnaire lacks a question the gates read (programmer error).
 */
export function evaluateGates(questionnaire: Questionnaire, answers: Answers, mode: GateMode): GateReport {
  scoringIndexOf(questionnaire);
  const gates = evaluateGateList(factsOf(viewOf(questionnaire, answers)));
  return { gates, level: levelFromGates(gates, mode) };
}
