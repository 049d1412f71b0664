import type { Locale } from '@assay/domain';
import { useCatalog, type Vars } from './i18n.tsx';
import { operationsEn, type OperationsMessageKey } from './messages.operations.en.ts';
import { operationsPtBR } from './messages.operations.pt-BR.ts';

const catalogs: Readonly<Record<Locale, Readonly<Record<OperationsMessageKey, string>>>> = { en: operationsEn, 'pt-BR': operationsPtBR };

export type OperationsWords = (key: OperationsMessageKey, vars?: Vars) => string;

/** The account and workspace-settings pages' strings (their own catalogue, loaded with them). */
export function useOperationsWords(): OperationsWords {
  return useCatalog(catalogs);
}
