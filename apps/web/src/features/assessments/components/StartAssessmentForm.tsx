import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Field } from '../../../components/Field.tsx';

/**
 * Starts an assessment with a title. Until the person types one, the title is the default in
 * their language ("Assessment 1 May 2026", "Avaliação de 1 de mai. de 2026"), and it follows a
 * language switch.
 */
export function StartAssessmentForm({ pending, onStart }: { pending: boolean; onStart: (title: string) => void }): ReactNode {
  const { t, date } = useI18n();
  const [typed, setTyped] = useState<string | null>(null);
  const defaultTitle = t('assessments.defaultTitle', { date: date(new Date().toISOString()) });
  const title = typed ?? defaultTitle;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onStart(title.trim() || defaultTitle);
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <Field label={t('assessments.titleLabel')} value={title} maxLength={120} onChange={(event) => setTyped(event.target.value)} />
      <button type="submit" disabled={pending}>
        {pending ? t('common.wait') : t('assessments.start')}
      </button>
    </form>
  );
}
