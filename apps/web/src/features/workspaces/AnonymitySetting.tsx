import { useState, type ReactNode } from 'react';
import type { Workspace } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useUpdateWorkspace } from './update-workspace.ts';

/** The workspace's anonymity threshold k, for owners and admins; who changed it last, and when. */
export function AnonymitySetting({ workspace }: { workspace: Workspace }): ReactNode {
  const { t, date } = useI18n();
  const [value, setValue] = useState(String(workspace.anonymityThreshold));
  const save = useUpdateWorkspace(workspace.id);
  return (
    <section className="card" aria-labelledby="anonymity-heading">
      <h2 id="anonymity-heading" className="flush">
        {t('anonymity.title')}
      </h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ anonymityThreshold: Number(value) });
        }}
      >
        <div className="field">
          <label htmlFor="anonymity-threshold">{t('anonymity.label')}</label>
          <select id="anonymity-threshold" className="compact" value={value} aria-describedby="anonymity-hint" onChange={(event) => setValue(event.target.value)}>
            {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={save.isPending || Number(value) === workspace.anonymityThreshold}>
          {save.isPending ? t('common.wait') : t('anonymity.save')}
        </button>
      </form>
      <p id="anonymity-hint" className="hint">
        {t('anonymity.hint')}
      </p>
      {workspace.anonymityChange && (
        <p className="small muted">{t('anonymity.changed', { name: workspace.anonymityChange.by ?? '—', date: date(workspace.anonymityChange.at) })}</p>
      )}
      {save.error !== null && <ErrorAlert error={save.error} />}
    </section>
  );
}
