import { describe, expect, it, vi } from 'vitest';
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

describe('formatters', () => {
  it('are made once a language: warmFormatters makes the ones createI18n then uses', async () => {
    const made: string[] = [];
    const { DateTimeFormat, NumberFormat } = Intl;
    // Counts the formatters made, through the real constructors.
    const count = <T extends object>(Real: T, name: string): T =>
      new Proxy(Real, { construct: (target, args: unknown[]) => (made.push(name), Reflect.construct(target as never, args)) as object });
    Intl.DateTimeFormat = count(DateTimeFormat, 'date');
    Intl.NumberFormat = count(NumberFormat, 'number');
    try {
      // A fresh module: no language has formatters yet.
      vi.resetModules();
      const i18n = await import('./i18n.tsx');
      i18n.warmFormatters('pt-BR');
      expect(made).toEqual(['number', 'date']);
      made.length = 0;
      const pt = i18n.createI18n('pt-BR', ptBR, noop);
      expect(pt.date('2026-12-04T12:00:00Z')).toBe(new DateTimeFormat('pt-BR', { dateStyle: 'medium' }).format(new Date('2026-12-04T12:00:00Z')));
      expect(pt.percent(12.5)).toBe('12,5%');
      expect(i18n.createI18n('pt-BR', ptBR, noop).number(3)).toBe('3');
      expect(made).toEqual([]);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    }
  });
});
