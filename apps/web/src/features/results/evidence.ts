import type { StoredResultDto } from '@assay/contracts';
import { DONT_KNOW, type Answer, type Questionnaire } from '@assay/domain';
import type { I18n } from '../../lib/i18n/i18n.tsx';
import { answerText, questionText } from './answer-text.ts';
import type { ResultWords } from './words.ts';

/** Every answer a result quotes, by question (null: quoted as unanswered), to word why a question was not asked. */
export type QuotedAnswers = ReadonlyMap<string, Answer | null>;

/** An answer a result quotes (engine 2 evidence, or engine 1's without `unaskedBecause`). */
export interface Quoted {
  readonly questionId: string;
  readonly itemId?: string | undefined;
  readonly answer: Answer | null;
  readonly unaskedBecause?: string | undefined;
}

export function quotedAnswers(result: StoredResultDto): QuotedAnswers {
  const quoted = new Map<string, Answer | null>();
  const add = (evidence: readonly Quoted[]): void => {
    for (const e of evidence) if (e.itemId === undefined && !(quoted.get(e.questionId) ?? null)) quoted.set(e.questionId, e.answer);
  };
  for (const gate of result.gates) add(gate.evidence);
  for (const dimension of result.dimensions) add(dimension.evidence);
  for (const gap of result.gaps) add(gap.evidence);
  if ('practices' in result) add(result.practices.map((p) => p.evidence));
  return quoted;
}

/**
 * An answer behind a figure, in words. A missing answer says why it is missing: not asked because
 * an earlier question was "don't know" or unanswered, not asked because it did not apply, or not
 * answered. Never "no" or "absent" for an answer nobody gave.
 */
export function evidenceAnswer(
  i18n: I18n,
  words: ResultWords,
  questionnaire: Questionnaire,
  evidence: Quoted,
  quoted: QuotedAnswers,
): string {
  if (evidence.answer !== null) return answerText(i18n, questionnaire, evidence.questionId, evidence.answer, evidence.itemId);
  if (evidence.unaskedBecause !== undefined && evidence.unaskedBecause !== '') {
    const question = questionText(i18n, questionnaire, evidence.unaskedBecause);
    if (!quoted.has(evidence.unaskedBecause)) return words('evidence.unasked', { question });
    const earlier = quoted.get(evidence.unaskedBecause) ?? null;
    if (earlier === DONT_KNOW) return words('evidence.unaskedDontKnow', { question });
    if (earlier === null) return words('evidence.unaskedNotAnswered', { question });
    return words('evidence.unasked', { question });
  }
  const condition = questionnaire.questions.find((q) => q.id === evidence.questionId)?.condition;
  if (condition) {
    const earlier = quoted.get(condition.question) ?? null;
    const values = earlier === null || earlier === DONT_KNOW ? [] : Array.isArray(earlier) ? earlier : typeof earlier === 'string' ? [earlier] : [];
    if (values.length > 0 && !values.some((value) => condition.anyOf.includes(value))) {
      return words('evidence.notAsked', {
        question: questionText(i18n, questionnaire, condition.question),
        answer: answerText(i18n, questionnaire, condition.question, earlier),
      });
    }
  }
  return i18n.t('result.notAnswered');
}
