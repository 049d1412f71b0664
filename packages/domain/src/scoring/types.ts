import type { LocalizedText } from '../i18n.ts';
import type { Answer } from '../questionnaire/types.ts';
import type { BenchmarkComparison, BenchmarkCount } from '../benchmark/types.ts';
import type { PracticeState } from '../questionnaire/types.ts';
import type { Effort, PracticeId, Stage } from './practice-model.ts';

/** The paper's four maturity levels (section 5.1, Fig. 2). */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** The lifecycle dimensions scored 0–100. They describe; they never decide the level. */
export const DIMENSION_IDS = [
  'data',
  'experimentation',
  'deployment',
  'monitoring',
  'automation',
  'governance',
  'organisation',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** The answer that decided (part of) a gate, a dimension or a gap. */
export interface Evidence {
  readonly questionId: string;
  /** The frequency item, for matrix questions. */
  readonly itemId?: string;
  /** The answer as given (after team aggregation, for a team result); null when unanswered. */
  readonly answer: Answer | null;
  /**
   * Set when the question was not asked because an earlier question it depends on (this id) was
   * answered "don't know" or left unanswered: the answer is then null, and it means "unknown",
   * never "no".
   */
  readonly unaskedBecause?: string;
}

/**
 * - passed: the answers meet the gate;
 * - failed: a definite answer fails it (a question hidden by a definite answer, e.g. no model runs
 *   yet, fails it too);
 * - unknown: only "don't know" answers (or questions not asked because of one) stand between the
 *   team and the gate;
 * - unanswered: a question that decides it was not answered (or not asked because an earlier one
 *   was not answered), and no definite answer fails it.
 */
export type GateStatus = 'passed' | 'failed' | 'unknown' | 'unanswered';

/**
 * One condition a team must meet to hold a level. `unknown` is scored as absent for the level and
 * as present for the optimistic bound of the confidence range; `unanswered` fails both.
 */
export interface GateEvaluation {
  readonly id: string;
  readonly level: Level;
  readonly title: LocalizedText;
  /** What must be true, in words. */
  readonly requirement: LocalizedText;
  readonly status: GateStatus;
  readonly evidence: readonly Evidence[];
  /** The MLOps practice that gets a team through this gate. */
  readonly practice: LocalizedText;
}

export interface DimensionScore {
  readonly id: DimensionId;
  readonly label: LocalizedText;
  /**
   * 0–100, rounded to an integer; null when fewer than half of its signals were answered
   * ("not enough answers"), so a score never rests on one or two answers.
   */
  readonly score: number | null;
  /** How many of its signals were answered ("don't know" and unasked questions are not answers). */
  readonly answered: number;
  /** How many signals the dimension has in this questionnaire version. */
  readonly signals: number;
  readonly evidence: readonly Evidence[];
}

/**
 * - blocker: an unmet gate of a level above the team's;
 * - foundation: a practice below what a practice of an unmet gate (or an automation the team runs)
 *   rests on;
 * - hotspot: a challenge met frequently or always;
 * - inconsistency: answers that contradict each other or the evidence.
 */
export type GapKind = 'blocker' | 'foundation' | 'hotspot' | 'inconsistency';

/**
 * How a cited count relates to what it is cited for:
 * - same: the paper counts exactly this (the same answer to the same question);
 * - related: the paper counts a related measure (e.g. a level statement for a practice, or
 *   "sometimes or frequently" for an answer of "always");
 * - upper_bound / lower_bound: the paper's count bounds the number with this answer.
 */
export type ShareRelation = 'same' | 'related' | 'upper_bound' | 'lower_bound';

/** A count of the paper's respondents (see benchmark), cited beside a gap or a roadmap step. */
export interface Prevalence extends BenchmarkCount {
  readonly relation: ShareRelation;
  /** What the paper's count counts, in words. */
  readonly measure: LocalizedText;
}

export interface Gap {
  /** Stable id, e.g. `blocker:l3.production_runtime` or `hotspot:data_problems.insufficient_data`. */
  readonly id: string;
  readonly kind: GapKind;
  readonly title: LocalizedText;
  readonly detail: LocalizedText;
  readonly evidence: readonly Evidence[];
  /** The MLOps practice that addresses it. */
  readonly practice: LocalizedText;
  /** The paper's share of respondents with the same problem, when the paper reports one. */
  readonly prevalence: Prevalence | null;
  /** Position in the order the work must be done (1 first). */
  readonly order: number;
  /** For a blocker, the level whose gate it is; for a foundation, the level it stands in the way of. */
  readonly level?: Level;
  /** For a foundation, the practice to build up. */
  readonly practiceId?: PracticeId;
  /** For an inconsistency in a team result, how many respondents' own answers show it. */
  readonly respondents?: number;
}

/**
 * The state of a practice in a result: its answer, or why there is none. `not_asked` means the
 * question was hidden by a definite earlier answer (e.g. no model runs yet); a question hidden by
 * an earlier "don't know" is `dont_know`, and by an earlier unanswered question `not_answered`.
 */
export type PracticeStatus = PracticeState | 'dont_know' | 'not_answered' | 'not_asked';

/** One practice of the practice model as the answers give it (only practices the questionnaire asks). */
export interface PracticeAssessment {
  readonly practiceId: PracticeId;
  readonly stage: Stage;
  readonly status: PracticeStatus;
  readonly evidence: Evidence;
}

/** Why a roadmap step matters. */
export type StepReason =
  /** The practice is part of an unmet gate of a level above the team's. */
  | { readonly kind: 'gate'; readonly gateId: string; readonly level: Level }
  /** A practice the team runs automated rests on this one, which is absent: level 4 is held back. */
  | { readonly kind: 'foundation'; readonly practiceId: PracticeId; readonly reason: LocalizedText }
  /** A later step rests on this one. */
  | { readonly kind: 'unlocks'; readonly practiceId: PracticeId; readonly reason: LocalizedText }
  /** The practice addresses a challenge the team meets frequently or always (a hotspot gap). */
  | { readonly kind: 'hotspot'; readonly gapId: string };

/** One step of a roadmap: a practice below its target state. */
export interface RoadmapStep {
  /** 1 first. */
  readonly order: number;
  readonly practiceId: PracticeId;
  readonly stage: Stage;
  readonly title: LocalizedText;
  /** What to do. */
  readonly action: LocalizedText;
  readonly now: PracticeStatus;
  readonly target: Exclude<PracticeState, 'absent'>;
  /** The practice model's default target, or the team's own. */
  readonly targetSource: 'default' | 'team';
  readonly targetReason: LocalizedText;
  readonly effort: Effort;
  readonly effortReason: LocalizedText;
  readonly why: readonly StepReason[];
  /** The steps of this roadmap that must come first (prerequisites still below what it needs). */
  readonly after: readonly PracticeId[];
  /** The answers behind it: the practice's own answer. */
  readonly evidence: readonly Evidence[];
  /** The paper's count for the problem the practice addresses, where it reports one. */
  readonly share: Prevalence | null;
}

/** An automation a level-4 gate passes on that rests on an absent (or unestablished) foundation. */
export interface CapReason {
  /** The automated practice, e.g. `retraining`. */
  readonly practiceId: PracticeId;
  /** What it rests on, e.g. `training_pipeline`. */
  readonly foundationId: PracticeId;
  readonly foundationStatus: PracticeStatus;
  readonly reason: LocalizedText;
}

/**
 * Level 4 held back: the paper's level-4 gates pass, but an automation they pass on has no
 * foundation (README "Level caps"). The result shows `to`; `from` is the level by the gates.
 */
export interface LevelCap {
  readonly from: Level;
  readonly to: Level;
  readonly reasons: readonly CapReason[];
}

export interface NextStep {
  readonly level: Level;
  readonly unmetGates: readonly GateEvaluation[];
}

/** "L3, could be L4": the level range when "don't know" answers could flip a gate. */
export interface Confidence {
  /** Level with every "don't know" scored as absent (this is the reported level). */
  readonly min: Level;
  /** Level with every "don't know" scored as present (automated). */
  readonly max: Level;
  /** The questions whose "don't know" answers make the difference. */
  readonly uncertainQuestions: readonly string[];
}

/** Why the team holds its level, in data every screen and report can put into words. */
export interface Explanation {
  readonly gatesPassed: readonly string[];
  /** The first gate of the next level that is not met; null at level 4. */
  readonly firstUnmetGate: string | null;
  readonly summary: LocalizedText;
}

/**
 * What a question decides, for ordering disagreements: gate questions decide the level, then the
 * other practices, the challenges, the activities, and the respondent's profile last.
 */
export const DISAGREEMENT_GROUPS = ['gate', 'practice', 'challenge', 'activity', 'profile'] as const;
export type DisagreementGroup = (typeof DISAGREEMENT_GROUPS)[number];

/** How far respondents disagree on one question of a team assessment. */
export interface Disagreement {
  readonly questionId: string;
  readonly group: DisagreementGroup;
  readonly itemId?: string;
  /** How many respondents gave each answer, by a stable key of the answer. */
  readonly distribution: Readonly<Record<string, number>>;
  readonly respondents: number;
  /**
   * 0 (everyone agrees) to 1 (maximal disagreement): 1 − share of the modal answer,
   * normalised by the largest value possible for that many answers and options.
   */
  readonly spread: number;
}

export interface Result {
  readonly engineVersion: string;
  readonly questionnaireId: string;
  /** The level shown: the level by the gates, held back by `cap` when an automation lacks its foundation. */
  readonly level: Level;
  /** Null when the level is the level by the gates. */
  readonly cap: LevelCap | null;
  readonly confidence: Confidence;
  /** The level the respondents chose for their company (question 9), when given. */
  readonly selfDeclaredLevel: Level | null;
  readonly explanation: Explanation;
  /** Every gate of levels 2–4, in order. */
  readonly gates: readonly GateEvaluation[];
  /** For each level above the team's, the gates still unmet. */
  readonly nextSteps: readonly NextStep[];
  readonly dimensions: readonly DimensionScore[];
  /** Ordered as the work must be done. */
  readonly gaps: readonly Gap[];
  /** Every practice the questionnaire asks, in practice-model order, with its state. */
  readonly practices: readonly PracticeAssessment[];
  /** Every practice below its target, ordered by the practice graph, then by what it unlocks. */
  readonly roadmap: readonly RoadmapStep[];
  readonly benchmark: readonly BenchmarkComparison[];
  /** Number of respondents behind the result (1 for a single response). */
  readonly respondents: number;
  /** Questions where respondents disagree, by group (gate questions first), then largest spread; empty for one respondent. */
  readonly disagreements: readonly Disagreement[];
  /** Share of the visible questions answered, 0–1. */
  readonly completeness: number;
}
