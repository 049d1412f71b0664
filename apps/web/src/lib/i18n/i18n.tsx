import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale, LocalizedText } from '@assay/domain';
import type { MessageKey } from './messages.en.ts';
import { LOCALE_STORAGE_KEY, detectLocale } from './locale.ts';

export type Catalog = Readonly<Record<MessageKey, string>>;

/**
 * Each catalogue is a chunk of its own, and a page loads only the reader's language (about 10 KB
 * of compressed JavaScript each, against the 150 KB first-load budget); the other one loads when
 * the reader switches.
 */
const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('./messages.en.ts').then((module) => module.en),
  'pt-BR': () => import('./messages.pt-BR.ts').then((module) => module.ptBR),
};

/** Starts loading a language's catalogue (main.tsx calls it before React renders, so it loads beside the app). */
const pending = new Map<Locale, Promise<Catalog>>();
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale]();
    // A failed load (network) may be tried again.
    promise.catch(() => pending.delete(locale));
    pending.set(locale, promise);
  }
  return promise;
}

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

/** Made on first call, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

interface Formatters {
  readonly number: () => Intl.NumberFormat;
  readonly date: () => Intl.DateTimeFormat;
  readonly plural: () => Intl.PluralRules;
}

/**
 * A language's `Intl` formatters, made when first used and kept for the page's life. The first
 * `Intl` formatter a page makes loads the browser's locale data: 15–40 ms of main thread in
 * Chromium on the 2-core VM, ×4 under Lighthouse's mobile CPU throttle, which pages like sign-in
 * never need. Pages that wait for data have it made while they wait (warmFormatters).
 */
const formatters = new Map<Locale, Formatters>();
function formattersOf(locale: Locale): Formatters {
  let made = formatters.get(locale);
  if (!made) {
    made = {
      number: once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })),
      date: once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })),
      plural: once(() => new Intl.PluralRules(locale)),
    };
    formatters.set(locale, made);
  }
  return made;
}

/**
 * Makes a language's formatters now. main.tsx calls it, in a task of its own, when the page
 * preloads its data: the browser's locale data then loads while the requests are out, not in the
 * render that draws the data (where it was the largest part of the result page's first task).
 */
export function warmFormatters(locale: Locale): void {
  const made = formattersOf(locale);
  made.number().format(0);
  made.date().format(0);
  made.plural().select(0);
}

export function createI18n(locale: Locale, catalog: Catalog, setLocale: (locale: Locale) => void): I18n {
  const { number: numberFormat, date: dateFormat, plural: pluralRules } = formattersOf(locale);
  return {
    locale,
    setLocale,
    t: (key, vars) => interpolate(catalog[key], vars),
    plural: (base, count, vars) => {
      const form = count !== 0 && pluralRules().select(count) === 'one' ? 'one' : 'other';
      return interpolate(catalog[`${base}.${form}`], { count, ...vars });
    },
    text: (value) => value[locale],
    number: (value, maximumFractionDigits = 1) =>
      maximumFractionDigits === 1 ? numberFormat().format(value) : new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
    percent: (value) => `${numberFormat().format(value)}%`,
    date: (iso) => dateFormat().format(new Date(iso)),
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

/** The language the reader chose before, else the browser's. */
export function initialLocaleOf(): Locale {
  return detectLocale(readStoredLocale(), window.navigator.languages ?? [window.navigator.language]);
}

/**
 * Provides the reader's language. Until its catalogue has loaded nothing renders (the page is
 * still empty then, so nothing shifts); on a switch the previous language stays until the new one
 * is there. `catalogs` gives catalogues already loaded (tests).
 */
export function I18nProvider({
  children,
  initialLocale,
  catalogs: given,
}: {
  children: ReactNode;
  initialLocale?: Locale;
  catalogs?: Partial<Record<Locale, Catalog>>;
}): ReactNode {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? initialLocaleOf());
  const [loaded, setLoaded] = useState<Partial<Record<Locale, Catalog>>>(() => given ?? {});
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded[locale]) return;
    let current = true;
    loadCatalog(locale).then(
      (catalog) => current && setLoaded((before) => ({ ...before, [locale]: catalog })),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [locale, loaded]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but the switch still applies now.
    }
  }, []);
  const shown: Locale | undefined = loaded[locale] ? locale : (Object.keys(loaded) as Locale[])[0];
  const catalog = shown ? loaded[shown] : undefined;
  useEffect(() => {
    if (shown) document.documentElement.lang = shown;
  }, [shown]);
  const value = useMemo(() => (shown && catalog ? createI18n(shown, catalog, setLocale) : null), [shown, catalog, setLocale]);
  if (!value) {
    // The one text that cannot come from a catalogue: both languages.
    return failed ? (
      <p role="alert" lang="en">
        The page could not load; check the connection and reload. <span lang="pt-BR">A página não carregou; verifique a conexão e recarregue.</span>
      </p>
    ) : null;
  }
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
