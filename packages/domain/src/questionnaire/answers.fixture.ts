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

/**
 * Values one step away from valid for a question (and a few that are far off): "don't know" where
 * it may not be offered, empty and duplicated lists, unknown options and items, ratings off the
 * scale, numbers out of range or not whole, text too long or blank. With `answerArbitrary` and
 * `fc.anything()`, what the fast paths must agree with the reference behaviour on.
 */
export function nearMissArbitrary(question: Question): fc.Arbitrary<unknown> {
  const values: unknown[] = [DONT_KNOW, [], [DONT_KNOW], 'not_an_option', 7, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, null, {}, '', '  '];
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const ids = question.options.map((option) => option.id);
      const first = ids[0] ?? 'a';
      values.push(first, [first, first], [first, 'not_an_option'], [first, DONT_KNOW], [3], ids, [...ids, first], ids.slice(0, 2));
      break;
    }
    case 'frequency': {
      const full = Object.fromEntries(question.items.map((item) => [item.id, 'never']));
      const first = question.items[0]?.id ?? 'a';
      values.push(full, { ...full, not_an_item: 'never' }, { ...full, [first]: 'often' }, { [first]: 3 }, { [first]: DONT_KNOW }, ['never']);
      break;
    }
    case 'practice':
      values.push(...PRACTICE_STATES, 'Automated');
      break;
    case 'number':
      values.push(question.min, question.max, question.max + 1, question.min - 0.5, (question.min + question.max) / 2, String(question.min));
      break;
    case 'text':
      values.push('x'.repeat(question.maxLength), 'x'.repeat(question.maxLength + 1), ' text ');
      break;
  }
  return fc.constantFrom(...values);
}

/** Any value for a question: valid (complete or partial), near misses, or anything at all. */
export function anyValueArbitrary(question: Question): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: answerArbitrary(question, true) as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: answerArbitrary(question, false) as fc.Arbitrary<unknown> },
    { weight: 3, arbitrary: nearMissArbitrary(question) },
    { weight: 1, arbitrary: fc.anything() },
  );
}

/**
 * Responses as they may arrive from outside: any subset of the questions with any values, plus
 * keys that are no question (including names of Object.prototype members).
 */
export function untrustedResponseArbitrary(questionnaire: Questionnaire): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(questionnaire.questions.map((question) => [question.id, anyValueArbitrary(question)]));
  const extra = fc.dictionary(fc.constantFrom('not_a_question', 'constructor', 'toString'), fc.anything(), { maxKeys: 2 });
  return fc.tuple(fc.record(model, { requiredKeys: [] }), extra).map(([answers, unknown]) => ({ ...unknown, ...answers }));
}
