import type { Locale } from '@assay/domain';
import { useCatalog, type Vars } from '../../lib/i18n/i18n.tsx';
import { progressEn, type ProgressMessageKey } from '../../lib/i18n/messages.progress.en.ts';
import { progressPtBR } from '../../lib/i18n/messages.progress.pt-BR.ts';

// The catalogue alone, without the domain's gates, practices and questionnaires that words.ts
// names gaps with: the dashboard and the comparison read these strings and would otherwise pull
// those definitions into their first load.
const catalogs: Readonly<Record<Locale, Readonly<Record<ProgressMessageKey, string>>>> = { en: progressEn, 'pt-BR': progressPtBR };

export type ProgressWords = (key: ProgressMessageKey, vars?: Vars) => string;

/** The target and actions strings (their own catalogue, loaded with the pages that show them). */
export function useProgressWords(): ProgressWords {
  return useCatalog(catalogs);
}
