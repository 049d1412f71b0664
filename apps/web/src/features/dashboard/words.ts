import type { Locale } from '@assay/domain';
import { useCatalog, type Vars } from '../../lib/i18n/i18n.tsx';
import { dashboardEn, type DashboardMessageKey } from '../../lib/i18n/messages.dashboard.en.ts';
import { dashboardPtBR } from '../../lib/i18n/messages.dashboard.pt-BR.ts';

const catalogs: Readonly<Record<Locale, Readonly<Record<DashboardMessageKey, string>>>> = { en: dashboardEn, 'pt-BR': dashboardPtBR };

export type DashboardWords = (key: DashboardMessageKey, vars?: Vars) => string;

/** The dashboard's strings (their own catalogue, loaded with the workspace page). */
export function useDashboardWords(): DashboardWords {
  return useCatalog(catalogs);
}
