import type { LocalizedText } from '../i18n.ts';
import { DONT_KNOW, type Answers, type Questionnaire } from '../questionnaire/types.ts';
import { shownAnswers } from '../questionnaire/validation.ts';
import { completenessOfView } from '../questionnaire/progress.ts';
import { viewOf, type ResponseView } from '../questionnaire/visibility.ts';
import { compareView } from '../benchmark/compare.ts';
import type { Confidence, Disagreement, Explanation, GateEvaluation, Level, NextStep, Result } from './types.ts';
import { evaluateGateList, levelFromGates } from './gates.ts';
import { scoreDimensionList } from './dimensions.ts';
import { firstUnmet, gapsOf, selfDeclaredLevelOf, unmetWords } from './gaps.ts';
import { readMultiple, readSingle, scoringIndexOf, type ScoringIndex } from './scoring-index.ts';
import { RUNTIME_WORDS, SERVING_WORDS, joinText } from './words.ts';

/**
 * The scoring engine's version (semver), stored with every result. Bump the major version when a
 * change can move a stored level, the minor when it adds to the result, the patch for wording.
 */
export const ENGINE_VERSION = '1.0.0';

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
      return text(
        'Level 1: first models, with no confirmed use by the business yet.',
        'Nível 1: primeiros modelos, ainda sem uso confirmado pelas áreas de negócio.',
      );
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
function summaryOf(level: Level, maxLevel: Level, gates: readonly GateEvaluation[], answers: Answers): LocalizedText {
  const parts: LocalizedText[] = [levelStatement(level, answers)];
  if (level < 4) {
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
function confidenceOf(index: ScoringIndex, gates: readonly GateEvaluation[], min: Level, max: Level, answers: Answers): Confidence {
  const uncertain = new Set<string>();
  for (const gate of gates) {
    if (gate.level <= min || gate.level > max || gate.status !== 'unknown') continue;
    for (const evidence of gate.evidence) {
      if (answers[evidence.questionId] === DONT_KNOW) uncertain.add(evidence.questionId);
    }
  }
  const { position } = index;
  return {
    min,
    max,
    uncertainQuestions: [...uncertain].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
  };
}

/** What a team result adds to a single response's: its respondents, disagreements and completeness. */
export interface ResultContext {
  readonly respondents: number;
  readonly disagreements: readonly Disagreement[];
  /** Share of the visible questions answered, 0–1; computed from the answers when absent. */
  readonly completeness?: number;
}

/**
 * The answers the gates, dimensions, gaps and summary read: the shown answers. Copying them into a
 * new object costs about a tenth of scoring a response, and the copy reads the same as the answers
 * themselves when no hidden question is answered and the answers are a plain object: the engine
 * reads only question ids of the questionnaire (the scoring index guarantees them), never lists
 * keys, and a plain object inherits for those ids what the copy inherits. So the copy is made only
 * when pruning changes something.
 */
function answersToScore(view: ResponseView): Answers {
  if (view.hiddenAnswered || Object.getPrototypeOf(view.answers) !== Object.prototype) return shownAnswers(view);
  return view.answers as Answers;
}

/**
 * Scores a response (or a team's aggregate answers) read into a view: the view is read once and
 * shared, its shown answers are what the gates, dimensions and gaps see, and it gives the
 * benchmark comparison and, unless the context brings it, the completeness.
 */
export function resultOf(index: ScoringIndex, view: ResponseView, context: ResultContext): Result {
  const questionnaire = index.questionnaire;
  const visible = answersToScore(view);
  const gates = evaluateGateList(visible);
  const level = levelFromGates(gates, 'pessimistic');
  const maxLevel = levelFromGates(gates, 'optimistic');
  const selfDeclaredLevel = selfDeclaredLevelOf(visible);
  const unmet = firstUnmet(gates, level);
  const explanation: Explanation = {
    gatesPassed: gates.filter((gate) => gate.status === 'passed').map((gate) => gate.id),
    firstUnmetGate: unmet?.id ?? null,
    summary: summaryOf(level, maxLevel, gates, visible),
  };
  const nextSteps: NextStep[] = [];
  for (let above = level + 1; above <= 4; above += 1) {
    nextSteps.push({
      level: above as Level,
      unmetGates: gates.filter((gate) => gate.level === above && gate.status !== 'passed'),
    });
  }
  const completeness = context.completeness ?? completenessOfView(view);
  return {
    engineVersion: ENGINE_VERSION,
    questionnaireId: questionnaire.id,
    level,
    confidence: confidenceOf(index, gates, level, maxLevel, visible),
    selfDeclaredLevel,
    explanation,
    gates,
    nextSteps,
    dimensions: scoreDimensionList(visible),
    gaps: gapsOf({ index, answers: visible, gates, level, maxLevel, selfDeclaredLevel }),
    benchmark: compareView(view, visible),
    respondents: context.respondents,
    disagreements: context.disagreements,
    completeness,
  };
}

/**
 * Scores one response (PRODUCT.md "Scoring"; levels from paper 5.1, Fig. 2). Pure and
 * deterministic: the same questionnaire and answers give a deep-equal result.
 *
 * Hidden questions' answers are dropped first. The level comes from the gates with "don't know"
 * as absent; `confidence` adds the level with "don't know" as present. An incomplete response is
 * scored as it stands (unanswered gates fail; `completeness` says how far it got, 0–1).
 *
 * @throws Error only when the questionnaire lacks a question, kind or option the engine reads.
 */
export function scoreResponse(questionnaire: Questionnaire, answers: Answers): Result {
  const index = scoringIndexOf(questionnaire);
  return resultOf(index, viewOf(questionnaire, answers), { respondents: 1, disagreements: [] });
}
