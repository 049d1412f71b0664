import { useState, type ReactNode } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { COMPARE_MAX_TEAMS, COMPARE_MIN_TEAMS } from '@assay/contracts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { Link } from '../../lib/router.tsx';
import { useProgressWords } from '../progress/catalog.ts';
import type { DashboardView } from './api.ts';
import { dashboardQuery } from './queries.ts';
import { useDashboardWords } from './words.ts';
import { DashboardFilters } from './components/DashboardFilters.tsx';
import { DashboardTable } from './components/DashboardTable.tsx';
import { DimensionHeatmap } from './components/DimensionHeatmap.tsx';
import { LevelDistribution } from './components/LevelDistribution.tsx';

/**
 * The workspace's home: its teams over the levels beside the paper's, then the teams (sorted,
 * filtered and paged by the server) with their level, trend, target and actions, and the
 * dimension heatmap of the teams loaded so far.
 */
export function Dashboard({ workspaceId }: { workspaceId: string }): ReactNode {
  const w = useDashboardWords();
  const pw = useProgressWords();
  const [view, setView] = useState<DashboardView>({ sort: 'name' });
  const [selected, setSelected] = useState<readonly string[]>([]);
  const toggle = (teamId: string) =>
    setSelected((ids) => (ids.includes(teamId) ? ids.filter((id) => id !== teamId) : ids.length < COMPARE_MAX_TEAMS ? [...ids, teamId] : ids));
  const query = useInfiniteQuery({ ...dashboardQuery(workspaceId, view), placeholderData: keepPreviousData });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const first = query.data.pages[0]!;
  const teams = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[query.data.pages.length - 1]!.total;
  return (
    <>
      <LevelDistribution distribution={first.distribution} paper={first.paper} w={w} />
      <section className="card" aria-labelledby="dashboard-teams-heading">
        <h2 id="dashboard-teams-heading" className="flush">
          {w('dashboard.teams.heading')}
        </h2>
        <DashboardFilters view={view} onChange={setView} w={w} pw={pw} />
        {first.distribution.teams === 0 ? (
          <p className="muted">{w('dashboard.noTeams')}</p>
        ) : teams.length === 0 ? (
          <p className="muted">{w('dashboard.noMatch')}</p>
        ) : (
          <>
            <p className="small muted" aria-live="polite">
              {w('dashboard.shown', { shown: teams.length, total })}
            </p>
            <p className="small">
              {selected.length >= COMPARE_MIN_TEAMS ? (
                <Link className="button" to={`/workspaces/${workspaceId}/compare?teams=${selected.join(',')}`}>
                  {w('compare.selected', { count: selected.length })}
                </Link>
              ) : (
                <span className="muted">{w('compare.selectHint', { min: COMPARE_MIN_TEAMS, max: COMPARE_MAX_TEAMS })}</span>
              )}
            </p>
            <DashboardTable
              workspaceId={workspaceId}
              teams={teams}
              w={w}
              pw={pw}
              selected={{ ids: selected, full: selected.length >= COMPARE_MAX_TEAMS }}
              onToggle={toggle}
            />
          </>
        )}
        {query.hasNextPage && (
          <button type="button" className="secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {w('dashboard.loadMore')}
          </button>
        )}
      </section>
      {teams.length > 0 && (
        <section className="card" aria-labelledby="heatmap-heading">
          <h2 id="heatmap-heading" className="flush">
            {w('dashboard.heatmap.heading')}
          </h2>
          <DimensionHeatmap teams={teams} w={w} />
        </section>
      )}
    </>
  );
}
