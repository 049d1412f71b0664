import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Workspace } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../components/LoadMore.tsx';
import { usePaged } from '../../lib/paged-query.ts';
import { createWorkspace } from './api.ts';
import { workspaceKeys } from './queries.ts';
import { workspaceListQuery } from './paged-queries.ts';
import { CreateNameForm } from '../../components/CreateNameForm.tsx';

function WorkspaceList({ workspaces }: { workspaces: readonly Workspace[] }): ReactNode {
  const { t } = useI18n();
  if (workspaces.length === 0) return <p className="muted">{t('workspaces.none')}</p>;
  return (
    <ul className="plain">
      {workspaces.map((workspace) => (
        <li key={workspace.id} className="row spread">
          <Link to={`/workspaces/${workspace.id}`}>{workspace.name}</Link>
          <span className="badge">{t(`role.${workspace.role}`)}</span>
        </li>
      ))}
    </ul>
  );
}

export default function WorkspacesPage(): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const workspaces = usePaged(workspaceListQuery());
  const create = useMutation({
    mutationFn: (name: string) => createWorkspace({ name }),
    onSuccess: async (workspace) => {
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
      navigate(`/workspaces/${workspace.id}`);
    },
  });
  return (
    <div>
      <h1>{t('workspaces.title')}</h1>
      <div className="grid-2">
        <section className="card" aria-labelledby="workspaces-mine">
          <h2 id="workspaces-mine" style={{ marginTop: 0 }}>
            {t('workspaces.mine')}
          </h2>
          {workspaces.query.isPending ? (
            <Loading />
          ) : workspaces.query.isError && workspaces.items.length === 0 ? (
            <ErrorAlert error={workspaces.query.error} />
          ) : (
            <>
              <WorkspaceList workspaces={workspaces.items} />
              <LoadMoreOf paged={workspaces} />
            </>
          )}
        </section>
        <section className="card" aria-labelledby="workspaces-new">
          <h2 id="workspaces-new" style={{ marginTop: 0 }}>
            {t('workspaces.create')}
          </h2>
          <p className="hint">{t('workspaces.createHint')}</p>
          <CreateNameForm
            label={t('workspaces.name')}
            submitLabel={t('workspaces.createButton')}
            pending={create.isPending}
            error={create.error}
            onCreate={(name) => create.mutate(name)}
          />
        </section>
      </div>
    </div>
  );
}
