import { DONT_KNOW, type Answer, type Question, type Questionnaire } from '@assay/domain';
import type { I18n } from '../../lib/i18n/i18n.tsx';
import type { MessageKey } from '../../lib/i18n/messages.en.ts';

const scaleKey = (value: string): MessageKey | null =>
  ['never', 'rarely', 'sometimes', 'frequently', 'always'].includes(value) ? (`frequency.${value}` as MessageKey) : null;

const practiceKey = (value: string): MessageKey | null =>
  ['absent', 'manual', 'automated'].includes(value) ? (`practice.${value}` as MessageKey) : null;

function optionText(i18n: I18n, question: Question | undefined, value: string): string {
  if (value === DONT_KNOW) return i18n.t('question.dontKnow');
  if (question && (question.kind === 'single' || question.kind === 'multiple')) {
    const option = question.options.find((o) => o.id === value);
    if (option) return i18n.text(option.label);
  }
  const key = (question?.kind === 'practice' ? practiceKey(value) : null) ?? scaleKey(value);
  return key ? i18n.t(key) : value;
}

/** The question's prompt (and item) in the reader's language, for evidence and disagreements. */
export function questionText(i18n: I18n, questionnaire: Questionnaire, questionId: string, itemId?: string): string {
  const question = questionnaire.questions.find((q) => q.id === questionId);
  if (!question) return questionId;
  const prompt = i18n.text(question.prompt);
  if (itemId && question.kind === 'frequency') {
    const item = question.items.find((i) => i.id === itemId);
    return `${prompt} — ${item ? i18n.text(item.label) : itemId}`;
  }
  return prompt;
}

/** An answer in words: option labels, the scale's words, "don't know", or "not answered". */
export function answerText(i18n: I18n, questionnaire: Questionnaire, questionId: string, answer: Answer | null, itemId?: string): string {
  const question = questionnaire.questions.find((q) => q.id === questionId);
  if (answer === null) return i18n.t('result.notAnswered');
  if (typeof answer === 'number') return i18n.number(answer, 2);
  if (typeof answer === 'string') return question?.kind === 'text' ? answer : optionText(i18n, question, answer);
  if (Array.isArray(answer)) return answer.map((value: string) => optionText(i18n, question, value)).join(', ');
  const items = answer as Readonly<Record<string, string>>;
  if (itemId !== undefined) {
    const value = items[itemId];
    return value === undefined ? i18n.t('result.notAnswered') : optionText(i18n, question, value);
  }
  return Object.entries(items)
    .map(([id, value]) => {
      const item = question?.kind === 'frequency' ? question.items.find((i) => i.id === id) : undefined;
      return `${item ? i18n.text(item.label) : id}: ${optionText(i18n, question, value)}`;
    })
    .join('; ');
}

/** "Question: answer", without doubling the punctuation of a prompt that ends in "?" or ":". */
export function labelled(prompt: string): string {
  return /[?:？]$/.test(prompt.trim()) ? prompt.trim() : `${prompt.trim()}:`;
}
