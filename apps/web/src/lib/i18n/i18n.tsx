import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale, LocalizedText } from '@assay/domain';
import { en, type MessageKey } from './messages.en.ts';
import { ptBR } from './messages.pt-BR.ts';
import { LOCALE_STORAGE_KEY, detectLocale } from './locale.ts';

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'pt-BR': ptBR };

export type Vars = Readonly<Record<string, string | number>>;

/** A message said differently by count: its keys `<base>.one` and `<base>.other` in every catalogue. */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never }[MessageKey];

export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  /** A UI string, with `{name}` placeholders filled from `vars`. */
  t(key: MessageKey, vars?: Vars): string;
  /**
   * A message that depends on a count (`{count}` is filled in): the form `Intl.PluralRules`
   * picks for the language, `one` or `other`. Exactly 0 reads as plural in both languages ("0
   * questions", "0 perguntas"), although CLDR files Portuguese 0 under `one`.
   */
  plural(base: PluralBase, count: number, vars?: Vars): string;
  /** The domain's own wording (questions, options, gates, gaps) in the current language. */
  text(value: LocalizedText): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** A percentage given in 0–100 (as the domain computes it), with one decimal. */
  percent(value: number): string;
  date(iso: string): string;
}

export function interpolate(template: string, vars: Vars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export function createI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const catalog = catalogs[locale];
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const pluralRules = new Intl.PluralRules(locale);
  return {
    locale,
    setLocale,
    t: (key, vars) => interpolate(catalog[key], vars),
    plural: (base, count, vars) => {
      const form = count !== 0 && pluralRules.select(count) === 'one' ? 'one' : 'other';
      return interpolate(catalog[`${base}.${form}`], { count, ...vars });
    },
    text: (value) => value[locale],
    number: (value, maximumFractionDigits = 1) =>
      maximumFractionDigits === 1 ? numberFormat.format(value) : new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
    percent: (value) => `${numberFormat.format(value)}%`,
    date: (iso) => dateFormat.format(new Date(iso)),
  };
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy mode); the browser's languages still decide.
    return null;
  }
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }): ReactNode {
  const [locale, setLocaleState] = useState<Locale>(
    () => initialLocale ?? detectLocale(readStoredLocale(), window.navigator.languages ?? [window.navigator.language]),
  );
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but the switch still applies now.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The catalogue of a lazily loaded part of the app (e.g. the result pages), so its strings load
 * with its pages and not with the first page. `catalogs` must give every key in every language;
 * its type does that, like the main catalogue's.
 */
export function useCatalog<K extends string>(catalogs: Readonly<Record<Locale, Readonly<Record<K, string>>>>): (key: K, vars?: Vars) => string {
  const { locale } = useI18n();
  return useCallback((key: K, vars?: Vars) => interpolate(catalogs[locale][key], vars), [catalogs, locale]);
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}
