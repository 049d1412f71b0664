import { mapAnswers } from './mappings.ts';
import { pruneHiddenAnswers, validateAnswers } from './validation.ts';
import { isQuestionVisible } from './visibility.ts';
import type { Answers, Questionnaire, SectionId } from './types.ts';

/** A new round's answers taken from the person's previous response, and which questions they fill. */
export interface Prefill {
  /** Answers to `to`'s questions, valid there and shown for these answers. */
  readonly answers: Answers;
  /** The questions answered by the prefill, in `to`'s order: marked until the person confirms or changes them. */
  readonly prefilled: readonly string[];
}

/**
 * The answers of a previous submitted response (to `from`) carried into a new response (to `to`)
 * for the person to confirm or change. Only what the previous round counted moves: answers to
 * questions hidden there are dropped first (scoring never saw them), then each answer moves to
 * its counterpart through the declared mapping (`mapAnswers`); questions without one start
 * empty. An answer `to` would refuse is dropped rather than carried, and so is one to a question
 * `to` does not show for the carried answers. Undefined when the two versions are not mapped
 * (a caller then starts the response empty).
 */
export function prefillAnswers(from: Questionnaire, to: Questionnaire, previous: Answers): Prefill | undefined {
  const mapped = mapAnswers(from, to, pruneHiddenAnswers(from, previous));
  if (mapped === undefined) return undefined;
  const ids = Object.keys(mapped);
  const refused = new Set(ids.length > 0 ? validateAnswers(to, mapped, { only: ids }).map((problem) => problem.questionId) : []);
  const valid: Record<string, Answers[string]> = {};
  for (const id of ids) if (!refused.has(id)) valid[id] = mapped[id] as Answers[string];
  const answers = pruneHiddenAnswers(to, valid);
  return { answers, prefilled: Object.keys(answers) };
}

/**
 * The prefilled answers the person has still to confirm or change before submitting: those
 * still marked, answered and shown for the current answers, in questionnaire order. A question
 * a later answer hides is not asked (its answer is never scored), so it blocks nothing.
 */
export function unconfirmedAnswers(questionnaire: Questionnaire, answers: Answers, prefilled: readonly string[]): string[] {
  if (prefilled.length === 0) return [];
  const marked = new Set(prefilled);
  const ids: string[] = [];
  for (const question of questionnaire.questions) {
    if (!marked.has(question.id) || !Object.hasOwn(answers, question.id)) continue;
    if (ids.includes(question.id)) continue;
    if (isQuestionVisible(questionnaire, question.id, answers)) ids.push(question.id);
  }
  return ids;
}

/**
 * The marks left once these questions are confirmed, changed or cleared (a save of a question
 * confirms it, whatever the value). Order kept; the result is a new array.
 */
export function confirmQuestions(prefilled: readonly string[], confirmed: Iterable<string>): string[] {
  const done = new Set(confirmed);
  return prefilled.filter((id) => !done.has(id));
}

/** The ids of a section's questions (shown or not): what "confirm this section" confirms. */
export function sectionQuestionIds(questionnaire: Questionnaire, section: SectionId): string[] {
  return questionnaire.questions.filter((question) => question.section === section).map((question) => question.id);
}
