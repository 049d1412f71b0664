import {
  DONT_KNOW,
  isFrequency,
  isPracticeState,
  type Answer,
  type Answers,
  type DontKnow,
  type Frequency,
  type PracticeState,
  type Question,
  type Questionnaire,
} from '../questionnaire/types.ts';
import { CHALLENGE_CHOICE_QUESTIONS, CHALLENGE_FREQUENCY_QUESTIONS, HOTSPOTS, UNSPECIFIC_OPTIONS, hotspotKey } from './hotspots.ts';

/**
 * What the scoring engine needs of a questionnaire, looked up once per questionnaire object
 * (questionnaires are immutable) and kept in a WeakMap, so scoring a response does no searching.
 */
export interface ScoringIndex {
  readonly questionnaire: Questionnaire;
  readonly questions: ReadonlyMap<string, Question>;
  /** Position of each question in the questionnaire, for stable ordering. */
  readonly position: ReadonlyMap<string, number>;
}

/**
 * The questions, kinds and options the engine reads. A questionnaire without them cannot be
 * scored: that is a programmer error (a wrong questionnaire wired in), so it throws.
 */
const REQUIRED: readonly { readonly id: string; readonly kind: Question['kind']; readonly options?: readonly string[]; readonly items?: readonly string[] }[] = [
  { id: 'self_declared_level', kind: 'single', options: ['level_1', 'level_2', 'level_3', 'level_4'] },
  { id: 'data_team_professions', kind: 'multiple', options: ['ml_engineer', 'devops'] },
  { id: 'dedicated_deployment_team', kind: 'single', options: ['yes', 'no'] },
  { id: 'deploys_models', kind: 'single', options: ['yes', 'no'] },
  {
    id: 'data_problems',
    kind: 'frequency',
    items: ['insufficient_data', 'data_access', 'unreliable_data', 'dataset_versioning'],
  },
  {
    id: 'model_difficulties',
    kind: 'frequency',
    items: ['experiment_tracking', 'business_distrust', 'unrealistic_expectations'],
  },
  { id: 'non_deployment_reasons', kind: 'multiple' },
  {
    id: 'deployment_difficulties',
    kind: 'multiple',
    options: [
      'insufficient_engineering_teams',
      'lack_of_technical_knowledge',
      'low_model_metrics_visibility',
      'reproducing_results_in_production',
      'retraining_complexity',
    ],
  },
  { id: 'model_consumption', kind: 'multiple', options: ['api', 'batch'] },
  { id: 'business_consumption', kind: 'single', options: ['no', 'pilot', 'yes'] },
  { id: 'model_runtime', kind: 'single', options: ['none_yet', 'local', 'on_premises', 'cloud'] },
  { id: 'experiment_tracking', kind: 'practice' },
  { id: 'dataset_versioning', kind: 'practice' },
  { id: 'model_registry', kind: 'practice' },
  { id: 'training_pipeline', kind: 'practice' },
  { id: 'ci_cd', kind: 'practice' },
  { id: 'deployment', kind: 'practice' },
  { id: 'service_monitoring', kind: 'practice' },
  { id: 'model_monitoring', kind: 'practice' },
  { id: 'drift_detection', kind: 'practice' },
  { id: 'alerting', kind: 'practice' },
  { id: 'retraining', kind: 'practice' },
  { id: 'rollback', kind: 'practice' },
];

const cache = new WeakMap<Questionnaire, ScoringIndex>();

/** Problems that make a questionnaire unscorable; empty when it has everything the engine reads. */
export function scoringProblems(questionnaire: Questionnaire): string[] {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const problems: string[] = [];
  for (const need of REQUIRED) {
    const question = byId.get(need.id);
    if (question === undefined) {
      problems.push(`question "${need.id}" is missing`);
      continue;
    }
    if (question.kind !== need.kind) {
      problems.push(`question "${need.id}" is ${question.kind}, the engine reads it as ${need.kind}`);
      continue;
    }
    if (need.options !== undefined && (question.kind === 'single' || question.kind === 'multiple')) {
      const offered = new Set(question.options.map((o) => o.id));
      for (const option of need.options) {
        if (!offered.has(option)) problems.push(`question "${need.id}" lacks option "${option}"`);
      }
    }
    if (need.items !== undefined && question.kind === 'frequency') {
      const offered = new Set(question.items.map((i) => i.id));
      for (const item of need.items) {
        if (!offered.has(item)) problems.push(`question "${need.id}" lacks item "${item}"`);
      }
    }
  }
  // Every challenge the questionnaire offers must have a practice to point to.
  for (const id of [...CHALLENGE_FREQUENCY_QUESTIONS, ...CHALLENGE_CHOICE_QUESTIONS]) {
    const question = byId.get(id);
    const ids =
      question?.kind === 'frequency'
        ? question.items.map((i) => i.id)
        : question?.kind === 'multiple'
          ? question.options.map((o) => o.id).filter((o) => !UNSPECIFIC_OPTIONS.has(o))
          : [];
    for (const challenge of ids) {
      if (HOTSPOTS[hotspotKey(id, challenge)] === undefined) {
        problems.push(`challenge "${hotspotKey(id, challenge)}" has no practice in the hotspot table`);
      }
    }
  }
  return problems;
}

/**
 * The scoring index of a questionnaire, built on first use.
 * @throws Error naming every missing question, kind or option when the questionnaire cannot be scored.
 */
export function scoringIndexOf(questionnaire: Questionnaire): ScoringIndex {
  const cached = cache.get(questionnaire);
  if (cached !== undefined) return cached;
  const index: ScoringIndex = {
    questionnaire,
    questions: new Map(questionnaire.questions.map((q) => [q.id, q])),
    position: new Map(questionnaire.questions.map((q, i) => [q.id, i])),
  };
  const problems = scoringProblems(questionnaire);
  if (problems.length > 0) {
    throw new Error(`Questionnaire "${questionnaire.id}" cannot be scored: ${problems.join('; ')}.`);
  }
  cache.set(questionnaire, index);
  return index;
}

// Readers of one answer. Answers reaching the engine are validated at the edge; a value of the
// wrong shape is read as unanswered rather than thrown on, so scoring never fails on data.


export function readSingle(answers: Answers, id: string): string | undefined {
  const value = answers[id];
  return typeof value === 'string' ? value : undefined;
}

export function readPractice(answers: Answers, id: string): PracticeState | DontKnow | undefined {
  const value = answers[id];
  if (value === DONT_KNOW) return DONT_KNOW;
  return isPracticeState(value) ? (value as PracticeState) : undefined;
}

export function readMultiple(answers: Answers, id: string): readonly string[] | DontKnow | undefined {
  const value = answers[id];
  if (value === DONT_KNOW) return DONT_KNOW;
  return Array.isArray(value) && value.length > 0 ? (value as readonly string[]) : undefined;
}

export function readFrequency(answers: Answers, id: string, item: string): Frequency | DontKnow | undefined {
  const value = answers[id];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const rated = (value as Readonly<Record<string, unknown>>)[item];
  if (rated === DONT_KNOW) return DONT_KNOW;
  return isFrequency(rated) ? (rated as Frequency) : undefined;
}

/** The answer as given, for evidence; null when unanswered. */
export function answerOf(answers: Answers, id: string): Answer | null {
  return answers[id] ?? null;
}
