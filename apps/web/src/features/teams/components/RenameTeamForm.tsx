import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Field } from '../../../components/Field.tsx';

/** The team's name, editable; keyed by the saved name by its parent so a rename starts it afresh. */
export function RenameTeamForm({ name, pending, onRename }: { name: string; pending: boolean; onRename: (name: string) => void }): ReactNode {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  const trimmed = value.trim();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (trimmed !== '' && trimmed !== name) onRename(trimmed);
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <Field label={t('teamAdmin.name')} value={value} required maxLength={120} onChange={(event) => setValue(event.target.value)} />
      <button type="submit" disabled={pending || trimmed === '' || trimmed === name}>
        {pending ? t('common.wait') : t('teamAdmin.rename')}
      </button>
    </form>
  );
}
