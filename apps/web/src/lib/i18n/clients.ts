import type { Locale } from '@assay/domain';
import { useCatalog, type Vars } from './i18n.tsx';
import { clientsEn, type ClientsMessageKey } from './messages.clients.en.ts';
import { clientsPtBR } from './messages.clients.pt-BR.ts';

const catalogs: Readonly<Record<Locale, Readonly<Record<ClientsMessageKey, string>>>> = { en: clientsEn, 'pt-BR': clientsPtBR };

export type ClientsWords = (key: ClientsMessageKey, vars?: Vars) => string;

/** The "Your clients" benchmark's strings (their own catalogue, loaded with its lazy parts). */
export function useClientsWords(): ClientsWords {
  return useCatalog(catalogs);
}
