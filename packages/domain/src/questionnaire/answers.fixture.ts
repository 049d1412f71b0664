import fc from 'fast-check';
import { DONT_KNOW, FREQUENCIES, PRACTICE_STATES, type Answer, type Answers, type Question, type Questionnaire } from './types.ts';

/** The entries whose value is present (fc.record leaves optional keys out; this says so to the types). */
function present<T>(record: Readonly<Partial<Record<string, T>>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined));
}

/**
 * Answers that are valid by construction for one question. `full` rates every frequency item
 * (a complete answer); otherwise items may be left out, as while a response is being filled in.
 */
export function answerArbitrary(question: Question, full: boolean): fc.Arbitrary<Answer> {
  const dontKnow: Answer[] = question.allowDontKnow ? [DONT_KNOW] : [];
  switch (question.kind) {
    case 'single':
      return fc.constantFrom<Answer>(...question.options.map((option) => option.id), ...dontKnow);
    case 'multiple': {
      const ids = question.options.map((option) => option.id);
      const list = fc.shuffledSubarray(ids, { minLength: 1, maxLength: question.maxSelected ?? ids.length });
      return dontKnow.length > 0 ? fc.oneof(list, fc.constant<Answer>(DONT_KNOW)) : list;
    }
    case 'frequency': {
      const rating = fc.constantFrom<string>(...FREQUENCIES, ...(question.allowDontKnow ? [DONT_KNOW] : []));
      const model = Object.fromEntries(question.items.map((item) => [item.id, rating]));
      return full ? fc.record(model) : fc.record(model, { requiredKeys: [] }).map(present);
    }
    case 'practice':
      return fc.constantFrom<Answer>(...PRACTICE_STATES, ...dontKnow);
    case 'number': {
      const number = question.integer
        ? fc.integer({ min: question.min, max: question.max })
        : fc.double({ min: question.min, max: question.max, noNaN: true });
      return dontKnow.length > 0 ? fc.oneof(number, fc.constant<Answer>(DONT_KNOW)) : number;
    }
    case 'text':
      return fc.string({ maxLength: question.maxLength });
  }
}

/**
 * Answers to any subset of the questions (every question when `full`), each valid for its
 * question, including answers to questions the other answers hide: prune those to get what a
 * person could have entered.
 */
export function responseArbitrary(questionnaire: Questionnaire, full: boolean): fc.Arbitrary<Answers> {
  const model = Object.fromEntries(questionnaire.questions.map((question) => [question.id, answerArbitrary(question, full)]));
  return full ? fc.record(model) : fc.record(model, { requiredKeys: [] }).map(present);
}
