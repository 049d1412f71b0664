import {
  DONT_KNOW,
  FREQUENCIES,
  PRACTICE_STATES,
  isFrequency,
  isPracticeState,
  type AnswerProblem,
  type Answers,
  type Condition,
  type FrequencyQuestion,
  type MultipleQuestion,
  type NumberQuestion,
  type PracticeQuestion,
  type Question,
  type Questionnaire,
  type SingleQuestion,
  type TextQuestion,
} from './types.ts';
import { answerOf, questionIndex, unmetCondition, viewOf, visibilityOf, type ResponseView } from './visibility.ts';

export interface ValidateOptions {
  /**
   * Check a response about to be submitted: report every shown, required, unanswered question,
   * and ignore answers to hidden questions (scoring ignores them too) instead of reporting them.
   */
  readonly complete?: boolean;
  /**
   * Check only these question ids (e.g. the answers a PATCH changed). Every answer still counts
   * for conditions. In complete mode, only these questions are checked for being required.
   */
  readonly only?: readonly string[];
}

type Code = AnswerProblem['code'];

/** Longest excerpt of a bad value quoted back in a message. */
const EXCERPT_LENGTH = 40;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of any value for a message; never throws. */
function show(value: unknown): string {
  let shown: string;
  try {
    if (typeof value === 'number' || typeof value === 'bigint') shown = String(value);
    else if (value === undefined) shown = 'nothing';
    else shown = JSON.stringify(value) ?? typeof value;
  } catch {
    shown = typeof value;
  }
  return shown.length > EXCERPT_LENGTH ? `${shown.slice(0, EXCERPT_LENGTH - 1)}…` : shown;
}

/** "a, b or c" (or "a, b and c") */
function listOf(ids: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} ${conjunction} ${ids.at(-1) ?? ''}`;
}

/** How a message names a question: by its survey number where it has one, always by its id. */
function nameOf(question: Question): string {
  return question.number === null ? `Question ${question.id}` : `Question ${question.number} (${question.id})`;
}

/** "Question 7 (company_size): <detail>" */
function problem(question: Question, code: Code, detail: string): AnswerProblem {
  return { questionId: question.id, code, message: `${nameOf(question)}: ${detail}` };
}

/** "Question 7 (company_size) <predicate>", for problems with the question rather than its value. */
function statement(question: Question, code: Code, predicate: string): AnswerProblem {
  return { questionId: question.id, code, message: `${nameOf(question)} ${predicate}` };
}

function choices(question: Question, ids: readonly string[]): string {
  return listOf(question.allowDontKnow ? [...ids, DONT_KNOW] : ids);
}

function optionIds(question: SingleQuestion | MultipleQuestion): readonly string[] {
  return question.options.map((option) => option.id);
}

function rangeOf(question: NumberQuestion): string {
  const unit = question.unit === undefined ? '' : ` (${question.unit.en})`;
  return `${question.integer ? 'a whole number' : 'a number'} from ${question.min} to ${question.max}${unit}`;
}

function checkSingle(question: SingleQuestion, value: unknown): AnswerProblem[] {
  const ids = optionIds(question);
  if (typeof value !== 'string') {
    return [problem(question, 'wrong_type', `expected one option id as a string, got ${show(value)}; choose one of ${choices(question, ids)}.`)];
  }
  if (value === DONT_KNOW) {
    return question.allowDontKnow
      ? []
      : [problem(question, 'dont_know_not_offered', `"don't know" is not offered here; choose one of ${listOf(ids)}.`)];
  }
  if (!ids.includes(value)) {
    return [problem(question, 'unknown_option', `${show(value)} is not an option; choose one of ${choices(question, ids)}.`)];
  }
  return [];
}

function checkMultiple(question: MultipleQuestion, value: unknown): AnswerProblem[] {
  const ids = optionIds(question);
  if (value === DONT_KNOW) {
    return question.allowDontKnow
      ? []
      : [problem(question, 'dont_know_not_offered', `"don't know" is not offered here; choose one or more of ${listOf(ids)}.`)];
  }
  if (!Array.isArray(value)) {
    const alternative = question.allowDontKnow ? ` or "${DONT_KNOW}"` : '';
    return [
      problem(
        question,
        'wrong_type',
        `expected a list of option ids such as ["${ids[0] ?? ''}"]${alternative}, got ${show(value)}.`,
      ),
    ];
  }
  if (value.length === 0) {
    return [problem(question, 'empty_answer', `the list is empty; choose at least one of ${listOf(ids)}, or remove the answer.`)];
  }
  const problems: AnswerProblem[] = [];
  const seen = new Set<string>();
  for (let position = 0; position < value.length; position += 1) {
    const element: unknown = value[position];
    if (typeof element !== 'string') {
      problems.push(problem(question, 'wrong_type', `entry ${position + 1} of the list is ${show(element)}, not an option id.`));
    } else if (element === DONT_KNOW) {
      problems.push(
        question.allowDontKnow
          ? problem(question, 'unknown_option', `"${DONT_KNOW}" is a whole answer, not a list entry; send "${DONT_KNOW}" alone instead of a list.`)
          : problem(question, 'dont_know_not_offered', `"don't know" is not offered here; choose one or more of ${listOf(ids)}.`),
      );
    } else if (!ids.includes(element)) {
      problems.push(problem(question, 'unknown_option', `${show(element)} is not an option; choose from ${listOf(ids)}.`));
    } else if (seen.has(element)) {
      problems.push(problem(question, 'duplicate_option', `${show(element)} is chosen more than once; choose each option at most once.`));
    }
    if (typeof element === 'string') seen.add(element);
  }
  const limit = question.maxSelected;
  if (limit !== undefined && value.length > limit) {
    problems.push(problem(question, 'too_many_options', `${value.length} options are chosen; choose at most ${limit}.`));
  }
  return problems;
}

function checkFrequency(question: FrequencyQuestion, value: unknown): AnswerProblem[] {
  const itemIds = question.items.map((item) => item.id);
  const scale = choices(question, FREQUENCIES);
  if (!isRecord(value)) {
    return [
      problem(
        question,
        'wrong_type',
        `expected an object from item id to a frequency, such as {"${itemIds[0] ?? ''}": "sometimes"}, got ${show(value)}.`,
      ),
    ];
  }
  const problems: AnswerProblem[] = [];
  for (const itemId of Object.keys(value)) {
    const rating = value[itemId];
    if (!itemIds.includes(itemId)) {
      problems.push(problem(question, 'unknown_item', `${show(itemId)} is not an item of this question; the items are ${listOf(itemIds, 'and')}.`));
    } else if (typeof rating !== 'string') {
      problems.push(problem(question, 'wrong_type', `item ${itemId}: expected a frequency as a string, got ${show(rating)}; choose one of ${scale}.`));
    } else if (rating === DONT_KNOW) {
      if (!question.allowDontKnow) {
        problems.push(problem(question, 'dont_know_not_offered', `item ${itemId}: "don't know" is not offered here; choose one of ${scale}.`));
      }
    } else if (!(FREQUENCIES as readonly string[]).includes(rating)) {
      problems.push(problem(question, 'out_of_range', `item ${itemId}: ${show(rating)} is not on the scale; choose one of ${scale}.`));
    }
  }
  return problems;
}

function checkPractice(question: PracticeQuestion, value: unknown): AnswerProblem[] {
  const states = choices(question, PRACTICE_STATES);
  if (typeof value !== 'string') {
    return [problem(question, 'wrong_type', `expected a practice state as a string, got ${show(value)}; choose one of ${states}.`)];
  }
  if (value === DONT_KNOW) {
    return question.allowDontKnow
      ? []
      : [problem(question, 'dont_know_not_offered', `"don't know" is not offered here; choose one of ${listOf(PRACTICE_STATES)}.`)];
  }
  if (!(PRACTICE_STATES as readonly string[]).includes(value)) {
    return [problem(question, 'unknown_option', `${show(value)} is not a practice state; choose one of ${states}.`)];
  }
  return [];
}

function checkNumber(question: NumberQuestion, value: unknown): AnswerProblem[] {
  if (value === DONT_KNOW) {
    return question.allowDontKnow
      ? []
      : [problem(question, 'dont_know_not_offered', `"don't know" is not offered here; give ${rangeOf(question)}.`)];
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const alternative = question.allowDontKnow ? ` or "${DONT_KNOW}"` : '';
    return [problem(question, 'wrong_type', `expected ${rangeOf(question)}${alternative}, got ${show(value)}.`)];
  }
  if (value < question.min || value > question.max) {
    return [problem(question, 'out_of_range', `${show(value)} is out of range; give ${rangeOf(question)}.`)];
  }
  if (question.integer && !Number.isInteger(value)) {
    return [problem(question, 'not_integer', `${show(value)} is not a whole number; give ${rangeOf(question)}.`)];
  }
  return [];
}

function checkText(question: TextQuestion, value: unknown): AnswerProblem[] {
  if (typeof value !== 'string') {
    return [problem(question, 'wrong_type', `expected text (a string), got ${show(value)}.`)];
  }
  // Length in UTF-16 code units, as HTML's maxlength and zod's max() count it.
  if (value.length > question.maxLength) {
    return [problem(question, 'too_long', `the text has ${value.length} characters; shorten it to at most ${question.maxLength}.`)];
  }
  return [];
}


/** A yes/no check of one value for one question. */
export type ValueCheck = (value: unknown) => boolean;

const validityChecks = new WeakMap<Question, ValueCheck>();

/**
 * Whether a value has no problem for its question's kind: true exactly when `valueProblems`
 * would return nothing (a test holds the two together). Builds no message and allocates nothing
 * for the common valid case, because progress and scoring ask it of every answer of every response.
 */
export function isValidValue(question: Question, value: unknown): boolean {
  return validityCheckOf(question)(value);
}

/** `isValidValue` for one question, compiled on first use and kept for the question object's lifetime. */
export function validityCheckOf(question: Question): ValueCheck {
  let check = validityChecks.get(question);
  if (check === undefined) {
    check = compileValidityCheck(question);
    validityChecks.set(question, check);
  }
  return check;
}

/**
 * The validity check of a question, with what it reads of the (immutable) definition captured
 * once: option and item ids as sets, whether "don't know" is offered, the limits. Reading those
 * from dozens of differently shaped question objects on every answer cost more than the checks.
 */
function compileValidityCheck(question: Question): ValueCheck {
  const allowDontKnow = question.allowDontKnow;
  switch (question.kind) {
    case 'single': {
      const ids: ReadonlySet<string> = new Set(question.options.map((option) => option.id));
      return (value) => typeof value === 'string' && (value === DONT_KNOW ? allowDontKnow : ids.has(value));
    }
    case 'multiple': {
      const ids: ReadonlySet<string> = new Set(question.options.map((option) => option.id));
      const maxSelected = question.maxSelected;
      return (value) => {
        if (value === DONT_KNOW) return allowDontKnow;
        if (!Array.isArray(value) || value.length === 0) return false;
        if (maxSelected !== undefined && value.length > maxSelected) return false;
        const list = value as readonly unknown[];
        for (let position = 0; position < list.length; position += 1) {
          const element = list[position];
          if (typeof element !== 'string' || element === DONT_KNOW || !ids.has(element)) return false;
          // A duplicate: the same option appears earlier in the list.
          if (list.indexOf(element) !== position) return false;
        }
        return true;
      };
    }
    case 'frequency': {
      const ids: ReadonlySet<string> = new Set(question.items.map((item) => item.id));
      return (value) => {
        if (!isRecord(value)) return false;
        for (const itemId of Object.keys(value)) {
          const rating = value[itemId];
          if (!ids.has(itemId) || typeof rating !== 'string') return false;
          if (rating === DONT_KNOW ? !allowDontKnow : !isFrequency(rating)) return false;
        }
        return true;
      };
    }
    case 'practice':
      return (value) => typeof value === 'string' && (value === DONT_KNOW ? allowDontKnow : isPracticeState(value));
    case 'number': {
      const { min, max, integer } = question;
      return (value) => {
        if (value === DONT_KNOW) return allowDontKnow;
        if (typeof value !== 'number' || !Number.isFinite(value)) return false;
        if (value < min || value > max) return false;
        return !integer || Number.isInteger(value);
      };
    }
    case 'text': {
      const maxLength = question.maxLength;
      return (value) => typeof value === 'string' && value.length <= maxLength;
    }
  }
}

/**
 * Every problem with one answer's value for its question's kind, ignoring conditions. The
 * messages are built only for a value that has a problem.
 */
export function valueProblems(question: Question, value: unknown): AnswerProblem[] {
  return isValidValue(question, value) ? [] : describeProblems(question, value);
}

/**
 * The problems of a value with their messages, by the checks of its question's kind: what
 * `valueProblems` returns for a value `isValidValue` rejects. Exported for the test that holds the
 * two together; call `valueProblems`.
 */
export function describeProblems(question: Question, value: unknown): AnswerProblem[] {
  switch (question.kind) {
    case 'single':
      return checkSingle(question, value);
    case 'multiple':
      return checkMultiple(question, value);
    case 'frequency':
      return checkFrequency(question, value);
    case 'practice':
      return checkPractice(question, value);
    case 'number':
      return checkNumber(question, value);
    case 'text':
      return checkText(question, value);
  }
}

/**
 * For a value without problems: whether it answers the question in full. A frequency question
 * needs a value for every item, a text question something besides blanks; anything else that
 * is valid is complete. Undefined (no answer) is never complete.
 */
export function isAnswerComplete(question: Question, value: unknown): boolean {
  if (value === undefined) return false;
  if (question.kind === 'frequency') {
    if (!isRecord(value)) return false;
    for (const item of question.items) {
      if (!Object.hasOwn(value, item.id)) return false;
    }
    return true;
  }
  if (question.kind === 'text') return typeof value === 'string' && value.trim().length > 0;
  return true;
}

const answeredChecks = new WeakMap<Question, ValueCheck>();

/**
 * Whether a value answers the question in full: valid (`isValidValue`) and complete
 * (`isAnswerComplete`), what progress counts as answered. Compiled once per question object.
 */
export function answeredCheckOf(question: Question): ValueCheck {
  let check = answeredChecks.get(question);
  if (check === undefined) {
    const valid = validityCheckOf(question);
    if (question.kind === 'frequency') {
      // A valid rating names only items of the question, each once (own keys), so every item is
      // rated exactly when there are as many keys as items: no lookup per item.
      const items = new Set(question.items.map((item) => item.id)).size;
      check = (value) => valid(value) && isRecord(value) && Object.keys(value).length === items;
    } else if (question.kind === 'text') {
      check = (value) => valid(value) && typeof value === 'string' && value.trim().length > 0;
    } else {
      // Anything else that is valid is complete; undefined (no answer) is never valid.
      check = valid;
    }
    answeredChecks.set(question, check);
  }
  return check;
}

function requiredProblem(question: Question, value: unknown): AnswerProblem {
  if (question.kind === 'frequency' && isRecord(value)) {
    const missing = question.items.filter((item) => !Object.hasOwn(value, item.id)).map((item) => item.id);
    return statement(question, 'required', `is required: rate every item (missing: ${listOf(missing, 'and')}).`);
  }
  if (question.kind === 'text') return statement(question, 'required', 'is required: write an answer.');
  return statement(question, 'required', 'is required and has no answer.');
}

function conditionProblem(questionnaire: Questionnaire, question: Question, condition: Condition): AnswerProblem {
  const dependency = questionIndex(questionnaire).get(condition.question);
  const named = dependency === undefined ? `question ${condition.question}` : nameOf(dependency).replace('Question', 'question');
  return statement(
    question,
    'condition_not_met',
    `is asked only when ${named} is ${listOf(condition.anyOf)}; remove this answer or change the answer it depends on.`,
  );
}

/**
 * Every problem with a (possibly partial) response, each naming its question id, in the order
 * of the answers' keys (then, in complete mode, the missing required questions in questionnaire
 * order). Accepts any JSON value and never throws: anything other than an object of answers is
 * one `wrong_type` problem with `questionId` "".
 *
 * - Each answer is checked against its question's kind (see `Answer`): unknown question, wrong
 *   type, option not offered, unknown frequency item, frequency off the paper's five-point
 *   scale, duplicate option, empty list, too many options, number not finite / out of range /
 *   not whole, text too long (UTF-16 code units), "dont_know" where not offered.
 * - An answer to a question whose condition does not hold is `condition_not_met`; with
 *   `complete`, such answers are ignored instead (scoring ignores them too).
 * - With `complete`, every shown required question must be answered (a frequency question on
 *   every item; a text question with more than blanks).
 */
export function validateAnswers(questionnaire: Questionnaire, answers: unknown, options: ValidateOptions = {}): AnswerProblem[] {
  if (!isRecord(answers)) {
    return [
      {
        questionId: '',
        code: 'wrong_type',
        message: `Answers must be an object from question id to answer, such as {"education": "master"}; got ${show(answers)}.`,
      },
    ];
  }
  const index = questionIndex(questionnaire);
  const isVisible = visibilityOf(questionnaire, answers);
  const complete = options.complete === true;
  const scope = options.only === undefined ? undefined : new Set(options.only);
  const keys = scope === undefined ? Object.keys(answers) : [...scope].filter((id) => Object.hasOwn(answers, id));

  const problems: AnswerProblem[] = [];
  for (const key of keys) {
    const question = index.get(key);
    if (question === undefined) {
      problems.push({
        questionId: key,
        code: 'unknown_question',
        message: `${show(key)} is not a question of ${questionnaire.id}; remove this answer.`,
      });
      continue;
    }
    const visible = isVisible(key);
    if (!visible && complete) continue;
    if (!visible) {
      const condition = unmetCondition(questionnaire, key, answers) ?? question.condition;
      if (condition !== undefined) problems.push(conditionProblem(questionnaire, question, condition));
    }
    problems.push(...valueProblems(question, answers[key]));
  }

  if (complete) {
    for (const question of questionnaire.questions) {
      if (!question.required || (scope !== undefined && !scope.has(question.id)) || !isVisible(question.id)) continue;
      const value = answerOf(answers, question.id);
      // An answer with problems of its own is already reported; "required" would repeat it.
      if (value !== undefined && valueProblems(question, value).length > 0) continue;
      if (!isAnswerComplete(question, value)) problems.push(requiredProblem(question, value));
    }
  }
  return problems;
}

/**
 * The answers to the questions shown, without those to hidden or unknown questions: what
 * scoring and submission must see. The answers kept are the same values (not copies).
 */
export function pruneHiddenAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  return shownAnswers(viewOf(questionnaire, answers));
}

/** `pruneHiddenAnswers` from a view already read: the shown answers, in questionnaire order. */
export function shownAnswers(view: ResponseView): Answers {
  const questions = view.questionnaire.questions;
  const kept: Record<string, Answers[string]> = {};
  for (let at = 0; at < questions.length; at += 1) {
    const value = view.values[at];
    const question = questions[at];
    if (value !== undefined && question !== undefined) kept[question.id] = value as Answers[string];
  }
  return kept;
}
