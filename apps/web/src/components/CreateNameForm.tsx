import { useState, type FormEvent, type ReactNode } from 'react';
import { Field } from './Field.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useI18n } from '../lib/i18n/i18n.tsx';

/** A one-field form that creates something named (a workspace, a team). */
export function CreateNameForm({ label, submitLabel, pending, error, onCreate }: {
  label: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onCreate: (name: string, reset: () => void) => void;
}): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() === '') return;
    onCreate(name.trim(), () => setName(''));
  };
  return (
    <form onSubmit={submit}>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      <Field label={label} value={name} required maxLength={120} onChange={(event) => setName(event.target.value)} />
      <button type="submit" disabled={pending || name.trim() === ''}>
        {pending ? t('common.wait') : submitLabel}
      </button>
    </form>
  );
}
