import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from './amorim-2023-v1.ts';
import { amorim2023v2 } from './amorim-2023-v2.ts';
import { anyValueArbitrary, untrustedResponseArbitrary } from './answers.fixture.ts';
import { chainQuestionnaire } from './chain-questionnaire.fixture.ts';
import { responseProgress, type ResponseProgress } from './progress.ts';
import type { Answers, Question, Questionnaire } from './types.ts';
import { describeProblems, isAnswerComplete, isValidValue, pruneHiddenAnswers, valueProblems } from './validation.ts';
import { answerOf, conditionHolds, isQuestionVisible, viewOf, visibilityOf, visibleQuestions, type UntrustedAnswers } from './visibility.ts';

/*
 * The precomputed paths (a per-questionnaire index, one view per response, validity without
 * messages) against the rules written the plain way: following each chain of conditions with a
 * memo, and counting progress question by question with the message-building checks.
 */

const QUESTIONNAIRES: readonly Questionnaire[] = [amorim2023v1, amorim2023v2, chainQuestionnaire];

/** The visibility rule the plain way: follow the chain, provisionally hidden while resolving (so a cycle is hidden). */
function referenceVisible(questionnaire: Questionnaire, id: string, answers: UntrustedAnswers, memo = new Map<string, boolean>()): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const question = [...questionnaire.questions].reverse().find((candidate) => candidate.id === id);
  if (question === undefined) return false;
  const condition = question.condition;
  if (condition === undefined) return true;
  memo.set(id, false);
  const visible = referenceVisible(questionnaire, condition.question, answers, memo) && conditionHolds(condition, answerOf(answers, condition.question));
  memo.set(id, visible);
  return visible;
}

function referenceProgress(questionnaire: Questionnaire, answers: Answers): ResponseProgress {
  const sections = questionnaire.sections.map((section) => ({ id: section.id, answered: 0, visible: 0 }));
  const totals = { answered: 0, visible: 0, required: 0, requiredAnswered: 0 };
  for (const question of questionnaire.questions) {
    if (!referenceVisible(questionnaire, question.id, answers)) continue;
    const value = answerOf(answers, question.id);
    const done = value !== undefined && describeProblems(question, value).length === 0 && isAnswerComplete(question, value);
    totals.visible += 1;
    if (done) totals.answered += 1;
    if (question.required) totals.required += 1;
    if (question.required && done) totals.requiredAnswered += 1;
    const section = sections.find((candidate) => candidate.id === question.section);
    if (section !== undefined) {
      section.visible += 1;
      if (done) section.answered += 1;
    }
  }
  return { ...totals, sections };
}

describe.each(QUESTIONNAIRES.map((questionnaire) => [questionnaire.id, questionnaire] as const))('fast paths on %s', (_id, questionnaire) => {
  const responses = untrustedResponseArbitrary(questionnaire);

  it('shows the same questions as following each chain of conditions', () => {
    fc.assert(
      fc.property(responses, (answers) => {
        const view = viewOf(questionnaire, answers);
        const isVisible = visibilityOf(questionnaire, answers);
        questionnaire.questions.forEach((question, at) => {
          const expected = referenceVisible(questionnaire, question.id, answers);
          expect(view.shown[at] === 1, question.id).toBe(expected);
          expect(isQuestionVisible(questionnaire, question.id, answers as Answers), question.id).toBe(expected);
          expect(isVisible(question.id), question.id).toBe(expected);
          expect(view.values[at], question.id).toBe(expected ? answerOf(answers, question.id) : undefined);
        });
        expect(visibleQuestions(questionnaire, answers as Answers)).toEqual(
          questionnaire.questions.filter((question) => referenceVisible(questionnaire, question.id, answers)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('prunes exactly the answers of hidden and unknown questions', () => {
    fc.assert(
      fc.property(responses, (answers) => {
        const expected: Record<string, unknown> = {};
        for (const question of questionnaire.questions) {
          const value = answerOf(answers, question.id);
          if (value !== undefined && referenceVisible(questionnaire, question.id, answers)) expected[question.id] = value;
        }
        expect(pruneHiddenAnswers(questionnaire, answers as Answers)).toStrictEqual(expected);
        expect(viewOf(questionnaire, answers).hiddenAnswered).toBe(
          questionnaire.questions.some((question) => answerOf(answers, question.id) !== undefined && !referenceVisible(questionnaire, question.id, answers)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('counts progress as the question-by-question count with the message-building checks', () => {
    fc.assert(
      fc.property(responses, (answers) => {
        expect(responseProgress(questionnaire, answers as Answers)).toEqual(referenceProgress(questionnaire, answers as Answers));
      }),
      { numRuns: 300 },
    );
  });

  it.each(questionnaire.questions.map((question) => [question.id, question] as const))(
    'isValidValue agrees with the checks that build messages: %s',
    (_question, question: Question) => {
      fc.assert(
        fc.property(anyValueArbitrary(question), (value) => {
          const problems = describeProblems(question, value);
          expect(isValidValue(question, value)).toBe(problems.length === 0);
          expect(valueProblems(question, value)).toEqual(problems);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('the questionnaire index', () => {
  it('resolves a repeated question id to its last definition, as a lookup by id does', () => {
    const [first, second] = chainQuestionnaire.questions;
    if (first === undefined || second === undefined) throw new Error('fixture changed');
    // The repeated "root" takes the condition of its last definition: shown only when branch has green.
    const repeated: Questionnaire = {
      ...chainQuestionnaire,
      id: 'repeated@1',
      questions: [first, second, { ...first, condition: { question: 'branch', anyOf: ['green'] } }],
    };
    for (const answers of [{}, { root: 'yes', branch: ['green'] }, { branch: ['green'] }]) {
      const view = viewOf(repeated, answers);
      repeated.questions.forEach((question, at) => {
        expect(view.shown[at] === 1).toBe(referenceVisible(repeated, question.id, answers));
      });
    }
  });
});
