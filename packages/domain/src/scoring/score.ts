import type { LocalizedText } from '../i18n.ts';
import { DONT_KNOW, type Answers, type Questionnaire } from '../questionnaire/types.ts';
import { completenessOfView } from '../questionnaire/progress.ts';
import { viewOf, type ResponseView } from '../questionnaire/visibility.ts';
import { compareView } from '../benchmark/compare.ts';
import type { Confidence, Disagreement, Explanation, GateEvaluation, Level, LevelCap, NextStep, Result } from './types.ts';
import { scoreDimensionList } from './dimensions.ts';
import { firstUnmet, gapContextOf, gapsOf, unmetWords, type TeamInconsistencies } from './gaps.ts';
import { readMultiple, readSingle, scoringIndexOf, type ScoringIndex } from './scoring-index.ts';
import { RUNTIME_WORDS, SERVING_WORDS, joinText } from './words.ts';
import { factsOf } from './facts.ts';
import { statusWords } from './caps.ts';
import { getPractice } from './practice-model.ts';
import { buildRoadmap, type PracticeTargets } from './roadmap.ts';

/**
 * The scoring engine's version (semver), stored with every result. Bump the major version when a
 * change can move a stored level, the minor when it adds to the result, the patch for wording.
 */
export const ENGINE_VERSION = '2.0.0';

const text = (en: string, pt: string): LocalizedText => ({ en, 'pt-BR': pt });

/** Where production models run and how they are served, for levels 3 and 4 (both gates passed). */
function productionWords(answers: Answers): { where: LocalizedText; how: LocalizedText } {
  const runtime = readSingle(answers, 'model_runtime') ?? '';
  const consumption = readMultiple(answers, 'model_consumption');
  const list = consumption === undefined || consumption === DONT_KNOW ? [] : consumption;
  const api = list.includes('api');
  const batch = list.includes('batch');
  return {
    where: RUNTIME_WORDS[runtime] ?? text(runtime, runtime),
    how: SERVING_WORDS[api && batch ? 'both' : api ? 'api' : 'batch'],
  };
}

/** What the team's level means for this team, in one sentence. */
function levelStatement(level: Level, answers: Answers): LocalizedText {
  switch (level) {
    case 1:
      // No claim of its own: the clause on level 2 says what the answers show, or that nobody said.
      return text('Level 1, the starting level.', 'Nível 1, o nível inicial.');
    case 2: {
      const where = RUNTIME_WORDS[readSingle(answers, 'model_runtime') ?? ''];
      return where === undefined
        ? text("Level 2: the business consumes the models' outputs.", 'Nível 2: as áreas de negócio consomem os resultados dos modelos.')
        : text(
            `Level 2: the business consumes the models' outputs, and the models run ${where.en}.`,
            `Nível 2: as áreas de negócio consomem os resultados dos modelos, e os modelos executam ${where['pt-BR']}.`,
          );
    }
    case 3: {
      const { where, how } = productionWords(answers);
      return text(
        `Level 3: models run in production ${where.en} and are served ${how.en}.`,
        `Nível 3: os modelos executam em produção ${where['pt-BR']} e são consumidos ${how['pt-BR']}.`,
      );
    }
    case 4: {
      const { where, how } = productionWords(answers);
      return text(
        `Level 4: models run in production ${where.en}, are served ${how.en}, and deployment, monitoring and retraining are automated.`,
        `Nível 4: os modelos executam em produção ${where['pt-BR']}, são consumidos ${how['pt-BR']}, e a implantação, o monitoramento e o retreino são automatizados.`,
      );
    }
  }
}

/**
 * E.g. "Level 3: models run in production on cloud servers and are served by API. Not level 4 yet:
 * deployment is not automated." Every unmet gate of the next level is named; the range is added
 * when "don't know" answers could lift the level.
 */
const SUMMARIES = new Map<number, LocalizedText>();
const STATUS_CODE: Readonly<Record<GateEvaluation['status'], number>> = { passed: 0, failed: 1, unknown: 2, unanswered: 3 };
/** The runtimes the summary names (an answer outside them is worded fresh, not kept). */
const RUNTIMES: readonly string[] = Object.keys(RUNTIME_WORDS);

/**
 * summaryOf, kept by what it reads (the level, its bound, the statuses of the next level's gates,
 * where models run and how they are served): most results share a handful of summaries. A capped
 * level is worded fresh (its reasons vary).
 */
function cachedSummary(level: Level, maxLevel: Level, cap: LevelCap | null, gates: readonly GateEvaluation[], answers: Answers): LocalizedText {
  if (cap !== null) return summaryOf(level, maxLevel, cap, gates, answers);
  // The key packs what the summary reads into one number (a key built as a string cost more than
  // the lookup saved): level, bound, each next gate's status, where models run, how they are served.
  let key = level * 5 + maxLevel;
  for (const gate of gates) if (gate.level === level + 1) key = key * 4 + STATUS_CODE[gate.status];
  if (level >= 2) {
    const runtime = readSingle(answers, 'model_runtime');
    const at = runtime === undefined ? RUNTIMES.length : RUNTIMES.indexOf(runtime);
    if (at < 0) return summaryOf(level, maxLevel, cap, gates, answers);
    const consumption = readMultiple(answers, 'model_consumption');
    const list = consumption === undefined || consumption === DONT_KNOW ? [] : consumption;
    key = ((key * (RUNTIMES.length + 1) + at) * 2 + (list.includes('api') ? 1 : 0)) * 2 + (list.includes('batch') ? 1 : 0);
  }
  let summary = SUMMARIES.get(key);
  if (summary === undefined) {
    summary = summaryOf(level, maxLevel, cap, gates, answers);
    if (SUMMARIES.size < 4096) SUMMARIES.set(key, summary);
  }
  return summary;
}

function summaryOf(level: Level, maxLevel: Level, cap: LevelCap | null, gates: readonly GateEvaluation[], answers: Answers): LocalizedText {
  const parts: LocalizedText[] = [levelStatement(level, answers)];
  if (cap !== null) {
    const held = joinText(
      cap.reasons.map((reason) => {
        const automated = getPractice(reason.practiceId)?.title ?? text(reason.practiceId, reason.practiceId);
        const foundation = getPractice(reason.foundationId)?.title ?? text(reason.foundationId, reason.foundationId);
        const state = statusWords(reason.foundationStatus);
        return text(
          `${automated.en.toLowerCase()} is automated but ${foundation.en.toLowerCase()} is ${state.en}`,
          `${automated['pt-BR'].toLowerCase()} é automatizado(a), mas ${foundation['pt-BR'].toLowerCase()} está ${state['pt-BR']}`,
        );
      }),
      text('; ', '; '),
    );
    parts.push(
      text(
        `The gates of level ${cap.from} are met, but level ${cap.from} is held back: ${held.en}.`,
        `Os critérios do nível ${cap.from} são atendidos, mas o nível ${cap.from} fica retido: ${held['pt-BR']}.`,
      ),
    );
  } else if (level < 4) {
    const next = level + 1;
    const unmet = joinText(
      gates.filter((gate) => gate.level === next && gate.status !== 'passed').map(unmetWords),
      text('; ', '; '),
    );
    parts.push(text(`Not level ${next} yet: ${unmet.en}.`, `Ainda não é nível ${next}: ${unmet['pt-BR']}.`));
  }
  if (maxLevel > level) {
    parts.push(
      text(
        `It could be level ${maxLevel}: that depends on answers given as "don't know".`,
        `Pode ser nível ${maxLevel}: isso depende de respostas dadas como "não sei".`,
      ),
    );
  }
  return joinText(parts, text(' ', ' '));
}

/**
 * The confidence range: the level with every "don't know" as absent (min, the reported level) and
 * as present (max), and the questions whose "don't know" answers stand in the gates between them.
 */
function confidenceOf(
  index: ScoringIndex,
  gates: readonly GateEvaluation[],
  cap: LevelCap | null,
  min: Level,
  max: Level,
  answers: Answers,
): Confidence {
  // Only a range (max above min) has uncertain questions: a settled level makes no set.
  if (max === min) return { min, max, uncertainQuestions: [] };
  const uncertain = new Set<string>();
  // A foundation answered "don't know" holds level 4 back for the level but not for the bound.
  if (max > min) {
    for (const reason of cap?.reasons ?? []) {
      if (reason.foundationStatus === 'dont_know') uncertain.add(getPractice(reason.foundationId)?.question ?? reason.foundationId);
    }
  }
  for (const gate of gates) {
    if (gate.level <= min || gate.level > max || gate.status !== 'unknown') continue;
    for (const evidence of gate.evidence) {
      // A question not asked because of a "don't know" is uncertain through that answer.
      if (evidence.unaskedBecause !== undefined) uncertain.add(evidence.unaskedBecause);
      else if (answers[evidence.questionId] === DONT_KNOW) uncertain.add(evidence.questionId);
    }
  }
  const { position } = index;
  return {
    min,
    max,
    uncertainQuestions: [...uncertain].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
  };
}

/** The ids of the gates passed, in order. */
function passedIds(gates: readonly GateEvaluation[]): string[] {
  const ids: string[] = [];
  for (const gate of gates) if (gate.status === 'passed') ids.push(gate.id);
  return ids;
}

/** What a team result adds to a single response's: its respondents, disagreements and completeness. */
export interface ResultContext {
  readonly respondents: number;
  readonly disagreements: readonly Disagreement[];
  /** Share of the visible questions answered, 0–1; computed from the answers when absent. */
  readonly completeness?: number;
  /** For a team: the inconsistencies of its respondents, replacing those of the aggregate answers. */
  readonly inconsistencies?: TeamInconsistencies;
}

/** Options of scoring. */
export interface ScoringOptions {
  /** The team's own target states, replacing the practice model's defaults in the roadmap. */
  readonly targets?: PracticeTargets;
}

/**
 * Scores a response (or a team's aggregate answers) read into a view: the view is read once, its
 * facts (shown answers, and why a missing one is missing) are what the gates, dimensions, gaps and
 * roadmap see, and it gives the benchmark comparison and, unless the context brings it, the
 * completeness.
 */
export function resultOf(index: ScoringIndex, view: ResponseView, context: ResultContext, options: ScoringOptions = {}): Result {
  const questionnaire = index.questionnaire;
  const facts = factsOf(view);
  const gapContext = gapContextOf(index, facts);
  const { gates, level, maxLevel, cap, practices, selfDeclaredLevel } = gapContext;
  const visible = facts.answers;
  const unmet = firstUnmet(gates, level);
  const explanation: Explanation = {
    gatesPassed: passedIds(gates),
    firstUnmetGate: unmet?.id ?? null,
    summary: cachedSummary(level, maxLevel, cap, gates, visible),
  };
  const nextSteps: NextStep[] = [];
  for (let above = level + 1; above <= 4; above += 1) {
    const unmetGates: GateEvaluation[] = [];
    for (const gate of gates) if (gate.level === above && gate.status !== 'passed') unmetGates.push(gate);
    nextSteps.push({ level: above as Level, unmetGates });
  }
  const completeness = context.completeness ?? completenessOfView(view);
  const gaps = gapsOf(gapContext, context.inconsistencies);
  return {
    engineVersion: ENGINE_VERSION,
    questionnaireId: questionnaire.id,
    level,
    cap,
    confidence: confidenceOf(index, gates, cap, level, maxLevel, visible),
    selfDeclaredLevel,
    explanation,
    gates,
    nextSteps,
    dimensions: scoreDimensionList(questionnaire, facts),
    gaps,
    practices,
    roadmap: buildRoadmap({ level, cap, gates, practices, gaps }, options.targets),
    benchmark: compareView(view, visible),
    respondents: context.respondents,
    disagreements: context.disagreements,
    completeness,
  };
}

/**
 * Scores one response (PRODUCT.md "Scoring"; levels from paper 5.1, Fig. 2). Pure and
 * deterministic: the same questionnaire, answers and options give a deep-equal result.
 *
 * Hidden questions' answers are dropped first; a question not asked because of an earlier
 * "don't know" counts as "don't know". The level comes from the gates with "don't know" as absent,
 * held back to 3 when a level-4 automation has no foundation (`cap`); `confidence` adds the level
 * with "don't know" as present. The roadmap uses the practice model's targets unless `targets`
 * gives the team's own. An incomplete response is scored as it stands (unanswered gates fail as
 * "unanswered"; `completeness` says how far it got, 0–1).
 *
 * @throws Error only when the questionnaire lacks a question, kind or option the engine reads.
 */
export function scoreResponse(questionnaire: Questionnaire, answers: Answers, options: ScoringOptions = {}): Result {
  const index = scoringIndexOf(questionnaire);
  return resultOf(index, viewOf(questionnaire, answers), { respondents: 1, disagreements: [] }, options);
}
