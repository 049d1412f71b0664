import type { LocalizedText } from '../i18n.ts';
import type { Answer } from '../questionnaire/types.ts';
import type { BenchmarkComparison } from '../benchmark/types.ts';

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
}

export type GateStatus = 'passed' | 'failed' | 'unknown';

/**
 * One condition a team must meet to hold a level. `unknown` means only "don't know" answers stand
 * between the team and the gate: scored as absent for the level and as present for the
 * optimistic bound of the confidence range. An unanswered or hidden question fails the gate.
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
  /** 0–100, rounded to an integer; null when no answer behind it was given. */
  readonly score: number | null;
  readonly evidence: readonly Evidence[];
}

export type GapKind = 'blocker' | 'hotspot' | 'inconsistency';

/** How many of the paper's respondents report the same problem (see benchmark). */
export interface Prevalence {
  readonly seriesId: string;
  readonly categoryId: string;
  readonly count: number;
  readonly base: number;
  /** Computed from count and base, 0–100, one decimal. */
  readonly percent: number;
  readonly source: string;
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
  /** For a blocker, the level whose gate it is (the next level's blockers come first). */
  readonly level?: Level;
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

/** How far respondents disagree on one question of a team assessment. */
export interface Disagreement {
  readonly questionId: string;
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
  readonly level: Level;
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
  readonly benchmark: readonly BenchmarkComparison[];
  /** Number of respondents behind the result (1 for a single response). */
  readonly respondents: number;
  /** Questions where respondents disagree, largest spread first; empty for one respondent. */
  readonly disagreements: readonly Disagreement[];
  /** Share of the visible questions answered, 0–1. */
  readonly completeness: number;
}
