import { amorim2023v1 } from './amorim-2023-v1.ts';
import { amorim2023v2 } from './amorim-2023-v2.ts';
import { getQuestionnaire } from './questionnaires.ts';
import type { Answers, Questionnaire } from './types.ts';

/**
 * A declared correspondence between the questions of two versions of a questionnaire: each question
 * of `from` whose meaning (prompt, options, items) is the same in `to`, with its id there. A question
 * left out has no counterpart: history and "what changed" show it as such, never as a change.
 */
export interface QuestionnaireMapping {
  readonly from: string;
  readonly to: string;
  /** Question id in `from` → question id in `to`. */
  readonly questions: Readonly<Record<string, string>>;
}

/** @2 keeps every @1 question, unchanged and under the same id; it only adds practices. */
const V1_TO_V2: QuestionnaireMapping = Object.freeze({
  from: amorim2023v1.id,
  to: amorim2023v2.id,
  questions: Object.freeze(Object.fromEntries(amorim2023v1.questions.map((question) => [question.id, question.id]))),
});

/** Every declared mapping, one per ordered pair of versions (the reverse is derived). */
export const QUESTIONNAIRE_MAPPINGS: readonly QuestionnaireMapping[] = Object.freeze([V1_TO_V2]);

/** How the questions of one version correspond to another's. */
export interface QuestionCorrespondence {
  readonly from: string;
  readonly to: string;
  /** Question id in `from` → its counterpart in `to`. */
  readonly counterparts: ReadonlyMap<string, string>;
  /** Questions of `from` without a counterpart in `to`, in `from`'s order. */
  readonly onlyInFrom: readonly string[];
  /** Questions of `to` without a counterpart in `from`, in `to`'s order. */
  readonly onlyInTo: readonly string[];
}

/**
 * The correspondence between two questionnaire versions, from the declared mappings (either
 * direction); the identity for a version and itself. Undefined when either id is unknown or no
 * mapping is declared between them, so a caller says "not comparable" rather than guessing by id.
 */
export function questionCorrespondence(fromId: string, toId: string): QuestionCorrespondence | undefined {
  const from = getQuestionnaire(fromId);
  const to = getQuestionnaire(toId);
  if (from === undefined || to === undefined) return undefined;
  let pairs: [string, string][];
  if (fromId === toId) {
    pairs = from.questions.map((question) => [question.id, question.id]);
  } else {
    const forward = QUESTIONNAIRE_MAPPINGS.find((mapping) => mapping.from === fromId && mapping.to === toId);
    const backward = QUESTIONNAIRE_MAPPINGS.find((mapping) => mapping.from === toId && mapping.to === fromId);
    if (forward !== undefined) pairs = Object.entries(forward.questions);
    else if (backward !== undefined) pairs = Object.entries(backward.questions).map(([a, b]) => [b, a]);
    else return undefined;
  }
  const counterparts = new Map(pairs);
  const mappedTo = new Set(counterparts.values());
  return {
    from: fromId,
    to: toId,
    counterparts,
    onlyInFrom: from.questions.filter((question) => !counterparts.has(question.id)).map((question) => question.id),
    onlyInTo: to.questions.filter((question) => !mappedTo.has(question.id)).map((question) => question.id),
  };
}

/**
 * Answers given to `from` carried over to `to` through the declared mapping (for prefilling a new
 * round): each answer moves to its counterpart; answers to questions without one are dropped, and
 * questions new in `to` start unanswered. Undefined when the versions are not mapped.
 */
export function mapAnswers(from: Questionnaire, to: Questionnaire, answers: Answers): Answers | undefined {
  const correspondence = questionCorrespondence(from.id, to.id);
  if (correspondence === undefined) return undefined;
  const mapped: Record<string, Answers[string]> = {};
  for (const [id, target] of correspondence.counterparts) {
    if (Object.hasOwn(answers, id)) mapped[target] = answers[id] as Answers[string];
  }
  return mapped;
}

