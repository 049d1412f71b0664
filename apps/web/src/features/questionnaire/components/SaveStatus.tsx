import type { ReactNode } from 'react';
import { describeError, type ErrorText } from '../../../lib/api-errors.ts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { AutosaveSnapshot } from '../autosave.ts';

function failureText({ title, detail, reference }: ErrorText): string {
  return [title, detail, reference === null ? null : `(${reference})`].filter((part) => part !== null).join(' ');
}

/** The autosave state in words, announced politely to screen readers as it changes. */
export function SaveStatus({ snapshot }: { snapshot: AutosaveSnapshot }): ReactNode {
  const { t, plural } = useI18n();
  const problems = Object.keys(snapshot.problems).length;
  const label = (() => {
    switch (snapshot.status) {
      case 'idle':
        return t('save.idle');
      case 'pending':
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved');
      case 'offline':
        return t('save.offline');
      case 'error':
        if (problems > 0) return plural('save.problems', problems);
        return t('save.error', { message: failureText(describeError(snapshot.failure, t)) });
    }
  })();
  const tone = snapshot.status === 'pending' ? 'saving' : snapshot.status;
  return (
    <p className={`save-state ${tone}`} role="status" aria-live="polite" data-save-state={snapshot.status}>
      {label}
    </p>
  );
}
