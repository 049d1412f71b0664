import type { LocalizedText } from '../i18n.ts';
import { DONT_KNOW, type Answers, type DontKnow, type PracticeState, type Questionnaire } from '../questionnaire/types.ts';
import { viewOf } from '../questionnaire/visibility.ts';
import type { Evidence, Gap, GapKind, GateEvaluation, GateStatus, Level, LevelCap, PracticeAssessment, Prevalence } from './types.ts';
import { GATES, evaluateGateList, levelFromGates, type GateDefinition } from './gates.ts';
import { factsOf, type Facts } from './facts.ts';
import { frequencyShare, optionShare, shareOf } from './shares.ts';
import { LOW_MODEL_METRICS_VISIBILITY, PRACTICES, getPractice, stateRank, type PracticeDefinition, type ShareReference } from './practice-model.ts';
import { assessPractices, capOf } from './caps.ts';
import { CHALLENGE_CHOICE_QUESTIONS, CHALLENGE_FREQUENCY_QUESTIONS, HOTSPOTS, UNSPECIFIC_OPTIONS, hotspotKey } from './hotspots.ts';
import { workPosition, type WorkStep } from './practices.ts';
import {
  readMultiple,
  readPractice,
  readSingle,
  scoringIndexOf,
  type ScoringIndex,
} from './scoring-index.ts';
import { RUNTIME_WORDS, SERVING_WORDS, VALUE_WORDS } from './words.ts';

/** What the gap finder reads: answers already pruned of hidden questions, and the gates on them. */
export interface GapContext {
  readonly index: ScoringIndex;
  readonly answers: Answers;
  readonly facts: Facts;
  readonly gates: readonly GateEvaluation[];
  readonly practices: readonly PracticeAssessment[];
  readonly cap: LevelCap | null;
  /** The reported (pessimistic) level and the optimistic bound. */
  readonly level: Level;
  readonly maxLevel: Level;
  readonly selfDeclaredLevel: Level | null;
}

/** Frequencies at which a challenge is a hotspot (PRODUCT.md: "challenges met frequently or always"). */
type HotspotFrequency = 'frequently' | 'always';

const text = (en: string, pt: string): LocalizedText => ({ en, 'pt-BR': pt });


const GATE_DEFINITIONS: ReadonlyMap<string, GateDefinition> = new Map(GATES.map((g) => [g.id, g]));

function gateDefinition(id: string): GateDefinition {
  const gate = GATE_DEFINITIONS.get(id);
  if (gate === undefined) throw new Error(`Unknown gate "${id}".`);
  return gate;
}

/** The words for a gate not met, by its status ("not answered", "not known" and "not met" differ). */
export function unmetWords(gate: GateEvaluation): LocalizedText {
  const definition = gateDefinition(gate.id);
  return gate.status === 'passed' ? definition.unmet.failed : definition.unmet[gate.status];
}

// ---------------------------------------------------------------------------------------------
// Inconsistencies: answers that contradict each other or the evidence.
// ---------------------------------------------------------------------------------------------

interface InconsistencyRule {
  readonly id: string;
  readonly step: WorkStep;
  readonly title: LocalizedText;
  readonly practice: LocalizedText;
  readonly prevalence: ShareReference | null;
  /** The answers quoted as evidence. */
  readonly questions: (context: GapContext) => readonly string[];
  /** The detail when the answers are inconsistent, or null when they are not. */
  readonly detect: (context: GapContext) => LocalizedText | null;
}

/** A practice answered definitely as absent or manual (a "don't know" or no answer claims nothing). */
function notAutomated(answers: Answers, id: string): Exclude<PracticeState, 'automated'> | null {
  const state = readPractice(answers, id);
  return state === 'absent' || state === 'manual' ? state : null;
}

function automated(answers: Answers, id: string): boolean {
  return readPractice(answers, id) === 'automated';
}

const fixed = (...ids: string[]) => (): readonly string[] => ids;

const PRODUCTION_RECORD = text(
  'Agree within the team on what counts as production, and record which model runs where and how it is served (a model registry with deployment status)',
  'Combinar no time o que conta como produção, e registrar qual modelo executa onde e como é consumido (um registro de modelos com o status de implantação)',
);

const REASSESS = text(
  'Re-assess against the gates: a level holds only when every gate of it and of the levels below is met',
  'Reavaliar pelos critérios (gates): um nível vale apenas quando todos os seus critérios e os dos níveis abaixo são atendidos',
);

/** In the order they are listed when they share a work step. */
export const INCONSISTENCY_RULES: readonly InconsistencyRule[] = Object.freeze([
  {
    id: 'retraining_without_monitoring',
    step: 'monitoring',
    title: text('Automated retraining without automated model monitoring', 'Retreino automatizado sem monitoramento automatizado dos modelos'),
    practice: text(
      'Automate model monitoring first, then trigger retraining from the monitored metrics and drift',
      'Automatizar primeiro o monitoramento dos modelos, e então disparar o retreino a partir das métricas e do drift monitorados',
    ),
    prevalence: LOW_MODEL_METRICS_VISIBILITY,
    questions: fixed('retraining', 'model_monitoring'),
    detect: ({ answers }) => {
      const monitoring = notAutomated(answers, 'model_monitoring');
      if (!automated(answers, 'retraining') || monitoring === null) return null;
      const word = VALUE_WORDS[monitoring];
      return text(
        `Retraining is automated, but model monitoring is ${word.en}: automated retraining cannot react to metrics nobody measures.`,
        `O retreino é automatizado, mas o monitoramento dos modelos é ${word['pt-BR']}: o retreino automatizado não reage a métricas que ninguém mede.`,
      );
    },
  },
  {
    id: 'alerting_without_monitoring',
    step: 'monitoring',
    title: text('Automated alerts without monitoring', 'Alertas automatizados sem monitoramento'),
    practice: text(
      'Monitor service and model metrics in production, and alert on thresholds of those metrics',
      'Monitorar as métricas do serviço e dos modelos em produção, e alertar a partir de limites dessas métricas',
    ),
    prevalence: null,
    questions: fixed('alerting', 'service_monitoring', 'model_monitoring'),
    detect: ({ answers }) => {
      const none =
        readPractice(answers, 'service_monitoring') === 'absent' && readPractice(answers, 'model_monitoring') === 'absent';
      if (!automated(answers, 'alerting') || !none) return null;
      return text(
        'Alerts are said to be automated, but neither the service nor the models are monitored: there is nothing for the alerts to watch.',
        'Os alertas são automatizados, mas nem o serviço nem os modelos são monitorados: não há o que os alertas observarem.',
      );
    },
  },
  {
    id: 'deployment_without_ci_cd',
    step: 'ci_cd',
    title: text('Automated deployment without CI/CD', 'Implantação automatizada sem CI/CD'),
    practice: text(
      'Continuous integration: run the tests of code, data and model on every change, and let only what passes reach the deployment pipeline',
      'Integração contínua: executar os testes de código, dados e modelo a cada mudança, e deixar chegar ao pipeline de implantação apenas o que passar',
    ),
    prevalence: null,
    questions: fixed('deployment', 'ci_cd'),
    detect: ({ answers }) => {
      const ciCd = notAutomated(answers, 'ci_cd');
      if (!automated(answers, 'deployment') || ciCd === null) return null;
      const word = VALUE_WORDS[ciCd];
      return text(
        `Deployment is automated, but CI/CD is ${word.en}: untested changes can reach production automatically.`,
        `A implantação é automatizada, mas o CI/CD é ${word['pt-BR']}: mudanças não testadas podem chegar à produção automaticamente.`,
      );
    },
  },
  {
    id: 'deployment_without_training_pipeline',
    step: 'training_pipeline',
    title: text('Automated deployment without an automated training pipeline', 'Implantação automatizada sem pipeline de treino automatizado'),
    practice: text(
      'A versioned, automated training pipeline that rebuilds any deployed model from its code and data',
      'Um pipeline de treino versionado e automatizado que reconstrói qualquer modelo implantado a partir do seu código e dos seus dados',
    ),
    prevalence: null,
    questions: fixed('deployment', 'training_pipeline'),
    detect: ({ answers }) => {
      const pipeline = notAutomated(answers, 'training_pipeline');
      if (!automated(answers, 'deployment') || pipeline === null) return null;
      const word = VALUE_WORDS[pipeline];
      return text(
        `Deployment is automated, but the training pipeline is ${word.en}: what is deployed cannot be rebuilt the same way.`,
        `A implantação é automatizada, mas o pipeline de treino é ${word['pt-BR']}: o que é implantado não pode ser reconstruído da mesma forma.`,
      );
    },
  },
  {
    id: 'retraining_without_training_pipeline',
    step: 'training_pipeline',
    title: text('Automated retraining without an automated training pipeline', 'Retreino automatizado sem pipeline de treino automatizado'),
    practice: text(
      'Automate the training pipeline first; continuous training runs that pipeline',
      'Automatizar primeiro o pipeline de treino; o treinamento contínuo executa esse pipeline',
    ),
    prevalence: null,
    questions: fixed('retraining', 'training_pipeline'),
    detect: ({ answers }) => {
      const pipeline = notAutomated(answers, 'training_pipeline');
      if (!automated(answers, 'retraining') || pipeline === null) return null;
      const word = VALUE_WORDS[pipeline];
      return text(
        `Retraining is automated, but the training pipeline is ${word.en}.`,
        `O retreino é automatizado, mas o pipeline de treino é ${word['pt-BR']}.`,
      );
    },
  },
  {
    id: 'runtime_without_deployment',
    step: 'production_serving',
    title: text(
      'Models run in production, but the company is said not to deploy models',
      'Modelos executam em produção, mas a empresa não implantaria modelos',
    ),
    practice: PRODUCTION_RECORD,
    prevalence: null,
    questions: fixed('deploys_models', 'model_runtime'),
    detect: ({ answers }) => {
      const runtime = readSingle(answers, 'model_runtime');
      if (readSingle(answers, 'deploys_models') !== 'no' || (runtime !== 'on_premises' && runtime !== 'cloud')) return null;
      const where = RUNTIME_WORDS[runtime] ?? text(runtime, runtime);
      return text(
        `Question 17 says the company does not deploy models to production, yet models are said to run ${where.en}.`,
        `A questão 17 diz que a empresa não implanta modelos em produção, mas os modelos executariam ${where['pt-BR']}.`,
      );
    },
  },
  {
    id: 'served_without_runtime',
    step: 'production_serving',
    title: text('Served by API or batch, but not running in production', 'Consumidos via API ou batch, mas sem executar em produção'),
    practice: PRODUCTION_RECORD,
    prevalence: null,
    questions: fixed('model_consumption', 'model_runtime'),
    detect: ({ answers }) => {
      const consumption = readMultiple(answers, 'model_consumption');
      const runtime = readSingle(answers, 'model_runtime');
      if (consumption === undefined || consumption === DONT_KNOW || (runtime !== 'none_yet' && runtime !== 'local')) return null;
      const api = consumption.includes('api');
      const batch = consumption.includes('batch');
      if (!api && !batch) return null;
      const how = SERVING_WORDS[api && batch ? 'both' : api ? 'api' : 'batch'];
      const where = RUNTIME_WORDS[runtime] ?? text(runtime, runtime);
      return text(
        `Models are said to be consumed ${how.en}, yet to run ${where.en}.`,
        `Os modelos seriam consumidos ${how['pt-BR']}, mas executariam ${where['pt-BR']}.`,
      );
    },
  },
  {
    id: 'self_declared_without_business_consumption',
    step: 'business_value',
    title: text(
      'Self-declared level 2 or above, but the business does not consume the models',
      'Nível declarado 2 ou acima, mas as áreas de negócio não consomem os modelos',
    ),
    practice: gateDefinition('l2.business_consumption').practice,
    prevalence: null,
    questions: fixed('self_declared_level', 'business_consumption'),
    detect: ({ answers, selfDeclaredLevel }) => {
      if (selfDeclaredLevel === null || selfDeclaredLevel < 2 || readSingle(answers, 'business_consumption') !== 'no') return null;
      return text(
        `Question 9 places the company at level ${selfDeclaredLevel}, yet the business does not use the models' outputs, and every level above 1 starts there.`,
        `A questão 9 coloca a empresa no nível ${selfDeclaredLevel}, mas as áreas de negócio não usam os resultados dos modelos, e todo nível acima do 1 começa aí.`,
      );
    },
  },
  {
    id: 'self_declared_above_evidence',
    step: 'maturity_calibration',
    title: text('Self-declared level above the evidence', 'Nível declarado acima da evidência'),
    practice: REASSESS,
    prevalence: null,
    questions: ({ gates, level }) => [
      'self_declared_level',
      ...(firstUnmet(gates, level)?.evidence.map((e) => e.questionId) ?? []),
    ],
    detect: ({ gates, level, maxLevel, selfDeclaredLevel }) => {
      if (selfDeclaredLevel === null || selfDeclaredLevel <= level) return null;
      // Below level 4 the next level always has an unmet gate; the guard only satisfies the types.
      const unmet = firstUnmet(gates, level);
      if (unmet === null) return null;
      const why = unmetWords(unmet);
      const range =
        maxLevel > level
          ? text(
              ` (level ${maxLevel} at most, if the "don't know" answers turn out favourable)`,
              ` (no máximo nível ${maxLevel}, se as respostas "não sei" se confirmarem favoráveis)`,
            )
          : text('', '');
      return text(
        `Question 9 places the company at level ${selfDeclaredLevel}, but the answers support level ${level}${range.en}: ${why.en}.`,
        `A questão 9 coloca a empresa no nível ${selfDeclaredLevel}, mas as respostas sustentam o nível ${level}${range['pt-BR']}: ${why['pt-BR']}.`,
      );
    },
  },
] satisfies InconsistencyRule[]);

/**
 * The questions an inconsistency rule reads, for a result's gates and level (the rule about the
 * self-declared level reads the first unmet gate's questions); null for an id that is no rule.
 * Used to judge whether a rule's silence in a later round means the contradiction is gone or that
 * its questions went unanswered.
 */
export function inconsistencyQuestions(ruleId: string, gates: readonly GateEvaluation[], level: Level): readonly string[] | null {
  const rule = INCONSISTENCY_RULES.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) return null;
  // Every rule's `questions` reads only the gates and the level of its context (tested).
  return [...new Set(rule.questions({ gates, level } as GapContext))];
}

/** The first gate of the level above `level` that does not pass; null at level 4. */
export function firstUnmet(gates: readonly GateEvaluation[], level: Level): GateEvaluation | null {
  return gates.find((gate) => gate.level === level + 1 && gate.status !== 'passed') ?? null;
}

// ---------------------------------------------------------------------------------------------
// Finding and ordering the gaps.
// ---------------------------------------------------------------------------------------------

/**
 * A gap before numbering (its `order` is set once the gaps are sorted), with its position in the
 * work order as one number (smaller first). Numbered in place: copying each gap with its number
 * (an object spread) was a tenth of the time of scoring a response.
 */
interface Unordered {
  readonly gap: Numbered;
  readonly rank: number;
}

type Numbered = { -readonly [K in keyof Gap]: Gap[K] };

/**
 * The rank packs, from most to least significant: group (0 next-level blockers and foundations,
 * 1 higher ones, 2 the rest), level, work step, kind (blocker, foundation, inconsistency, hotspot),
 * and the position of the definition (gate, practice, rule, or question × 100 + item or option).
 */
function rankOf(group: number, level: number, step: WorkStep, kind: GapKind, position: number): number {
  return ((((group * 10 + level) * 100 + workPosition(step)) * 10 + KIND_RANK[kind]) * 100_000) + position;
}

const KIND_RANK: Readonly<Record<GapKind, number>> = { blocker: 0, foundation: 1, inconsistency: 2, hotspot: 3 };

/** A challenge the questionnaire offers, with everything a hotspot needs resolved once. */
interface Challenge {
  readonly questionId: string;
  /** The frequency item, or the option for a multiple-choice difficulty. */
  readonly id: string;
  readonly key: string;
  /** The gap id, `hotspot:<key>`, made once. */
  readonly gapId: string;
  readonly title: LocalizedText;
  readonly detail: LocalizedText | null;
  readonly practice: LocalizedText;
  /** For a multiple-choice difficulty: the paper's count of the option. */
  readonly prevalence: Prevalence | null;
  /** For a frequency item: its series and the combined category to fall back on (see frequencyShare). */
  readonly series: { readonly seriesId: string; readonly fallback: string | null } | null;
  /** rankOf for this hotspot, fixed by its step and position. */
  readonly rank: number;
  /** For a frequency item: the detail and share of a hotspot met frequently, and always. */
  readonly met: Readonly<Record<HotspotFrequency, { readonly detail: LocalizedText; readonly prevalence: Prevalence | null }>> | null;
}

interface ChallengeIndex {
  readonly frequency: readonly Challenge[];
  readonly choice: readonly Challenge[];
}

// Precomputed once per (immutable) questionnaire: scoring a response then only reads answers.
const challengeIndexes = new WeakMap<ScoringIndex, ChallengeIndex>();

/** What a hotspot met at this frequency says, and the paper's share of the frequency (see frequencyShare). */
function metAt(
  frequency: HotspotFrequency,
  number: string | number,
  seriesId: string | undefined,
  fallback: string | null,
): { readonly detail: LocalizedText; readonly prevalence: Prevalence | null } {
  const word = VALUE_WORDS[frequency];
  return {
    detail: text(`Met ${word.en} by the team (question ${number}).`, `Enfrentado ${word['pt-BR']} pelo time (questão ${number}).`),
    prevalence: seriesId === undefined ? null : frequencyShare(seriesId, frequency, fallback),
  };
}

function challengesOf(index: ScoringIndex): ChallengeIndex {
  const cached = challengeIndexes.get(index);
  if (cached !== undefined) return cached;
  const frequency: Challenge[] = [];
  const choice: Challenge[] = [];
  for (const questionId of CHALLENGE_FREQUENCY_QUESTIONS) {
    const question = index.questions.get(questionId);
    if (question?.kind !== 'frequency') continue;
    const at = index.position.get(questionId) ?? 0;
    question.items.forEach((item, itemPosition) => {
      const key = hotspotKey(questionId, item.id);
      const definition = HOTSPOTS[key];
      if (definition === undefined) return; // the scoring index guarantees coverage
      frequency.push({
        questionId,
        id: item.id,
        key,
        gapId: `hotspot:${key}`,
        title: item.label,
        detail: null,
        practice: definition.practice,
        prevalence: null,
        series: item.benchmark === undefined ? null : { seriesId: item.benchmark, fallback: definition.prevalence?.categoryId ?? null },
        rank: rankOf(2, 0, definition.step, 'hotspot', at * 100 + itemPosition),
        met: {
          frequently: metAt('frequently', question.number ?? '', item.benchmark, definition.prevalence?.categoryId ?? null),
          always: metAt('always', question.number ?? '', item.benchmark, definition.prevalence?.categoryId ?? null),
        },
      });
    });
  }
  for (const questionId of CHALLENGE_CHOICE_QUESTIONS) {
    const question = index.questions.get(questionId);
    if (question?.kind !== 'multiple') continue;
    const at = index.position.get(questionId) ?? 0;
    const number = question.number ?? '';
    const asked =
      questionId === 'deployment_difficulties'
        ? text(`a difficulty in deploying and monitoring models (question ${number})`, `dificuldade na implantação e no monitoramento dos modelos (questão ${number})`)
        : text(`a reason models are not deployed (question ${number})`, `motivo para não implantar modelos (questão ${number})`);
    question.options.forEach((option, optionPosition) => {
      const key = hotspotKey(questionId, option.id);
      const definition = HOTSPOTS[key];
      if (UNSPECIFIC_OPTIONS.has(option.id) || definition === undefined) return;
      choice.push({
        questionId,
        id: option.id,
        key,
        gapId: `hotspot:${key}`,
        title: option.label,
        detail: text(`Selected as ${asked.en}.`, `Marcado como ${asked['pt-BR']}.`),
        practice: definition.practice,
        prevalence: definition.prevalence === null ? null : optionShare(definition.prevalence.seriesId, definition.prevalence.categoryId),
        series: null,
        rank: rankOf(2, 0, definition.step, 'hotspot', at * 100 + optionPosition),
        met: null,
      });
    });
  }
  const built = { frequency, choice };
  challengeIndexes.set(index, built);
  return built;
}

interface GateFacts {
  readonly prevalence: Prevalence | null;
  readonly step: WorkStep;
  readonly position: number;
  readonly blockerId: string;
  /** blockerDetail by status, made on first use. */
  readonly details: Partial<Record<Exclude<GateStatus, 'passed'>, LocalizedText>>;
}

/**
 * A blocker's detail depends only on its gate and status: made once per pair, then shared, kept
 * in its gate's facts by status (looked up by the gate's id, a string of the gate definitions).
 */
function blockerDetail(gate: GateEvaluation, facts: GateFacts): LocalizedText {
  const status = gate.status === 'passed' ? 'failed' : gate.status;
  let detail = facts.details[status];
  if (detail === undefined) {
    const now = unmetWords(gate);
    detail = text(
      `Needed for level ${gate.level}: ${gate.requirement.en} Now: ${now.en}.`,
      `Necessário para o nível ${gate.level}: ${gate.requirement['pt-BR']} Hoje: ${now['pt-BR']}.`,
    );
    facts.details[status] = detail;
  }
  return detail;
}

const GATE_FACTS: ReadonlyMap<string, GateFacts> = new Map(
  GATES.map((gate, position) => [gate.id, { prevalence: shareOf(gate.prevalence), step: gate.step, position, blockerId: `blocker:${gate.id}`, details: {} }]),
);

function blockers(context: GapContext, found: Unordered[]): void {
  for (const gate of context.gates) {
    if (gate.level <= context.level || gate.status === 'passed') continue;
    const facts = GATE_FACTS.get(gate.id);
    if (facts === undefined) throw new Error(`Unknown gate "${gate.id}".`);
    found.push({
      gap: {
        order: 0,
        id: facts.blockerId,
        kind: 'blocker',
        title: gate.title,
        detail: blockerDetail(gate, facts),
        evidence: gate.evidence,
        practice: gate.practice,
        prevalence: facts.prevalence,
        level: gate.level,
      },
      rank: rankOf(gate.level === context.level + 1 ? 0 : 1, gate.level, facts.step, 'blocker', facts.position),
    });
  }
}

const RULE_PREVALENCE: ReadonlyMap<string, Prevalence | null> = new Map(
  INCONSISTENCY_RULES.map((rule) => [rule.id, shareOf(rule.prevalence)]),
);

/** The answers a rule quotes, each once. */
function ruleEvidence(rule: InconsistencyRule, context: GapContext): Evidence[] {
  return [...new Set(rule.questions(context))].map((questionId) => context.facts.evidence(questionId));
}

/** The inconsistency gaps of one set of answers (a response's, or a team's aggregate for a single response). */
function inconsistencies(context: GapContext, found: Unordered[]): void {
  for (let position = 0; position < INCONSISTENCY_RULES.length; position += 1) {
    const rule = INCONSISTENCY_RULES[position] as InconsistencyRule;
    const detail = rule.detect(context);
    if (detail === null) continue;
    const evidence = ruleEvidence(rule, context);
    found.push({
      gap: {
        order: 0,
        id: `inconsistency:${rule.id}`,
        kind: 'inconsistency',
        title: rule.title,
        detail,
        evidence,
        practice: rule.practice,
        prevalence: RULE_PREVALENCE.get(rule.id) ?? null,
      },
      rank: rankOf(2, 0, rule.step, 'inconsistency', position),
    });
  }
}

/** The ids of the inconsistency rules one respondent's own answers break (README "Teams"). */
export function inconsistencyIds(context: GapContext): string[] {
  return INCONSISTENCY_RULES.filter((rule) => rule.detect(context) !== null).map((rule) => rule.id);
}

/**
 * The inconsistency gaps of a team, judged per respondent: each rule broken by at least one
 * respondent's own answers, with how many (never made up by aggregating consistent answers). The
 * detail gives the count, not whose answers or which: the evidence quotes the team's answers.
 */
function teamInconsistencies(context: GapContext, counts: ReadonlyMap<string, number>, respondents: number, found: Unordered[]): void {
  INCONSISTENCY_RULES.forEach((rule, position) => {
    const count = counts.get(rule.id) ?? 0;
    if (count === 0) return;
    const evidence = ruleEvidence(rule, context);
    found.push({
      gap: {
        order: 0,
        id: `inconsistency:${rule.id}`,
        kind: 'inconsistency',
        title: rule.title,
        detail: text(
          `${count} of ${respondents} respondents gave answers of their own that contradict each other here: ${rule.title.en.charAt(0).toLowerCase()}${rule.title.en.slice(1)}.`,
          `${count} de ${respondents} respondentes deram respostas próprias que se contradizem aqui: ${rule.title['pt-BR'].charAt(0).toLowerCase()}${rule.title['pt-BR'].slice(1)}.`,
        ),
        evidence,
        practice: rule.practice,
        prevalence: RULE_PREVALENCE.get(rule.id) ?? null,
        respondents: count,
      },
      rank: rankOf(2, 0, rule.step, 'inconsistency', position),
    });
  });
}

const PRACTICE_POSITION: ReadonlyMap<string, number> = new Map(PRACTICES.map((practice, position) => [practice.id, position]));
const PRACTICE_SHARE: ReadonlyMap<string, Prevalence | null> = new Map(PRACTICES.map((practice) => [practice.id, shareOf(practice.share)]));

/**
 * Foundation gaps: the practices that stand, below what they must be, under the practices of an
 * unmet gate above the team's level (followed down the practice graph through every prerequisite
 * that is itself short), and the absent foundations of an automation that caps level 4. Only
 * definite answers make one: a "don't know" or a missing answer claims nothing (it shows as a
 * roadmap step to find out instead).
 */
/** The practices of each level gate. */
const GATE_PRACTICES: ReadonlyMap<string, readonly PracticeDefinition[]> = new Map(
  GATES.map((gate) => [gate.id, PRACTICES.filter((practice) => practice.gates.includes(gate.id))]),
);
const FOUNDATION_GAP_IDS: ReadonlyMap<string, string> = new Map(PRACTICES.map((practice) => [practice.id, `foundation:${practice.id}`]));

/** The assessment of a practice; practice ids are the model's own strings, so this compares pointers. */
function assessmentOf(practices: readonly PracticeAssessment[], id: string): PracticeAssessment | undefined {
  for (const practice of practices) if (practice.practiceId === id) return practice;
  return undefined;
}

/**
 * Foundation details of the graph's edges, kept by a number packing the dependent's position in the
 * model, the edge, the state now and the level (a key built as a string cost more than the words).
 */
const FOUNDATION_DETAILS = new Map<number, LocalizedText>();
/** The practices already given a foundation gap in this call (gapsOf never re-enters). */
const SEEN_FOUNDATIONS: string[] = [];
let seenFoundations = 0;

function addFoundation(context: GapContext, found: Unordered[], practice: PracticeDefinition, level: Level, detail: LocalizedText): void {
  for (let i = 0; i < seenFoundations; i += 1) if (SEEN_FOUNDATIONS[i] === practice.id) return;
  SEEN_FOUNDATIONS[seenFoundations] = practice.id;
  seenFoundations += 1;
  const assessed = assessmentOf(context.practices, practice.id);
  if (assessed === undefined) return;
  found.push({
    gap: {
      order: 0,
      id: FOUNDATION_GAP_IDS.get(practice.id) ?? `foundation:${practice.id}`,
      kind: 'foundation',
      title: practice.title,
      detail,
      evidence: [assessed.evidence],
      practice: practice.action,
      prevalence: PRACTICE_SHARE.get(practice.id) ?? null,
      level,
      practiceId: practice.id,
    },
    rank: rankOf(level === context.level + 1 ? 0 : 1, level, practice.step, 'foundation', PRACTICE_POSITION.get(practice.id) ?? 0),
  });
}

/** Adds the prerequisites of `dependent` short of what it needs, and theirs, down the graph. */
function walkFoundations(context: GapContext, found: Unordered[], dependent: PracticeDefinition, level: Level): void {
  const prerequisites = dependent.prerequisites;
  for (let edge = 0; edge < prerequisites.length; edge += 1) {
    const prerequisite = prerequisites[edge] as PracticeDefinition['prerequisites'][number];
    const assessed = assessmentOf(context.practices, prerequisite.practice);
    const foundation = getPractice(prerequisite.practice);
    if (assessed === undefined || foundation === undefined) continue;
    const state = assessed.status;
    if (state !== 'absent' && state !== 'manual') continue;
    if (stateRank(state) >= stateRank(prerequisite.state)) continue;
    const key = (((PRACTICE_POSITION.get(dependent.id) ?? 0) * 64 + edge) * 2 + (state === 'absent' ? 0 : 1)) * 8 + level;
    let detail = FOUNDATION_DETAILS.get(key);
    if (detail === undefined) {
      const needed = VALUE_WORDS[prerequisite.state];
      const now = VALUE_WORDS[state];
      detail = text(
        `Needed ${needed.en} before ${dependent.title.en.toLowerCase()} (level ${level}): ${prerequisite.reason.en} Now: ${now.en}.`,
        `Necessário(a) ${needed['pt-BR']} antes de ${dependent.title['pt-BR'].toLowerCase()} (nível ${level}): ${prerequisite.reason['pt-BR']} Hoje: ${now['pt-BR']}.`,
      );
      FOUNDATION_DETAILS.set(key, detail);
    }
    addFoundation(context, found, foundation, level, detail);
    walkFoundations(context, found, foundation, level);
  }
}

function foundations(context: GapContext, found: Unordered[]): void {
  const capReasons = context.cap?.reasons ?? [];
  if (capReasons.length === 0 && context.level === 4) return;
  seenFoundations = 0;
  // Caps first: their level is the one the team would otherwise show.
  for (const reason of capReasons) {
    const foundation = getPractice(reason.foundationId);
    const dependent = getPractice(reason.practiceId);
    if (foundation === undefined || dependent === undefined || reason.foundationStatus !== 'absent') continue;
    const from = context.cap?.from ?? 4;
    addFoundation(
      context,
      found,
      foundation,
      from,
      text(
        `${dependent.title.en} is automated, but it rests on ${foundation.title.en.toLowerCase()}, which is absent: ${reason.reason.en} Level ${from} is held back until it exists.`,
        `${dependent.title['pt-BR']} é automatizado(a), mas depende de ${foundation.title['pt-BR'].toLowerCase()}, que está ausente: ${reason.reason['pt-BR']} O nível ${from} fica retido até que exista.`,
      ),
    );
  }
  for (const gate of context.gates) {
    if (gate.level <= context.level || gate.status === 'passed') continue;
    for (const practice of GATE_PRACTICES.get(gate.id) ?? []) {
      if (assessmentOf(context.practices, practice.id) !== undefined) walkFoundations(context, found, practice, gate.level);
    }
  }
}

function hotspots(context: GapContext, found: Unordered[]): void {
  const { index, answers } = context;
  const challenges = challengesOf(index);
  // Challenges come grouped by question: each question's answer is read once.
  let questionId = '';
  let rated: unknown;
  for (const challenge of challenges.frequency) {
    if (challenge.questionId !== questionId) {
      questionId = challenge.questionId;
      rated = answers[questionId];
    }
    if (typeof rated !== 'object' || rated === null || Array.isArray(rated) || !Object.hasOwn(rated, challenge.id)) continue;
    const frequency = (rated as Readonly<Record<string, unknown>>)[challenge.id];
    if (frequency !== 'frequently' && frequency !== 'always') continue;
    const met = challenge.met?.[frequency];
    if (met === undefined) continue;
    found.push({
      gap: {
        order: 0,
        id: challenge.gapId,
        kind: 'hotspot',
        title: challenge.title,
        detail: met.detail,
        evidence: [{ questionId: challenge.questionId, itemId: challenge.id, answer: frequency }],
        practice: challenge.practice,
        prevalence: met.prevalence,
      },
      rank: challenge.rank,
    });
  }
  questionId = '';
  let selected: readonly string[] | DontKnow | undefined;
  for (const challenge of challenges.choice) {
    if (challenge.questionId !== questionId) {
      questionId = challenge.questionId;
      selected = readMultiple(answers, questionId);
    }
    if (selected === undefined || selected === DONT_KNOW || !selected.includes(challenge.id) || challenge.detail === null) continue;
    found.push({
      gap: {
        order: 0,
        id: challenge.gapId,
        kind: 'hotspot',
        title: challenge.title,
        detail: challenge.detail,
        evidence: [{ questionId: challenge.questionId, answer: selected }],
        practice: challenge.practice,
        prevalence: challenge.prevalence,
      },
      rank: challenge.rank,
    });
  }
}

/** A team's inconsistencies, judged per respondent: how many respondents break each rule. */
export interface TeamInconsistencies {
  readonly counts: ReadonlyMap<string, number>;
  readonly respondents: number;
}

/**
 * The gaps of a scored response, numbered 1..n in the order the work must be done: blockers and
 * foundations of the next level, then those of the levels above (marked with their level), then
 * inconsistencies and hotspots together, each group by the work order of `WORK_ORDER`. For a team,
 * `team` replaces the inconsistencies of the aggregate answers with those of the respondents.
 */
export function gapsOf(context: GapContext, team?: TeamInconsistencies): Gap[] {
  const found: Unordered[] = [];
  blockers(context, found);
  foundations(context, found);
  if (team === undefined) inconsistencies(context, found);
  else teamInconsistencies(context, team.counts, team.respondents, found);
  hotspots(context, found);
  // Insertion sort: a response has a handful of gaps, and Array.prototype.sort with a comparator
  // cost a twentieth of scoring one. Ranks are distinct (they pack the definition's position).
  for (let i = 1; i < found.length; i += 1) {
    const item = found[i] as Unordered;
    let j = i - 1;
    while (j >= 0 && (found[j] as Unordered).rank > item.rank) {
      found[j + 1] = found[j] as Unordered;
      j -= 1;
    }
    found[j + 1] = item;
  }
  const gaps: Gap[] = [];
  for (let i = 0; i < found.length; i += 1) {
    const gap = (found[i] as Unordered).gap;
    gap.order = i + 1;
    gaps.push(gap);
  }
  return gaps;
}

/** The context of the gap finder for one response's (or a team's aggregate) facts. */
export function gapContextOf(index: ScoringIndex, facts: Facts): GapContext {
  const gates = evaluateGateList(facts);
  const practices = assessPractices(index.questionnaire, facts);
  const capped = capOf(practices, levelFromGates(gates, 'pessimistic'), levelFromGates(gates, 'optimistic'));
  return {
    index,
    answers: facts.answers,
    facts,
    gates,
    practices,
    cap: capped.cap,
    level: capped.level,
    maxLevel: capped.maxLevel,
    selfDeclaredLevel: selfDeclaredLevelOf(facts.answers),
  };
}

/**
 * The gaps of a response (PRODUCT.md "Gaps"; paper 5.3–5.4 for hotspots and shares):
 * - blockers: every unmet gate above the team's level (failed, unknown or unanswered), with its level;
 * - foundations: practices below what a practice of an unmet gate, or an automation that caps
 *   level 4, rests on (the practice model's prerequisites);
 * - hotspots: every challenge of questions 19–20 met frequently or always, and every specific
 *   difficulty selected in questions 21 and 23 ("other" names nothing to address);
 * - inconsistencies: answers that contradict each other or the evidence (`INCONSISTENCY_RULES`).
 * Each carries its evidence, the MLOps practice that addresses it and, where the paper reports a
 * count for it, that share with how it relates (same, related, bound). Hidden questions are ignored.
 *
 * @throws Error when the questionnaire lacks a question the engine reads (programmer error).
 */
export function findGaps(questionnaire: Questionnaire, answers: Answers): Gap[] {
  const index = scoringIndexOf(questionnaire);
  return gapsOf(gapContextOf(index, factsOf(viewOf(questionnaire, answers))));
}

/** The level chosen in question 9 (paper 5.1), or null when unanswered or "don't know". */
export function selfDeclaredLevelOf(answers: Answers): Level | null {
  switch (readSingle(answers, 'self_declared_level')) {
    case 'level_1':
      return 1;
    case 'level_2':
      return 2;
    case 'level_3':
      return 3;
    case 'level_4':
      return 4;
    default:
      return null;
  }
}
