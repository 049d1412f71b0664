import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.tsx';
import { en } from './messages.en.ts';
import { ptBR } from './messages.pt-BR.ts';

const noop = (): void => undefined;

describe('plural', () => {
  it('picks the form Intl.PluralRules gives each language, with 0 in the plural', () => {
    const pt = createI18n('pt-BR', ptBR, noop);
    expect([0, 1, 2, 26].map((n) => pt.plural('save.problems', n))).toEqual([
      '0 respostas não salvas: veja a mensagem ao lado da pergunta.',
      '1 resposta não salva: veja a mensagem ao lado da pergunta.',
      '2 respostas não salvas: veja a mensagem ao lado da pergunta.',
      '26 respostas não salvas: veja a mensagem ao lado da pergunta.',
    ]);
    const english = createI18n('en', en, noop);
    expect([0, 1, 2].map((n) => english.plural('questionnaire.submitProblems', n).split(' need')[0]!.split(' needs')[0])).toEqual([
      '0 questions',
      '1 question',
      '2 questions',
    ]);
  });

  it('leaves no "(s)" in either catalogue: every count says its plural in words', () => {
    expect(Object.values(en).filter((message) => message.includes('(s)'))).toEqual([]);
    expect(Object.values(ptBR).filter((message) => /\(s\)|\(ns\)|\(es\)/.test(message))).toEqual([]);
  });
});
