import { DONT_KNOW, type Answer, type Answers } from '../questionnaire/types.ts';
import { shownAnswers } from '../questionnaire/validation.ts';
import {
  UNASKED_DONT_KNOW,
  UNASKED_NOT_ANSWERED,
  UNASKED_NOT_APPLICABLE,
  unaskedOf,
  type ResponseView,
} from '../questionnaire/visibility.ts';
import type { Evidence } from './types.ts';

/** Why an answer the engine reads is missing. */
export type Missing =
  /** Hidden by a definite earlier answer: the question does not apply (e.g. no model runs yet). */
  | 'not_applicable'
  /** Not answered, or hidden behind an earlier question that was not answered. */
  | 'not_answered';

/**
 * What the engine reads of one response (or a team's aggregate answers):
 * - `answers`: the shown answers, plus "don't know" for every question that was not asked because
 *   an earlier question it depends on was answered "don't know" (README "Honest uncertainty": a
 *   "don't know" on `model_runtime` leaves the practices behind it unknown, not absent);
 * - `missing(id)`: why a question the engine reads has no answer;
 * - `evidence(id)`: the answer as given, for quoting, with the question that kept it from being asked.
 */
export interface Facts {
  readonly answers: Answers;
  /**
   * `answers` by question position (the view's positions): what the engine reads when it knows a
   * question's position, which is cheaper than reading the answers object by id.
   */
  readonly values: readonly unknown[];
  missing(questionId: string): Missing;
  evidence(questionId: string): Evidence;
}

/**
 * The answers the engine reads: the shown answers. Copying them into a new object costs about a
 * tenth of scoring a response, and the copy reads the same as the answers themselves when no hidden
 * question is answered and the answers are a plain object: the engine reads only question ids of
 * the questionnaire (the scoring index guarantees them), never lists keys, and a plain object
 * inherits for those ids what the copy inherits. So the copy is made only when pruning changes
 * something.
 */
function answersToScore(view: ResponseView): Answers {
  if (view.hiddenAnswered || Object.getPrototypeOf(view.answers) !== Object.prototype) return shownAnswers(view);
  return view.answers as Answers;
}

/** The facts of a view: read once per response and shared by gates, dimensions, gaps and roadmap. */
export function factsOf(view: ResponseView): Facts {
  const shown = answersToScore(view);
  const { reason, cause } = unaskedOf(view);
  const { ids, position } = view.index;
  let answers = shown;
  let values = view.values;
  for (let at = 0; at < reason.length; at += 1) {
    if (reason[at] !== UNASKED_DONT_KNOW) continue;
    if (answers === shown) {
      answers = { ...shown };
      values = [...view.values];
    }
    (answers as Record<string, Answer>)[ids[at] ?? ''] = DONT_KNOW;
    (values as unknown[])[at] = DONT_KNOW;
  }
  return {
    answers,
    values,
    missing(questionId) {
      const at = position.get(questionId);
      return at !== undefined && reason[at] === UNASKED_NOT_APPLICABLE ? 'not_applicable' : 'not_answered';
    },
    evidence(questionId) {
      // By position (the view's shown answers) when the questionnaire asks it: cheaper than by id.
      const at = position.get(questionId);
      if (at === undefined) return { questionId, answer: shown[questionId] ?? null };
      const answer = (view.values[at] ?? null) as Answer | null;
      if (answer !== null) return { questionId, answer };
      const why = reason[at];
      if (why !== UNASKED_DONT_KNOW && why !== UNASKED_NOT_ANSWERED) return { questionId, answer };
      return { questionId, answer, unaskedBecause: ids[cause[at] ?? -1] ?? '' };
    },
  };
}
