import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../components/LoadMore.tsx';
import { usePaged } from '../../lib/paged-query.ts';
import { CreateNameForm } from '../../components/CreateNameForm.tsx';
import { workspaceQuery } from '../workspaces/queries.ts';
import { AnonymitySetting } from '../workspaces/AnonymitySetting.tsx';
import { TimeZoneSetting } from '../workspaces/TimeZoneSetting.tsx';
import { createTeam } from './api.ts';
import { teamKeys } from './queries.ts';
import { teamListQuery } from './paged-queries.ts';
import { TeamList } from './components/TeamList.tsx';
import { Dashboard } from '../dashboard/Dashboard.tsx';
import { dashboardKeys } from '../dashboard/queries.ts';

// Owners only; its words load with it.
const ClientBenchmarkSetting = lazy(() => import('../benchmark/clients/ClientBenchmarkSetting.tsx'));

/** Archived teams (they leave the dashboard), read only when a manager asks for them. */
function ArchivedTeams({ workspaceId }: { workspaceId: string }): ReactNode {
  const { t } = useI18n();
  const teams = usePaged(teamListQuery(workspaceId, { includeArchived: true }));
  if (teams.query.isPending) return <Loading />;
  if (teams.query.isError && teams.items.length === 0) return <ErrorAlert error={teams.query.error} />;
  const archived = teams.items.filter((team) => team.archived);
  return (
    <>
      {archived.length === 0 ? <p className="muted">{t('teams.noArchived')}</p> : <TeamList workspaceId={workspaceId} teams={archived} />}
      <LoadMoreOf paged={teams} />
    </>
  );
}

/**
 * A workspace's home: the dashboard (levels beside the paper's, every team's level, trend, target
 * and actions, the dimension heatmap), the way to its members (and, for owners and admins, its
 * settings and audit log), a form to add a team and its archived teams.
 */
export default function TeamsPage({ workspaceId }: { workspaceId: string }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [showArchived, setShowArchived] = useState(false);
  const workspace = useQuery(workspaceQuery(workspaceId));
  const create = useMutation({
    mutationFn: (name: string) => createTeam(workspaceId, { name }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.workspace(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.workspace(workspaceId) }),
      ]),
  });
  if (workspace.isPending) return <Loading />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} />;
  const role = workspace.data.role;
  return (
    <div>
      <p className="small">
        <Link to="/workspaces">{t('nav.workspaces')}</Link>
      </p>
      <h1>{workspace.data.name}</h1>
      <p className="row muted">
        <span>{t('workspaces.yourRole', { role: t(`role.${role}`) })}</span>
        <Link to={`/workspaces/${workspaceId}/members`}>{can.manageMembers(role) ? t('members.linkManage') : t('members.link')}</Link>
        {can.manageMembers(role) && <Link to={`/workspaces/${workspaceId}/settings`}>{t('workspaces.settingsLink')}</Link>}
      </p>
      {role === 'viewer' && <p className="alert info">{t('workspaces.readOnly')}</p>}
      <Dashboard workspaceId={workspaceId} />
      {can.manageTeams(role) && (
        <div className="grid-2">
          <section className="card" aria-labelledby="team-new">
            <h2 id="team-new" className="flush">
              {t('teams.create')}
            </h2>
            <CreateNameForm
              label={t('teams.name')}
              submitLabel={t('teams.createButton')}
              pending={create.isPending}
              error={create.error}
              onCreate={(name, reset) => create.mutate(name, { onSuccess: reset })}
            />
          </section>
          <section className="card" aria-labelledby="teams-archived-heading">
            <h2 id="teams-archived-heading" className="flush">
              {t('teams.archivedHeading')}
            </h2>
            <label className="choice small">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              {t('teams.showArchived')}
            </label>
            {showArchived && <ArchivedTeams workspaceId={workspaceId} />}
          </section>
        </div>
      )}
      {can.manageMembers(role) && <AnonymitySetting workspace={workspace.data} />}
      {can.manageMembers(role) && <TimeZoneSetting workspace={workspace.data} />}
      {can.changeClientBenchmark(role) && (
        <Suspense fallback={null}>
          <ClientBenchmarkSetting workspace={workspace.data} />
        </Suspense>
      )}
    </div>
  );
}
