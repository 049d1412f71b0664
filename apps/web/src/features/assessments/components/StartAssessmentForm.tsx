import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { CreateAssessmentBody } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Field } from '../../../components/Field.tsx';

/**
 * Starts an assessment with a title. Until the person types one, the title is the default in
 * their language ("Assessment 1 May 2026", "Avaliação de 1 de mai. de 2026"), and it follows a
 * language switch. Prefill (each member starts from their previous answers in the team) is chosen here.
 */
export function StartAssessmentForm({ pending, onStart }: { pending: boolean; onStart: (body: CreateAssessmentBody) => void }): ReactNode {
  const { t, date } = useI18n();
  const [typed, setTyped] = useState<string | null>(null);
  const [prefill, setPrefill] = useState(false);
  const prefillId = useId();
  const defaultTitle = t('assessments.defaultTitle', { date: date(new Date().toISOString()) });
  const title = typed ?? defaultTitle;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onStart({ title: title.trim() || defaultTitle, prefill });
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <Field label={t('assessments.titleLabel')} value={title} maxLength={120} onChange={(event) => setTyped(event.target.value)} />
      <div className="field wide">
        <label className="choice">
          <input type="checkbox" checked={prefill} aria-describedby={`${prefillId}-hint`} onChange={(event) => setPrefill(event.target.checked)} />
          {t('assessments.prefill')}
        </label>
        <p className="hint" id={`${prefillId}-hint`}>
          {t('assessments.prefillHint')}
        </p>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t('common.wait') : t('assessments.start')}
      </button>
    </form>
  );
}
