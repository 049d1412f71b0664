import type { Answers, Questionnaire, SectionId } from './types.ts';
import { isAnswerComplete, valueProblems } from './validation.ts';
import { answerOf, visibilityOf } from './visibility.ts';

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
  const isVisible = visibilityOf(questionnaire, answers);
  const perSection = new Map<SectionId, { answered: number; visible: number }>(
    questionnaire.sections.map((section) => [section.id, { answered: 0, visible: 0 }]),
  );
  let answered = 0;
  let visible = 0;
  let required = 0;
  let requiredAnswered = 0;
  for (const question of questionnaire.questions) {
    if (!isVisible(question.id)) continue;
    const value = answerOf(answers, question.id);
    const done = value !== undefined && valueProblems(question, value).length === 0 && isAnswerComplete(question, value);
    visible += 1;
    if (done) answered += 1;
    if (question.required) {
      required += 1;
      if (done) requiredAnswered += 1;
    }
    const section = perSection.get(question.section);
    if (section !== undefined) {
      section.visible += 1;
      if (done) section.answered += 1;
    }
  }
  return {
    answered,
    visible,
    required,
    requiredAnswered,
    sections: questionnaire.sections.map((section) => ({ id: section.id, ...(perSection.get(section.id) ?? { answered: 0, visible: 0 }) })),
  };
}
