import type { LocalizedText } from '../i18n.ts';
import type { Answer, Answers, Frequency, PracticeState, Questionnaire } from '../questionnaire/types.ts';
import { indexOf, viewOf } from '../questionnaire/visibility.ts';
import { factsOf, type Facts } from './facts.ts';
import type { DimensionId, DimensionScore, Evidence } from './types.ts';
import { scoringIndexOf } from './scoring-index.ts';

/** Google's ML Test Score: absent 0, manual (and documented) 0.5, automated 1. */
export const PRACTICE_VALUE: Readonly<Record<PracticeState, number>> = { absent: 0, manual: 0.5, automated: 1 };

/** A challenge met less often is better: the paper's scale inverted, never 1 … always 0 (paper 5.3). */
export const CHALLENGE_VALUE: Readonly<Record<Frequency, number>> = {
  never: 1,
  rarely: 0.75,
  sometimes: 0.5,
  frequently: 0.25,
  always: 0,
};

/** One input of a dimension: an answer read as a value in [0, 1], with its weight. */
export type Signal =
  /** A practice state, by PRACTICE_VALUE. */
  | { readonly kind: 'practice'; readonly question: string; readonly weight: number }
  /** A challenge frequency item, by CHALLENGE_VALUE. */
  | { readonly kind: 'challenge'; readonly question: string; readonly item: string; readonly weight: number }
  /** A single choice, by a value per option; options not listed carry no signal. */
  | { readonly kind: 'choice'; readonly question: string; readonly values: Readonly<Record<string, number>>; readonly weight: number }
  /** A multiple choice: `ifAny` when any of `options` is selected, `otherwise` when none is. */
  | {
      readonly kind: 'selection';
      readonly question: string;
      readonly options: readonly string[];
      readonly ifAny: number;
      readonly otherwise: number;
      readonly weight: number;
    };

export interface DimensionDefinition {
  readonly id: DimensionId;
  readonly label: LocalizedText;
  readonly signals: readonly Signal[];
}

const practice = (question: string, weight: number): Signal => ({ kind: 'practice', question, weight });
const challenge = (question: string, item: string, weight = 1): Signal => ({ kind: 'challenge', question, item, weight });
/** A difficulty option of question 23: selected is the problem (0), not selected its absence (1). */
const difficulty = (option: string, weight = 1): Signal => ({
  kind: 'selection',
  question: 'deployment_difficulties',
  options: [option],
  ifAny: 0,
  otherwise: 1,
  weight,
});

/**
 * The six dimensions and their weights (README "Scoring"). Each dimension is the weighted mean of
 * its answered signals, times 100. The practices that define a dimension weigh 2; supporting
 * practices, challenges and organisation signals weigh 1. Dimensions describe; they never decide
 * the level.
 */
export const DIMENSIONS: readonly DimensionDefinition[] = Object.freeze([
  {
    id: 'data',
    label: { en: 'Data', 'pt-BR': 'Dados' },
    signals: [
      practice('dataset_versioning', 2),
      practice('data_validation', 2),
      practice('feature_management', 1),
      challenge('data_problems', 'insufficient_data'),
      challenge('data_problems', 'data_access'),
      challenge('data_problems', 'unreliable_data'),
      challenge('data_problems', 'dataset_versioning'),
    ],
  },
  {
    id: 'experimentation',
    label: { en: 'Experimentation and reproducibility', 'pt-BR': 'Experimentação e reprodutibilidade' },
    signals: [
      practice('experiment_tracking', 2),
      practice('model_registry', 2),
      practice('training_pipeline', 2),
      practice('lineage', 1),
      challenge('model_difficulties', 'experiment_tracking'),
      difficulty('reproducing_results_in_production'),
    ],
  },
  {
    id: 'deployment',
    label: { en: 'Deployment', 'pt-BR': 'Implantação' },
    signals: [
      // Not running, running locally, running in production: the ladder of levels 1–3.
      { kind: 'choice', question: 'model_runtime', values: { none_yet: 0, local: 0.5, on_premises: 1, cloud: 1 }, weight: 2 },
      // Served by API or batch (level 3), or only through notebooks, dashboards or other means.
      { kind: 'selection', question: 'model_consumption', options: ['api', 'batch'], ifAny: 1, otherwise: 0.5, weight: 1 },
      practice('deployment', 2),
      practice('ci_cd', 1),
      practice('rollback', 1),
      practice('safe_release', 1),
    ],
  },
  {
    id: 'monitoring',
    label: { en: 'Monitoring', 'pt-BR': 'Monitoramento' },
    signals: [
      practice('model_monitoring', 2),
      practice('service_monitoring', 1),
      practice('drift_detection', 1),
      practice('alerting', 1),
      difficulty('low_model_metrics_visibility'),
    ],
  },
  {
    id: 'automation',
    label: { en: 'Automation', 'pt-BR': 'Automação' },
    signals: [
      practice('ci_cd', 2),
      practice('retraining', 2),
      practice('training_pipeline', 1),
      difficulty('retraining_complexity'),
    ],
  },
  {
    // amorim-2023@2 and later: review and approval, model documentation, lineage, validation.
    id: 'governance',
    label: { en: 'Governance', 'pt-BR': 'Governança' },
    signals: [practice('model_review', 2), practice('model_documentation', 2), practice('model_validation', 1), practice('lineage', 1)],
  },
  {
    id: 'organisation',
    label: { en: 'Team and organisation', 'pt-BR': 'Time e organização' },
    signals: [
      { kind: 'choice', question: 'business_consumption', values: { no: 0, pilot: 0.5, yes: 1 }, weight: 2 },
      { kind: 'choice', question: 'dedicated_deployment_team', values: { no: 0, yes: 1 }, weight: 1 },
      { kind: 'selection', question: 'data_team_professions', options: ['ml_engineer'], ifAny: 1, otherwise: 0, weight: 1 },
      { kind: 'selection', question: 'data_team_professions', options: ['devops'], ifAny: 1, otherwise: 0, weight: 1 },
      challenge('model_difficulties', 'business_distrust'),
      challenge('model_difficulties', 'unrealistic_expectations'),
      difficulty('insufficient_engineering_teams'),
      difficulty('lack_of_technical_knowledge'),
    ],
  },
] satisfies DimensionDefinition[]);

/**
 * The value in [0, 1] of one signal, given the answer to its question (read once by position), or
 * undefined when its answer is missing, "don't know" or malformed.
 */
/** The value of a challenge's rating (CHALLENGE_VALUE), compared rather than looked up; undefined for anything else. */
function challengeValue(frequency: unknown): number | undefined {
  switch (frequency) {
    case 'never':
      return CHALLENGE_VALUE.never;
    case 'rarely':
      return CHALLENGE_VALUE.rarely;
    case 'sometimes':
      return CHALLENGE_VALUE.sometimes;
    case 'frequently':
      return CHALLENGE_VALUE.frequently;
    case 'always':
      return CHALLENGE_VALUE.always;
    default:
      return undefined;
  }
}

function signalValue(signal: Signal, answer: unknown): number | undefined {
  switch (signal.kind) {
    case 'practice':
      // Compared, not looked up: a keyed read of a constant table by a value cost more than the rest.
      return answer === 'absent' ? PRACTICE_VALUE.absent : answer === 'manual' ? PRACTICE_VALUE.manual : answer === 'automated' ? PRACTICE_VALUE.automated : undefined;
    case 'challenge': {
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
      const frequency = (answer as Readonly<Record<string, unknown>>)[signal.item];
      return challengeValue(frequency);
    }
    case 'choice':
      return typeof answer === 'string' && Object.hasOwn(signal.values, answer) ? signal.values[answer] : undefined;
    case 'selection': {
      if (!Array.isArray(answer) || answer.length === 0) return undefined;
      for (const option of answer as readonly unknown[]) {
        if (typeof option === 'string' && signal.options.includes(option)) return signal.ifAny;
      }
      return signal.otherwise;
    }
  }
}

/** A dimension as scored for one questionnaire: the signals whose questions it asks. */
interface DimensionPlan {
  readonly dimension: DimensionDefinition;
  /** Each signal with its question's position in the questionnaire and its quote bit. */
  readonly signals: readonly { readonly signal: Signal; readonly at: number; readonly quoteBit: number }[];
}

/**
 * Each signal with a bit for the answer it quotes (the question, or the question's item), shared
 * by the signals of its dimension that quote the same answer, so a dimension quotes each answer
 * once by testing a bit instead of searching a list of keys. Signals whose question the
 * questionnaire does not ask are left out (a dimension of none is left out of the result), so an
 * @1 result has no governance dimension rather than one with nothing behind it.
 */
function planDimensions(questionnaire: Questionnaire): readonly DimensionPlan[] {
  const asked = new Set(questionnaire.questions.map((question) => question.id));
  const position = indexOf(questionnaire).position;
  const plans: DimensionPlan[] = [];
  for (const dimension of DIMENSIONS) {
    const keys: string[] = [];
    const signals = dimension.signals
      .filter((signal) => asked.has(signal.question))
      .map((signal) => {
        const key = signal.kind === 'challenge' ? `${signal.question}.${signal.item}` : signal.question;
        if (!keys.includes(key)) keys.push(key);
        const at = keys.indexOf(key);
        if (at >= 31) throw new Error(`Dimension ${dimension.id} quotes more than 31 answers; quoted bits are 32-bit integers.`);
        return { signal, at: position.get(signal.question) ?? 0, quoteBit: 1 << at };
      });
    if (signals.length > 0) plans.push({ dimension, signals });
  }
  return plans;
}

const plansByQuestionnaire = new WeakMap<Questionnaire, readonly DimensionPlan[]>();

function plansOf(questionnaire: Questionnaire): readonly DimensionPlan[] {
  let plans = plansByQuestionnaire.get(questionnaire);
  if (plans === undefined) {
    plans = planDimensions(questionnaire);
    plansByQuestionnaire.set(questionnaire, plans);
  }
  return plans;
}

/** A dimension is scored when at least half of its signals are answered ("not enough answers" otherwise). */
export function enoughAnswered(answered: number, signals: number): boolean {
  return answered > 0 && 2 * answered >= signals;
}

/** Scores the dimensions on the facts of a response (hidden questions already pruned). */
export function scoreDimensionList(questionnaire: Questionnaire, facts: Facts): DimensionScore[] {
  const values = facts.values;
  const scores: DimensionScore[] = [];
  for (const { dimension, signals } of plansOf(questionnaire)) {
    let total = 0;
    let weight = 0;
    let answered = 0;
    const evidence: Evidence[] = [];
    let quoted = 0;
    for (let i = 0; i < signals.length; i += 1) {
      const { signal, at, quoteBit } = signals[i] as DimensionPlan['signals'][number];
      const given = values[at];
      const value = signalValue(signal, given);
      if (value === undefined) continue;
      answered += 1;
      total += value * signal.weight;
      weight += signal.weight;
      if ((quoted & quoteBit) !== 0) continue;
      quoted |= quoteBit;
      const answer = (given ?? null) as Answer | null;
      if (signal.kind === 'challenge') {
        const rated = (answer as Readonly<Record<string, string>>)[signal.item] ?? null;
        evidence.push({ questionId: signal.question, itemId: signal.item, answer: rated });
      } else {
        evidence.push({ questionId: signal.question, answer });
      }
    }
    scores.push({
      id: dimension.id,
      label: dimension.label,
      score: enoughAnswered(answered, signals.length) ? Math.round((100 * total) / weight) : null,
      answered,
      signals: signals.length,
      evidence,
    });
  }
  return scores;
}

/**
 * The dimension scores of a response, 0–100 (integers), each with the answers behind it and how
 * many of its signals were answered.
 *
 * Practice states count as in Google's ML Test Score (absent 0, manual 0.5, automated 1);
 * challenge frequencies (paper 5.3, 5.4) inverted (never 1 … always 0); organisation signals
 * as in `DIMENSIONS`. A dimension's score is null ("not enough answers") when fewer than half of
 * its signals were answered; "don't know" counts as not answered, and hidden questions are
 * ignored. Only dimensions with a signal in the questionnaire are listed. They never affect the level.
 *
 * @throws Error when the questionnaire lacks a question the engine reads (programmer error).
 */
export function scoreDimensions(questionnaire: Questionnaire, answers: Answers): DimensionScore[] {
  scoringIndexOf(questionnaire);
  return scoreDimensionList(questionnaire, factsOf(viewOf(questionnaire, answers)));
}
