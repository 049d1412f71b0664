import { useMemo } from 'react';
import type { Locale } from '@assay/domain';
import { useCatalog, useI18n, type Vars } from '../../lib/i18n/i18n.tsx';
import { portfolioEn, type PortfolioMessageKey } from '../../lib/i18n/messages.portfolio.en.ts';
import { portfolioPtBR } from '../../lib/i18n/messages.portfolio.pt-BR.ts';

const catalogs: Readonly<Record<Locale, Readonly<Record<PortfolioMessageKey, string>>>> = { en: portfolioEn, 'pt-BR': portfolioPtBR };

type PluralBase = { [K in PortfolioMessageKey]: K extends `${infer B}.other` ? B : never }[PortfolioMessageKey];

export interface PortfolioWords {
  (key: PortfolioMessageKey, vars?: Vars): string;
  /** The form `Intl.PluralRules` picks for `count` (`{count}` filled in); 0 reads as plural, as in the main catalogue. */
  plural(base: PluralBase, count: number, vars?: Vars): string;
}

/** The portfolio page's strings (their own catalogue, loaded with the page). */
export function usePortfolioWords(): PortfolioWords {
  const w = useCatalog(catalogs);
  const { locale, number } = useI18n();
  return useMemo(() => {
    const rules = new Intl.PluralRules(locale);
    const words = ((key: PortfolioMessageKey, vars?: Vars) => w(key, vars)) as PortfolioWords;
    words.plural = (base, count, vars) =>
      w(`${base}.${count !== 0 && rules.select(count) === 'one' ? 'one' : 'other'}` as PortfolioMessageKey, { ...vars, count: number(count) });
    return words;
  }, [w, locale, number]);
}
