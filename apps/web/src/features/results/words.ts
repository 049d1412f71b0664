import type { Locale } from '@assay/domain';
import { useCatalog, type Vars } from '../../lib/i18n/i18n.tsx';
import { resultsEn, type ResultMessageKey } from '../../lib/i18n/messages.results.en.ts';
import { resultsPtBR } from '../../lib/i18n/messages.results.pt-BR.ts';

const catalogs: Readonly<Record<Locale, Readonly<Record<ResultMessageKey, string>>>> = { en: resultsEn, 'pt-BR': resultsPtBR };

export type ResultWords = (key: ResultMessageKey, vars?: Vars) => string;

/** The result pages' strings (their own catalogue, loaded with them) in the reader's language. */
export function useResultWords(): ResultWords {
  return useCatalog(catalogs);
}
