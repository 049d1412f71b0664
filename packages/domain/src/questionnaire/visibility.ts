import { DONT_KNOW, type Answers, type Condition, type Question, type Questionnaire } from './types.ts';

/** Answers as they may arrive from outside: any values, to be checked before use. */
export type UntrustedAnswers = Readonly<Record<string, unknown>>;

/**
 * What visibility needs of a questionnaire, worked out once per (immutable) questionnaire object:
 * scoring reads every question's visibility for every response, so per response it is array reads.
 */
export interface QuestionnaireIndex {
  /** By position: the question's id (read from one array rather than from each question object). */
  readonly ids: readonly string[];
  /** The questionnaire's questions by id (the last one wins if an invalid definition repeats an id). */
  readonly byId: ReadonlyMap<string, Question>;
  /** Position in `questions` of the question each id resolves to. */
  readonly position: ReadonlyMap<string, number>;
  /**
   * By position: what the shown-ness of the question depends on. ALWAYS_SHOWN (no condition),
   * NEVER_SHOWN (its chain of conditions reaches an unknown question or a cycle), or the position
   * of the question its condition reads.
   */
  readonly dependency: Int32Array;
  /** By position: the condition of the question the position's id resolves to, if any. */
  readonly conditions: readonly (Condition | undefined)[];
  /** Positions in an order where every question comes after the question its condition reads. */
  readonly order: Int32Array;
  /**
   * By position: the index in `questionnaire.sections` of the question's section, or -1. Like a
   * lookup by id, a repeated section id resolves to its last entry; `sectionSlot` gives, for each
   * entry of `questionnaire.sections`, the entry its id resolves to.
   */
  readonly section: Int32Array;
  readonly sectionSlot: Int32Array;
  /** Whether every question has an id of its own (a valid definition always does). */
  readonly uniqueIds: boolean;
}

export const ALWAYS_SHOWN = -1;
export const NEVER_SHOWN = -2;

const indexes = new WeakMap<Questionnaire, QuestionnaireIndex>();

/**
 * How many conditions lie between a position and a question without one; -1 when the chain
 * reaches an unknown question or loops. A chain longer than the questionnaire must loop.
 */
function chainLength(dependency: Int32Array, from: number): number {
  let at = from;
  for (let steps = 0; steps <= dependency.length; steps += 1) {
    const next = dependency[at] ?? NEVER_SHOWN;
    if (next === ALWAYS_SHOWN) return steps;
    if (next === NEVER_SHOWN) return -1;
    at = next;
  }
  return -1;
}

/** The questionnaire's index, built on first use and kept for the questionnaire object's lifetime. */
export function indexOf(questionnaire: Questionnaire): QuestionnaireIndex {
  const cached = indexes.get(questionnaire);
  if (cached !== undefined) return cached;
  const questions = questionnaire.questions;
  const byId = new Map(questions.map((question) => [question.id, question]));
  const position = new Map(questions.map((question, at) => [question.id, at]));
  // Resolve through the id, as a lookup by id would: a repeated id takes its last definition.
  const conditions = questions.map((question) => byId.get(question.id)?.condition);
  const dependency = new Int32Array(questions.length);
  conditions.forEach((condition, at) => {
    dependency[at] = condition === undefined ? ALWAYS_SHOWN : (position.get(condition.question) ?? NEVER_SHOWN);
  });
  // Same outcome as following the chain with a provisional "hidden" mark: a chain that reaches an
  // unknown question or a cycle hides every question on it.
  const depth = questions.map((_, at) => chainLength(dependency, at));
  depth.forEach((length, at) => {
    if (length < 0) dependency[at] = NEVER_SHOWN;
  });
  const order = Int32Array.from(questions.map((_, at) => at).sort((a, b) => (depth[a] ?? 0) - (depth[b] ?? 0) || a - b));
  const sectionIds = questionnaire.sections.map((section) => section.id);
  const section = Int32Array.from(questions.map((question) => sectionIds.lastIndexOf(question.section)));
  const sectionSlot = Int32Array.from(sectionIds.map((id) => sectionIds.lastIndexOf(id)));
  const ids = questions.map((question) => question.id);
  const index: QuestionnaireIndex = { ids, byId, position, dependency, conditions, order, section, sectionSlot, uniqueIds: position.size === ids.length };
  indexes.set(questionnaire, index);
  return index;
}

/** The questionnaire's questions by id, built once per (immutable) questionnaire. */
export function questionIndex(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  return indexOf(questionnaire).byId;
}

/**
 * The answer stored under `questionId`, or undefined. Reads own properties only, so an id such
 * as "constructor" never picks up something from Object.prototype.
 */
export function answerOf(answers: UntrustedAnswers, questionId: string): unknown {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * Whether the answer meets the condition, ignoring whether the condition's own question is
 * shown: a single answer must be one of `anyOf`, a multiple answer must contain one of them.
 * "don't know", an unanswered question or a malformed answer never meet a condition.
 */
export function conditionHolds(condition: Condition, answer: unknown): boolean {
  // Plain loops, no closure: this runs for every conditional question of every response scored.
  if (!Array.isArray(answer)) return meets(condition, answer);
  for (const value of answer as readonly unknown[]) {
    if (meets(condition, value)) return true;
  }
  return false;
}

function meets(condition: Condition, value: unknown): boolean {
  return typeof value === 'string' && value !== DONT_KNOW && condition.anyOf.includes(value);
}

/**
 * Whether a question is shown (and may be answered) for these answers. Conditions chain: a
 * question whose condition depends on a hidden question is hidden too. False for an id the
 * questionnaire does not have, and for a question whose chain of conditions reaches an unknown
 * question or a cycle (which a valid definition never has).
 */
export function isQuestionVisible(questionnaire: Questionnaire, questionId: string, answers: Answers): boolean {
  const index = indexOf(questionnaire);
  let at = index.position.get(questionId);
  // Walks up the chain; it ends because chains that loop are marked NEVER_SHOWN in the index.
  while (at !== undefined) {
    const dependsOn = index.dependency[at] ?? NEVER_SHOWN;
    if (dependsOn === ALWAYS_SHOWN) return true;
    const condition = index.conditions[at];
    if (dependsOn === NEVER_SHOWN || condition === undefined) return false;
    if (!conditionHolds(condition, answerOf(answers, condition.question))) return false;
    at = dependsOn;
  }
  return false;
}

/**
 * By question position, the answer given (an own enumerable property of the answers: answers are
 * data, such as parsed JSON) or undefined. The answers' own keys and values are listed once and each
 * key is looked up in the index: reading the answers object by every question id (and checking
 * that the property is its own) cost two and a half times as much.
 */
function answersByPosition(index: QuestionnaireIndex, answers: UntrustedAnswers): unknown[] {
  const ids = index.ids;
  const given = new Array<unknown>(ids.length).fill(undefined);
  if (!index.uniqueIds) {
    // A definition that repeats an id (invalid, but read as a lookup by id would): every position of it.
    for (let at = 0; at < ids.length; at += 1) {
      const id = ids[at] ?? '';
      given[at] = Object.hasOwn(answers, id) ? answers[id] : undefined;
    }
    return given;
  }
  const keys = Object.keys(answers);
  const values = Object.values(answers);
  const position = index.position;
  for (let i = 0; i < keys.length; i += 1) {
    const at = position.get(keys[i] ?? '');
    if (at !== undefined) given[at] = values[i];
  }
  return given;
}

/**
 * By question position, 1 when the question is shown for the answers `given` by position: the
 * whole questionnaire in one pass, dependencies before the questions that depend on them. A
 * condition reads the answer at its dependency's position, which is the answer to its question.
 */
function shownFlags(index: QuestionnaireIndex, given: readonly unknown[]): Uint8Array {
  const { dependency, conditions, order } = index;
  const shown = new Uint8Array(dependency.length);
  for (let i = 0; i < order.length; i += 1) {
    const at = order[i] ?? 0;
    const dependsOn = dependency[at] ?? NEVER_SHOWN;
    if (dependsOn === ALWAYS_SHOWN) {
      shown[at] = 1;
    } else if (dependsOn !== NEVER_SHOWN && shown[dependsOn] === 1) {
      const condition = conditions[at];
      if (condition !== undefined && conditionHolds(condition, given[dependsOn])) shown[at] = 1;
    }
  }
  return shown;
}

/**
 * One response read against a questionnaire once: which questions are shown and what they were
 * answered. Scoring builds one per response and shares it between pruning, progress and the
 * benchmark comparison, instead of each following the conditions and reading the answers again.
 */
export interface ResponseView {
  readonly questionnaire: Questionnaire;
  readonly index: QuestionnaireIndex;
  /** By question position: 1 when the question is shown for these answers. */
  readonly shown: Uint8Array;
  /**
   * By question position: the answer to a shown question (an own property of the answers), as
   * given; undefined when the question is hidden or unanswered.
   */
  readonly values: readonly unknown[];
  /** The answers read, as given. */
  readonly answers: UntrustedAnswers;
  /** Whether a hidden question has an answer (which pruning drops). */
  readonly hiddenAnswered: boolean;
}

/** Reads a response against a questionnaire: every answer once, then every condition once. */
export function viewOf(questionnaire: Questionnaire, answers: UntrustedAnswers): ResponseView {
  const index = indexOf(questionnaire);
  const values = answersByPosition(index, answers);
  const shown = shownFlags(index, values);
  // Only now may hidden answers go: conditions above read them (a hidden question's answer hides
  // its dependants anyway, since they require it to be shown).
  let hiddenAnswered = false;
  for (let at = 0; at < values.length; at += 1) {
    if (shown[at] === 1) continue;
    if (values[at] !== undefined) hiddenAnswered = true;
    values[at] = undefined;
  }
  return { questionnaire, index, shown, values, answers, hiddenAnswered };
}

/** A visibility lookup for many questions on the same answers, sharing the work. */
export function visibilityOf(questionnaire: Questionnaire, answers: UntrustedAnswers): (questionId: string) => boolean {
  const { index, shown } = viewOf(questionnaire, answers);
  return (questionId) => {
    const at = index.position.get(questionId);
    return at !== undefined && shown[at] === 1;
  };
}

/** The questions shown for these answers, in questionnaire order. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): readonly Question[] {
  const { shown } = viewOf(questionnaire, answers);
  return questionnaire.questions.filter((_, at) => shown[at] === 1);
}

/**
 * For a hidden question, the condition in its chain that is not met (its own, or that of the
 * first hidden question it depends on), so a message can name the answer that hides it.
 * Undefined when the question is shown or unknown.
 */
export function unmetCondition(
  questionnaire: Questionnaire,
  questionId: string,
  answers: UntrustedAnswers,
): Condition | undefined {
  const index = questionIndex(questionnaire);
  const isVisible = visibilityOf(questionnaire, answers);
  const seen = new Set<string>();
  let question = index.get(questionId);
  while (question?.condition !== undefined && !seen.has(question.id)) {
    seen.add(question.id);
    const condition: Condition = question.condition;
    if (isVisible(condition.question) || !index.has(condition.question)) {
      return isVisible(question.id) ? undefined : condition;
    }
    question = index.get(condition.question);
  }
  return undefined;
}

/** Why a question was not asked, by the answer to the question it depends on (see `unaskedOf`). */
export const UNASKED_SHOWN = 0;
/** Hidden by a definite answer (the condition does not hold): the question does not apply. */
export const UNASKED_NOT_APPLICABLE = 1;
/** Hidden because an earlier question in its chain was answered "don't know": unknown. */
export const UNASKED_DONT_KNOW = 2;
/** Hidden because an earlier question in its chain was not answered: not answered. */
export const UNASKED_NOT_ANSWERED = 3;

export interface Unasked {
  /** By position: UNASKED_SHOWN, or why the question was hidden. */
  readonly reason: Uint8Array;
  /** By position: for a hidden question, the position of the question whose answer hid it; -1 otherwise. */
  readonly cause: readonly number[];
}

/**
 * For each hidden question of a view, why it was not asked: a definite earlier answer (it does
 * not apply), an earlier "don't know" (its answer is unknown), or an earlier question left
 * unanswered (its answer is missing), with the question that decided it. A question hidden
 * behind another hidden question inherits that one's reason and cause. One pass, dependencies first.
 */
export function unaskedOf(view: ResponseView): Unasked {
  const { dependency, order } = view.index;
  const reason = new Uint8Array(dependency.length);
  // A plain array of small integers grown by push, not an Int32Array: a typed array of more than
  // 64 bytes gets a backing store outside the heap, whose allocation cost more than the rest of
  // this function (and a loop, not fill(-1): the builtin's call cost more too).
  const cause: number[] = [];
  for (let at = 0; at < dependency.length; at += 1) cause.push(-1);
  for (let i = 0; i < order.length; i += 1) {
    const at = order[i] ?? 0;
    if (view.shown[at] === 1) continue;
    const dependsOn = dependency[at] ?? NEVER_SHOWN;
    if (dependsOn < 0) {
      reason[at] = UNASKED_NOT_APPLICABLE;
      continue;
    }
    if (view.shown[dependsOn] !== 1) {
      reason[at] = reason[dependsOn] ?? UNASKED_NOT_APPLICABLE;
      cause[at] = cause[dependsOn] ?? -1;
      continue;
    }
    const given = view.values[dependsOn];
    cause[at] = dependsOn;
    reason[at] = given === undefined ? UNASKED_NOT_ANSWERED : given === DONT_KNOW ? UNASKED_DONT_KNOW : UNASKED_NOT_APPLICABLE;
  }
  return { reason, cause };
}
