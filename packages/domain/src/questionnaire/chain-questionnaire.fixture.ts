import type { LocalizedText } from '../i18n.ts';
import type { Option, Question, Questionnaire } from './types.ts';

const text = (words: string): LocalizedText => ({ en: words, 'pt-BR': `${words} (pt)` });
const options = (...ids: string[]): Option[] => ids.map((id) => ({ id, label: text(id) }));

const base = { section: 'profile', prompt: text('A test question?'), allowDontKnow: true, required: true, paperRef: 'test' } as const;

/**
 * A small questionnaire that exercises what amorim-2023@1 does not: a chain of conditions
 * (root → branch → leaf), a condition on a multiple choice, a cap on choices, and a cycle of
 * conditions (which a valid definition never has) that must not hang anything, and questions of
 * kinds that amorim-2023@1 always offers "don't know" for, here without it.
 */
export const chainQuestionnaire: Questionnaire = {
  id: 'chain@1',
  slug: 'chain',
  version: 1,
  title: text('Chain'),
  source: 'test fixture',
  benchmarkId: 'none',
  sections: [{ id: 'profile', title: text('Profile'), description: text('All questions') }],
  questions: [
    { ...base, id: 'root', number: 1, kind: 'single', options: options('yes', 'no') },
    {
      ...base,
      id: 'branch',
      number: 2,
      kind: 'multiple',
      maxSelected: 2,
      condition: { question: 'root', anyOf: ['yes'] },
      options: options('red', 'green', 'blue'),
    },
    { ...base, id: 'leaf', number: 3, kind: 'text', maxLength: 10, required: false, condition: { question: 'branch', anyOf: ['green'] } },
    { ...base, id: 'loop_a', number: null, kind: 'single', options: options('x', 'y'), condition: { question: 'loop_b', anyOf: ['x'] } },
    { ...base, id: 'loop_b', number: null, kind: 'single', options: options('x', 'y'), condition: { question: 'loop_a', anyOf: ['x'] } },
    { ...base, id: 'orphan', number: null, kind: 'single', options: options('x'), condition: { question: 'missing', anyOf: ['x'] } },
    {
      ...base,
      id: 'scale',
      number: 4,
      kind: 'frequency',
      allowDontKnow: false,
      items: [
        { id: 'a', label: text('a') },
        { id: 'b', label: text('b') },
      ],
    },
    {
      ...base,
      id: 'habit',
      number: 5,
      kind: 'practice',
      allowDontKnow: false,
      states: { absent: text('absent'), manual: text('manual'), automated: text('automated') },
    },
    { ...base, id: 'note', number: 6, kind: 'text', allowDontKnow: false, maxLength: 10 },
    { ...base, id: 'ratio', number: 7, kind: 'number', min: 0, max: 1, integer: false },
  ] satisfies Question[],
};
