import type { Locale } from '@assay/domain';

/**
 * The domain's LOCALES, restated so that the first page loads no runtime code from
 * @assay/domain (its data modules freeze themselves at load, so a bundler keeps them whole).
 * The type below fails to compile if the domain adds a language this list lacks.
 */
export const LOCALES = ['en', 'pt-BR'] as const satisfies readonly Locale[];
export type LocalesComplete = Exclude<Locale, (typeof LOCALES)[number]> extends never ? true : never;
const _complete: LocalesComplete = true;
void _complete;

export const LOCALE_STORAGE_KEY = 'assay.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to show: the one the person chose before (remembered), else the first of the
 * browser's languages we speak (any `pt-*` reads pt-BR, any `en-*` English), else English.
 */
export function detectLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('pt')) return 'pt-BR';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
