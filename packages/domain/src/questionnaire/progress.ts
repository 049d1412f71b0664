import type { Answers, Questionnaire, SectionId } from './types.ts';
import { answeredCheckOf, type ValueCheck } from './validation.ts';
import { viewOf, type ResponseView } from './visibility.ts';

export interface SectionProgress {
  readonly id: SectionId;
  /** Shown questions of this section answered in full. */
  readonly answered: number;
  /** Questions of this section shown for these answers. */
  readonly visible: number;
}

export interface ResponseProgress {
  /** Shown questions answered in full ("don't know" counts as an answer). */
  readonly answered: number;
  /** Questions shown for these answers. */
  readonly visible: number;
  /** Shown questions that must be answered before submission. */
  readonly required: number;
  /** Of those, the ones answered in full. */
  readonly requiredAnswered: number;
  /** One entry per section, in questionnaire order (sections with nothing shown included). */
  readonly sections: readonly SectionProgress[];
}

/**
 * How far a response has come, counting only the questions shown for its answers. A question
 * counts as answered when its answer is valid and complete: a frequency question needs every
 * item rated, a text question more than blanks; an invalid answer does not count. Answers to
 * hidden or unknown questions are ignored. Counts are whole numbers, answered ≤ visible and
 * requiredAnswered ≤ required ≤ visible.
 */
export function responseProgress(questionnaire: Questionnaire, answers: Answers): ResponseProgress {
  return progressOfView(viewOf(questionnaire, answers));
}

const answeredChecks = new WeakMap<Questionnaire, readonly ValueCheck[]>();

/** By question position, whether a value answers the question in full; once per questionnaire. */
function answeredChecksOf(questionnaire: Questionnaire): readonly ValueCheck[] {
  let checks = answeredChecks.get(questionnaire);
  if (checks === undefined) {
    checks = questionnaire.questions.map(answeredCheckOf);
    answeredChecks.set(questionnaire, checks);
  }
  return checks;
}

/** Whether the question at this position of the view is answered in full (hidden ones have no value). */
function isDone(checks: readonly ValueCheck[], view: ResponseView, at: number): boolean {
  const value = view.values[at];
  return value !== undefined && checks[at]?.(value) === true;
}

/** `responseProgress` of a response already read into a view. */
export function progressOfView(view: ResponseView): ResponseProgress {
  const { questionnaire, shown, index } = view;
  const checks = answeredChecksOf(questionnaire);
  const sectionAnswered = new Array<number>(questionnaire.sections.length).fill(0);
  const sectionVisible = new Array<number>(questionnaire.sections.length).fill(0);
  let answered = 0;
  let visible = 0;
  let required = 0;
  let requiredAnswered = 0;
  for (let at = 0; at < shown.length; at += 1) {
    if (shown[at] !== 1) continue;
    const done = isDone(checks, view, at);
    visible += 1;
    if (done) answered += 1;
    if (questionnaire.questions[at]?.required === true) {
      required += 1;
      if (done) requiredAnswered += 1;
    }
    const section = index.section[at] ?? -1;
    if (section >= 0) {
      sectionVisible[section] = (sectionVisible[section] ?? 0) + 1;
      if (done) sectionAnswered[section] = (sectionAnswered[section] ?? 0) + 1;
    }
  }
  return {
    answered,
    visible,
    required,
    requiredAnswered,
    sections: questionnaire.sections.map((section, at) => {
      const slot = index.sectionSlot[at] ?? at;
      return { id: section.id, answered: sectionAnswered[slot] ?? 0, visible: sectionVisible[slot] ?? 0 };
    }),
  };
}

/**
 * Share of the shown questions answered in full, 0–1 (`answered / visible` of `responseProgress`;
 * 0 when nothing is shown), without the per-section counts: what a result's completeness needs.
 */
export function completenessOfView(view: ResponseView): number {
  const checks = answeredChecksOf(view.questionnaire);
  let answered = 0;
  let visible = 0;
  for (let at = 0; at < view.shown.length; at += 1) {
    if (view.shown[at] !== 1) continue;
    visible += 1;
    if (isDone(checks, view, at)) answered += 1;
  }
  return visible === 0 ? 0 : answered / visible;
}
