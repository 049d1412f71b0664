import { DONT_KNOW, type Answer, type LocalizedText, type Question, type Questionnaire } from '@assay/domain';
import type { ReportMessageKey, ReportWords } from './report.messages.ts';

/**
 * Questions and answers in words for the report: option labels, the scale's words, "don't know",
 * "not answered" — the same rules as the web's `features/results/answer-text.ts`, so the report
 * never shows an option id where the page shows its label.
 */
export interface AnswerWords {
  text(value: LocalizedText): string;
  question(questionId: string, itemId?: string): string;
  answer(questionId: string, answer: Answer | null, itemId?: string): string;
  /** The answer a distribution key stands for (multiple choice is keyed `a,b`). */
  answerOfKey(questionId: string, key: string): Answer;
}

const SCALE = new Set(['never', 'rarely', 'sometimes', 'frequently', 'always']);
const PRACTICE = new Set(['absent', 'manual', 'automated']);

export function answerWords(words: ReportWords, questionnaire: Questionnaire): AnswerWords {
  const text = (value: LocalizedText): string => value[words.locale];
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const option = (question: Question | undefined, value: string): string => {
    if (value === DONT_KNOW) return words.t('question.dontKnow');
    if (question && (question.kind === 'single' || question.kind === 'multiple')) {
      const found = question.options.find((o) => o.id === value);
      if (found) return text(found.label);
    }
    if (question?.kind === 'practice' && PRACTICE.has(value)) return words.t(`practice.${value}` as ReportMessageKey);
    if (SCALE.has(value)) return words.t(`frequency.${value}` as ReportMessageKey);
    return value;
  };
  return {
    text,
    question: (questionId, itemId) => {
      const question = byId.get(questionId);
      if (!question) return questionId;
      const prompt = text(question.prompt);
      if (itemId && question.kind === 'frequency') {
        const item = question.items.find((i) => i.id === itemId);
        return `${prompt} — ${item ? text(item.label) : itemId}`;
      }
      return prompt;
    },
    answer: (questionId, answer, itemId) => {
      const question = byId.get(questionId);
      if (answer === null) return words.t('result.notAnswered');
      if (typeof answer === 'number') return new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 }).format(answer);
      if (typeof answer === 'string') return question?.kind === 'text' ? answer : option(question, answer);
      if (Array.isArray(answer)) return answer.map((value: string) => option(question, value)).join(', ');
      const items = answer as Readonly<Record<string, string>>;
      if (itemId !== undefined) {
        const value = items[itemId];
        return value === undefined ? words.t('result.notAnswered') : option(question, value);
      }
      return Object.entries(items)
        .map(([id, value]) => {
          const item = question?.kind === 'frequency' ? question.items.find((i) => i.id === id) : undefined;
          return `${item ? text(item.label) : id}: ${option(question, value)}`;
        })
        .join('; ');
    },
    answerOfKey: (questionId, key) => {
      const question = byId.get(questionId);
      if (question?.kind === 'multiple' && key !== DONT_KNOW) return key.split(',');
      if (question?.kind === 'number' && key !== DONT_KNOW && key.trim() !== '' && Number.isFinite(Number(key))) return Number(key);
      return key;
    },
  };
}
