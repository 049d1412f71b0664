import { useCallback } from 'react';
import type { Locale } from '@assay/domain';
import { useCatalog, useI18n, type Vars } from '../../lib/i18n/i18n.tsx';
import { rosterEn, type RosterMessageKey } from '../../lib/i18n/messages.roster.en.ts';
import { rosterPtBR } from '../../lib/i18n/messages.roster.pt-BR.ts';

const catalogs: Readonly<Record<Locale, Readonly<Record<RosterMessageKey, string>>>> = { en: rosterEn, 'pt-BR': rosterPtBR };

type RosterPlural = RosterMessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/** The roster's strings (their own catalogue, loaded with the assessment page), with plural forms as `useI18n().plural` picks them. */
export function useRosterWords(): { w: (key: RosterMessageKey, vars?: Vars) => string; plural: (base: RosterPlural, count: number) => string } {
  const { locale } = useI18n();
  const w = useCatalog(catalogs);
  const plural = useCallback(
    (base: RosterPlural, count: number) => {
      // As useI18n().plural: exactly 0 reads as plural in both languages.
      const form = count !== 0 && new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
      return w(`${base}.${form}` as RosterMessageKey, { count });
    },
    [locale, w],
  );
  return { w, plural };
}
