import { useState, type ReactNode } from 'react';
import type { Workspace } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useClientsWords } from '../../../lib/i18n/clients.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useUpdateWorkspace } from '../../workspaces/update-workspace.ts';
import { clientBenchmarkKeys } from './queries.ts';

/** The owner's consent that this workspace counts in its consultants' "Your clients" benchmark (off by default; recorded by the API). */
export default function ClientBenchmarkSetting({ workspace }: { workspace: Workspace }): ReactNode {
  const w = useClientsWords();
  const { t } = useI18n();
  const [checked, setChecked] = useState(workspace.clientBenchmark);
  // Its own benchmark views elsewhere may change with it.
  const save = useUpdateWorkspace(workspace.id, [clientBenchmarkKeys.all]);
  return (
    <section className="card" aria-labelledby="client-benchmark-heading">
      <h2 id="client-benchmark-heading" className="flush">
        {w('clients.setting.title')}
      </h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ clientBenchmark: checked });
        }}
      >
        <label className="choice">
          <input type="checkbox" checked={checked} aria-describedby="client-benchmark-hint" onChange={(event) => setChecked(event.target.checked)} />
          <span>{w('clients.setting.label')}</span>
        </label>
        <button type="submit" disabled={save.isPending || checked === workspace.clientBenchmark}>
          {save.isPending ? t('common.wait') : w('clients.setting.save')}
        </button>
      </form>
      <p className="small" role="status">
        {workspace.clientBenchmark ? w('clients.setting.on') : w('clients.setting.off')}
      </p>
      <p id="client-benchmark-hint" className="hint">
        {w('clients.setting.hint')}
      </p>
      {save.error !== null && <ErrorAlert error={save.error} />}
    </section>
  );
}
