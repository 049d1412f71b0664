import { useId, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Workspace } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useOperationsWords } from '../../../lib/i18n/operations.ts';
import { navigate } from '../../../lib/router.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Field } from '../../../components/Field.tsx';
import { deleteWorkspace, downloadWorkspace } from '../api.ts';
import { workspaceKeys } from '../queries.ts';

/** The whole workspace as one JSON file (owners). */
export function ExportWorkspace({ workspace }: { workspace: Workspace }): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const save = useMutation({ mutationFn: () => downloadWorkspace(workspace.id) });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="flush">
        {w('exportWorkspace.title')}
      </h2>
      <p className="hint">{w('exportWorkspace.lead')}</p>
      <button type="button" className="secondary" disabled={save.isPending} onClick={() => save.mutate()}>
        {save.isPending ? t('common.wait') : w('exportWorkspace.button')}
      </button>
      {save.error !== null && <ErrorAlert error={save.error} lead={w('exportWorkspace.failed')} />}
    </section>
  );
}

/**
 * Deleting the workspace (owners), once its name is typed exactly: the button stays disabled
 * until then, and the API checks the name again (a refusal is shown in words).
 */
export function DeleteWorkspace({ workspace }: { workspace: Workspace }): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: () => deleteWorkspace(workspace.id, { confirmName: typed }),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey).includes(workspace.id) });
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
      navigate('/workspaces', { replace: true });
    },
  });
  return (
    <section className="card danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId} className="flush">
        {w('deleteWorkspace.title')}
      </h2>
      <p>{w('deleteWorkspace.lead', { name: workspace.name })}</p>
      <p className="hint">{w('deleteWorkspace.record')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typed === workspace.name) remove.mutate();
        }}
      >
        <Field
          label={w('deleteWorkspace.typeName', { name: workspace.name })}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="danger" disabled={typed !== workspace.name || remove.isPending}>
          {remove.isPending ? t('common.wait') : w('deleteWorkspace.button')}
        </button>
      </form>
      {remove.error !== null && <ErrorAlert error={remove.error} lead={w('deleteWorkspace.failed')} />}
    </section>
  );
}
