import { isQuestionVisible, type Answer, type Answers, type Question, type Questionnaire, type SectionId } from '@assay/domain';

/** Whether a question counts as answered for resuming: a matrix only when every item has a value. */
export function isAnswered(question: Question, value: Answer | undefined): boolean {
  if (value === undefined) return false;
  if (question.kind === 'frequency') {
    if (typeof value !== 'object' || Array.isArray(value)) return false;
    const items = value as Readonly<Record<string, string>>;
    return question.items.every((item) => items[item.id] !== undefined);
  }
  if (Array.isArray(value)) return value.length > 0;
  return value !== '';
}

/**
 * Applies one change and clears the answers of questions it hides (repeatedly, since a hidden
 * question can hide others): the domain refuses answers to questions whose condition does not
 * hold. Returns the new answers and every change to send, the cleared ones as null.
 */
export function applyChange(
  questionnaire: Questionnaire,
  answers: Answers,
  questionId: string,
  value: Answer | null,
): { answers: Answers; changes: Record<string, Answer | null> } {
  const next: Record<string, Answer> = { ...answers };
  const changes: Record<string, Answer | null> = { [questionId]: value };
  if (value === null) delete next[questionId];
  else next[questionId] = value;
  let changed = true;
  while (changed) {
    changed = false;
    for (const question of questionnaire.questions) {
      if (next[question.id] !== undefined && !isQuestionVisible(questionnaire, question.id, next)) {
        delete next[question.id];
        changes[question.id] = null;
        changed = true;
      }
    }
  }
  return { answers: next, changes };
}

/** The sections that have at least one question to show for these answers, in order. */
export function visibleSections(questionnaire: Questionnaire, answers: Answers): SectionId[] {
  return questionnaire.sections
    .map((section) => section.id)
    .filter((id) => questionnaire.questions.some((q) => q.section === id && isQuestionVisible(questionnaire, q.id, answers)));
}

/** Where to resume: the first visible question not answered yet; null when all are. */
export function firstUnanswered(questionnaire: Questionnaire, answers: Answers): Question | null {
  return (
    questionnaire.questions.find(
      (question) => isQuestionVisible(questionnaire, question.id, answers) && !isAnswered(question, answers[question.id]),
    ) ?? null
  );
}
