import { FREQUENCIES, PRACTICE_STATES, type AnswerProblem, type Question, type Questionnaire } from '@assay/domain';
import { describeFieldProblem } from '../../lib/api-errors.ts';
import type { FieldProblem } from '../../lib/http.ts';
import type { I18n } from '../../lib/i18n/i18n.tsx';
import type { MessageKey } from '../../lib/i18n/messages.en.ts';

type Code = AnswerProblem['code'];

/** Every AnswerProblem code of the domain: a new one fails to compile here until it has words. */
const KEYS: Readonly<Record<Code, MessageKey>> = {
  unknown_question: 'answerProblem.unknown_question',
  wrong_type: 'answerProblem.wrong_type',
  unknown_option: 'answerProblem.unknown_option',
  unknown_item: 'answerProblem.unknown_item',
  too_many_options: 'answerProblem.too_many_options',
  duplicate_option: 'answerProblem.duplicate_option',
  empty_answer: 'answerProblem.empty_answer',
  out_of_range: 'answerProblem.out_of_range',
  not_integer: 'answerProblem.not_integer',
  too_long: 'answerProblem.too_long',
  dont_know_not_offered: 'answerProblem.dont_know_not_offered',
  condition_not_met: 'answerProblem.condition_not_met',
  required: 'answerProblem.required',
};

function isCode(code: string): code is Code {
  return Object.hasOwn(KEYS, code);
}

/** "a, b or c" in the reader's language. */
function anyOf(i18n: I18n, labels: readonly string[]): string {
  return new Intl.ListFormat(i18n.locale, { type: 'disjunction' }).format(labels);
}

/**
 * What the question accepts, by the labels the reader sees: its options, the frequency scale,
 * the practice states (with "I don't know" where offered), or its number range. `withDontKnow`
 * is false when the problem is that "I don't know" is not offered.
 */
function allowedOf(question: Question, i18n: I18n, withDontKnow = true): string {
  const { t, text } = i18n;
  const dontKnow = withDontKnow && question.allowDontKnow ? [t('question.dontKnow')] : [];
  switch (question.kind) {
    case 'single':
      return t('answerProblem.choose', { options: anyOf(i18n, [...question.options.map((o) => text(o.label)), ...dontKnow]) });
    case 'multiple':
      return t('answerProblem.chooseSome', { options: anyOf(i18n, question.options.map((o) => text(o.label))) });
    case 'frequency':
      return t('answerProblem.rate', { options: anyOf(i18n, [...FREQUENCIES.map((f) => t(`frequency.${f}`)), ...dontKnow]) });
    case 'practice':
      return t('answerProblem.choose', { options: anyOf(i18n, [...PRACTICE_STATES.map((s) => t(`practice.${s}`)), ...dontKnow]) });
    case 'number': {
      const unit = question.unit === undefined ? '' : ` (${text(question.unit)})`;
      const vars = { min: i18n.number(question.min), max: i18n.number(question.max), unit };
      return t(question.integer ? 'answerProblem.wholeRange' : 'answerProblem.range', vars);
    }
    case 'text':
      return t('answerProblem.writeText');
  }
}

function requiredKey(question: Question): MessageKey {
  if (question.kind === 'frequency') return 'answerProblem.requiredItems';
  if (question.kind === 'text') return 'answerProblem.requiredText';
  return 'answerProblem.required';
}

/** "question 3 (“Which sector…”)": how a message points at another question. */
function referTo(question: Question, i18n: I18n): string {
  return i18n.t('answerProblem.questionRef', { number: question.number ?? '', prompt: i18n.text(question.prompt) });
}

function wordProblem(questionnaire: Questionnaire, question: Question | undefined, problem: FieldProblem, i18n: I18n): string {
  const { t, text } = i18n;
  // Not the domain's: the API's submit guard over prefilled answers not yet confirmed.
  if (problem.code === 'unconfirmed') return t('prefill.unconfirmed');
  if (!isCode(problem.code)) return describeFieldProblem(problem, t);
  if (problem.code === 'unknown_question' || question === undefined) return t('answerProblem.unknown_question', { id: problem.field });
  switch (problem.code) {
    case 'required':
      return t(requiredKey(question));
    case 'unknown_item':
      return t('answerProblem.unknown_item', {
        items: question.kind === 'frequency' ? new Intl.ListFormat(i18n.locale).format(question.items.map((item) => text(item.label))) : '',
      });
    case 'too_many_options':
      return t('answerProblem.too_many_options', { max: question.kind === 'multiple' ? (question.maxSelected ?? question.options.length) : '' });
    case 'too_long':
      return t('answerProblem.too_long', { max: question.kind === 'text' ? i18n.number(question.maxLength) : '' });
    case 'duplicate_option':
    case 'empty_answer':
      return t(KEYS[problem.code]);
    case 'condition_not_met': {
      const dependency = questionnaire.questions.find((q) => q.id === question.condition?.question);
      return t('answerProblem.condition_not_met', { dependency: dependency === undefined ? (question.condition?.question ?? '') : referTo(dependency, i18n) });
    }
    case 'dont_know_not_offered':
      return t('answerProblem.dont_know_not_offered', { allowed: allowedOf(question, i18n, false) });
    default:
      return t(KEYS[problem.code], { allowed: allowedOf(question, i18n) });
  }
}

/**
 * One answer problem from the API (`details` of invalid_answers and response_incomplete: the
 * question id and the domain's AnswerProblem code) in the reader's language, worded from the
 * questionnaire definition: what the question accepts, by the labels the reader sees. `named`
 * prefixes the question's number and prompt, for a list away from the question itself. A code
 * the domain does not have keeps the API's message.
 */
export function answerProblemText(questionnaire: Questionnaire, problem: FieldProblem, i18n: I18n, named = false): string {
  const question = questionnaire.questions.find((q) => q.id === problem.field);
  const words = wordProblem(questionnaire, question, problem, i18n);
  if (!named || question === undefined) return words;
  const prompt = i18n.text(question.prompt);
  return question.number === null
    ? i18n.t('answerProblem.namedUnnumbered', { prompt, problem: words })
    : i18n.t('answerProblem.named', { number: question.number, prompt, problem: words });
}
