import { useCallback } from 'react';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

/**
 * A calendar date (`YYYY-MM-DD`, a day in the workspace's time zone) in words. Read as midnight UTC
 * and formatted in UTC, so it is the same day for every reader wherever their browser is.
 */
export function useCalendarDate(): (day: string) => string {
  const { locale } = useI18n();
  return useCallback((day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), [locale]);
}
