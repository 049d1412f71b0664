import type { LocalizedText } from '../i18n.ts';
import { DONT_KNOW, type Questionnaire } from '../questionnaire/types.ts';
import type { CapReason, Level, LevelCap, PracticeAssessment, PracticeStatus } from './types.ts';
import type { Facts } from './facts.ts';
import { PRACTICES, type PracticeDefinition, type PracticeId } from './practice-model.ts';
import { indexOf } from '../questionnaire/visibility.ts';

/** The practices of the model a questionnaire asks, in model order; worked out once per questionnaire. */
const askedByQuestionnaire = new WeakMap<Questionnaire, readonly PracticeDefinition[]>();

export function practicesAsked(questionnaire: Questionnaire): readonly PracticeDefinition[] {
  let asked = askedByQuestionnaire.get(questionnaire);
  if (asked === undefined) {
    const ids = new Set(questionnaire.questions.filter((question) => question.kind === 'practice').map((question) => question.id));
    asked = PRACTICES.filter((practice) => ids.has(practice.question));
    askedByQuestionnaire.set(questionnaire, asked);
  }
  return asked;
}

const askedPositions = new WeakMap<Questionnaire, readonly number[]>();

/** The questionnaire positions of the questions of `practicesAsked`, in the same order. */
function askedPositionsOf(questionnaire: Questionnaire, asked: readonly PracticeDefinition[]): readonly number[] {
  let positions = askedPositions.get(questionnaire);
  if (positions === undefined) {
    const { position } = indexOf(questionnaire);
    positions = asked.map((practice) => position.get(practice.question) ?? 0);
    askedPositions.set(questionnaire, positions);
  }
  return positions;
}

/**
 * Every practice the questionnaire asks, with its state from the facts: the answer, or why there is
 * none (a "don't know", or a question not asked because of one, is `dont_know`; unanswered, or not
 * asked because an earlier question was unanswered, is `not_answered`; hidden by a definite answer
 * is `not_asked`).
 */
export function assessPractices(questionnaire: Questionnaire, facts: Facts): PracticeAssessment[] {
  const assessed: PracticeAssessment[] = [];
  const asked = practicesAsked(questionnaire);
  const positions = askedPositionsOf(questionnaire, asked);
  for (let i = 0; i < asked.length; i += 1) {
    const practice = asked[i] as PracticeDefinition;
    const value = facts.values[positions[i] ?? 0];
    let status: PracticeStatus;
    if (value === 'absent' || value === 'manual' || value === 'automated') status = value;
    else if (value === DONT_KNOW) status = 'dont_know';
    else status = facts.missing(practice.question) === 'not_applicable' ? 'not_asked' : 'not_answered';
    assessed.push({ practiceId: practice.id, stage: practice.stage, status, evidence: facts.evidence(practice.question) });
  }
  return assessed;
}

/**
 * Whether a foundation in this state holds up the automation on it, for the level in a mode:
 * absent, not asked or not answered never do (an unanswered foundation is no more established than
 * an unanswered gate); "don't know" does for the optimistic bound only.
 */
function foundationHolds(status: PracticeStatus, optimistic: boolean): boolean {
  if (status === 'manual' || status === 'automated') return true;
  return optimistic && status === 'dont_know';
}

/** The practices whose automation a level-4 gate passes on, with their foundation edges. */
const CAPPABLE = PRACTICES.filter((practice) => practice.gates.length > 0 && practice.prerequisites.some((edge) => edge.foundation));

function capReasons(practices: readonly PracticeAssessment[], optimistic: boolean): CapReason[] {
  // Practice ids are the model's own strings: a linear search of at most 19 compares pointers.
  const statusOf = (id: PracticeId): PracticeStatus | undefined => practices.find((practice) => practice.practiceId === id)?.status;
  const reasons: CapReason[] = [];
  for (const practice of CAPPABLE) {
    const own = statusOf(practice.id);
    // The automation a level-4 gate passes on ("don't know" passes it for the optimistic bound).
    if (!(own === 'automated' || (optimistic && own === 'dont_know'))) continue;
    for (const prerequisite of practice.prerequisites) {
      if (!prerequisite.foundation) continue;
      const foundation = statusOf(prerequisite.practice);
      if (foundation === undefined || foundationHolds(foundation, optimistic)) continue;
      reasons.push({
        practiceId: practice.id,
        foundationId: prerequisite.practice,
        foundationStatus: foundation,
        reason: prerequisite.reason,
      });
    }
  }
  return reasons;
}

/**
 * Level caps (README "Level caps"): the paper's level 4 stands (automated deployment, monitoring
 * with alerts, retraining), but a result may not show level 4 while an automation its gates pass on
 * rests on a foundation that is absent, not asked or not answered (e.g. automated retraining with no
 * training pipeline): the level shown is then 3, and the cap says why. For the optimistic bound a
 * foundation answered "don't know" holds. Only foundation edges of the practice model count, and
 * only foundations the questionnaire asks, so @1 and @2 answers cap alike.
 */
export function capOf(
  practices: readonly PracticeAssessment[],
  gateLevel: Level,
  optimisticGateLevel: Level,
): { readonly level: Level; readonly maxLevel: Level; readonly cap: LevelCap | null } {
  let level = gateLevel;
  let cap: LevelCap | null = null;
  if (gateLevel === 4) {
    const reasons = capReasons(practices, false);
    if (reasons.length > 0) {
      level = 3;
      cap = { from: 4, to: 3, reasons };
    }
  }
  let maxLevel = optimisticGateLevel;
  if (optimisticGateLevel === 4 && capReasons(practices, true).length > 0) maxLevel = 3;
  // Below level 4 by the gates there is nothing to cap (and nothing was looked up).
  return { level, maxLevel: maxLevel < level ? level : maxLevel, cap };
}

const STATUS_WORDS: Readonly<Record<PracticeStatus, LocalizedText>> = {
  absent: { en: 'absent', 'pt-BR': 'ausente' },
  manual: { en: 'manual', 'pt-BR': 'manual' },
  automated: { en: 'automated', 'pt-BR': 'automatizada' },
  dont_know: { en: 'not known ("don\'t know")', 'pt-BR': 'desconhecida ("não sei")' },
  not_answered: { en: 'not answered', 'pt-BR': 'sem resposta' },
  not_asked: { en: 'not asked (it did not apply to the earlier answers)', 'pt-BR': 'não perguntada (não se aplicava às respostas anteriores)' },
};

/** A practice state in words, e.g. "absent" or "not answered" (never "absent" for a missing answer). */
export function statusWords(status: PracticeStatus): LocalizedText {
  return STATUS_WORDS[status];
}
