import type { LocalizedText } from '../i18n.ts';

/**
 * The answer a person gives when they do not know. It is an answer, distinct from "no"
 * or "absent": the scoring engine scores it both ways to find the confidence range.
 */
export const DONT_KNOW = 'dont_know' as const;
export type DontKnow = typeof DONT_KNOW;

/** The paper's five-point frequency scale (section 5.3, "Algumas vezes", "Frequentemente"...). */
export const FREQUENCIES = ['never', 'rarely', 'sometimes', 'frequently', 'always'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Whether a value is one of FREQUENCIES. Compared, not looked up in a set: scoring and validation
 * ask it of every rating of every response, and the comparisons cost less than a set's hashing.
 */
export function isFrequency(value: unknown): value is Frequency {
  return value === 'never' || value === 'rarely' || value === 'sometimes' || value === 'frequently' || value === 'always';
}

/**
 * The state of an MLOps practice, scored like Google's ML Test Score:
 * absent 0, manual (and documented) 0.5, automated 1.
 */
export const PRACTICE_STATES = ['absent', 'manual', 'automated'] as const;
export type PracticeState = (typeof PRACTICE_STATES)[number];

/** Whether a value is one of PRACTICE_STATES, compared rather than looked up (see isFrequency). */
export function isPracticeState(value: unknown): value is PracticeState {
  return value === 'absent' || value === 'manual' || value === 'automated';
}

export const QUESTION_KINDS = ['single', 'multiple', 'frequency', 'practice', 'number', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The sections of the paper's survey (section 4.3) plus the practices that decide the level. */
export const SECTION_IDS = ['profile', 'activities', 'challenges', 'mlops', 'practices'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  readonly id: SectionId;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

export interface Option {
  /** Stable id, snake_case; what is stored in an answer. */
  readonly id: string;
  readonly label: LocalizedText;
  /** The benchmark category this option is compared with, inside the question's series. */
  readonly benchmarkCategory?: string;
}

/** A row of a frequency matrix: one data type, activity or problem, rated on the scale. */
export interface FrequencyItem {
  readonly id: string;
  readonly label: LocalizedText;
  /** The benchmark series of this item, when the paper reports on it. */
  readonly benchmark?: string;
}

/**
 * A question is shown (and may be answered) only when its condition holds.
 * The condition holds when the answer to `question` is one of `anyOf` (single choice)
 * or contains one of them (multiple choice). An unanswered or "don't know" earlier
 * question makes the condition false.
 */
export interface Condition {
  readonly question: string;
  readonly anyOf: readonly string[];
}

interface QuestionBase {
  /** Stable id, snake_case, never reused for another meaning. */
  readonly id: string;
  /** Number in the paper's survey order (1–25), or null for the practice questions. */
  readonly number: number | null;
  readonly section: SectionId;
  readonly prompt: LocalizedText;
  readonly help?: LocalizedText;
  /** Whether "don't know" is offered. */
  readonly allowDontKnow: boolean;
  /** Required questions must be answered (when shown) before a response can be submitted. */
  readonly required: boolean;
  readonly condition?: Condition;
  /**
   * The benchmark series this question is compared with, when the paper reports on it;
   * several when the paper reports the subject over different bases (all 66, the 57 who deploy).
   * Frequency questions link per item instead.
   */
  readonly benchmark?: readonly string[];
  /** Where in the paper the subject comes from, e.g. "5.1, Fig. 2". */
  readonly paperRef: string;
}

export interface SingleQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly options: readonly Option[];
}

export interface MultipleQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly options: readonly Option[];
  /** Largest number of options that may be picked; defaults to all of them. */
  readonly maxSelected?: number;
}

export interface FrequencyQuestion extends QuestionBase {
  readonly kind: 'frequency';
  readonly items: readonly FrequencyItem[];
}

export interface PracticeQuestion extends QuestionBase {
  readonly kind: 'practice';
  /** What "manual" and "automated" mean for this practice, for the respondent. */
  readonly states: Readonly<Record<PracticeState, LocalizedText>>;
}

export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit?: LocalizedText;
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'text';
  readonly maxLength: number;
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | FrequencyQuestion
  | PracticeQuestion
  | NumberQuestion
  | TextQuestion;

/** A versioned, immutable questionnaire. Its id is `<slug>@<version>`, e.g. `amorim-2023@1`. */
export interface Questionnaire {
  readonly id: string;
  readonly slug: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly source: string;
  readonly benchmarkId: string;
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
}

/**
 * One answer, as stored and sent over HTTP, by question kind:
 * - single: an option id, or "dont_know"
 * - multiple: a non-empty list of option ids, or "dont_know"
 * - frequency: an object from item id to a frequency or "dont_know" (items may be missing)
 * - practice: a practice state, or "dont_know"
 * - number: a finite number, or "dont_know"
 * - text: a string
 */
export type Answer = string | number | readonly string[] | Readonly<Record<string, string>>;

/** A (possibly partial) set of answers, by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** Every kind of problem `validateAnswers` reports. */
export const ANSWER_PROBLEM_CODES = [
  'unknown_question',
  'wrong_type',
  'unknown_option',
  'unknown_item',
  'too_many_options',
  'duplicate_option',
  'empty_answer',
  'out_of_range',
  'not_integer',
  'too_long',
  'dont_know_not_offered',
  'condition_not_met',
  'required',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[number];

/** One thing wrong with a response, with the question it concerns and words a person understands. */
export interface AnswerProblem {
  readonly questionId: string;
  readonly code: AnswerProblemCode;
  readonly message: string;
}
