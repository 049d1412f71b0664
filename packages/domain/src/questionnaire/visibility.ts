import { DONT_KNOW, type Answers, type Condition, type Question, type Questionnaire } from './types.ts';

/** Answers as they may arrive from outside: any values, to be checked before use. */
export type UntrustedAnswers = Readonly<Record<string, unknown>>;

const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>();

/** The questionnaire's questions by id, built once per (immutable) questionnaire. */
export function questionIndex(questionnaire: Questionnaire): ReadonlyMap<string, Question> {
  let index = indexes.get(questionnaire);
  if (index === undefined) {
    index = new Map(questionnaire.questions.map((question) => [question.id, question]));
    indexes.set(questionnaire, index);
  }
  return index;
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
  const matches = (value: unknown): boolean =>
    typeof value === 'string' && value !== DONT_KNOW && condition.anyOf.includes(value);
  if (Array.isArray(answer)) return answer.some(matches);
  return matches(answer);
}

/**
 * Visibility of one question, following the chain of conditions: a question is shown when it
 * has no condition, or when the question it depends on is shown and its answer meets the
 * condition. `memo` keeps results across calls on the same answers; an unknown question, or a
 * cycle of conditions (which a valid definition never has), counts as hidden.
 */
function visibleIn(
  index: ReadonlyMap<string, Question>,
  questionId: string,
  answers: UntrustedAnswers,
  memo: Map<string, boolean>,
): boolean {
  const known = memo.get(questionId);
  if (known !== undefined) return known;
  const question = index.get(questionId);
  if (question === undefined) return false;
  const condition = question.condition;
  if (condition === undefined) {
    memo.set(questionId, true);
    return true;
  }
  // Provisionally hidden while its dependencies are resolved, which breaks any cycle.
  memo.set(questionId, false);
  const visible =
    visibleIn(index, condition.question, answers, memo) && conditionHolds(condition, answerOf(answers, condition.question));
  memo.set(questionId, visible);
  return visible;
}

/**
 * Whether a question is shown (and may be answered) for these answers. Conditions chain: a
 * question whose condition depends on a hidden question is hidden too. False for an id the
 * questionnaire does not have.
 */
export function isQuestionVisible(questionnaire: Questionnaire, questionId: string, answers: Answers): boolean {
  return visibleIn(questionIndex(questionnaire), questionId, answers, new Map());
}

/** A visibility lookup for many questions on the same answers, sharing the work. */
export function visibilityOf(questionnaire: Questionnaire, answers: UntrustedAnswers): (questionId: string) => boolean {
  const index = questionIndex(questionnaire);
  const memo = new Map<string, boolean>();
  return (questionId) => visibleIn(index, questionId, answers, memo);
}

/** The questions shown for these answers, in questionnaire order. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): readonly Question[] {
  const isVisible = visibilityOf(questionnaire, answers);
  return questionnaire.questions.filter((question) => isVisible(question.id));
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
