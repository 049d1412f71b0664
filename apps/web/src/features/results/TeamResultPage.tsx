import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isCurrentResult, type TeamResult } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { workspaceQuery } from '../workspaces/queries.ts';
import { teamKeys, teamQuery } from '../teams/queries.ts';
import { assessmentKeys } from '../assessments/queries.ts';
import { downloadTeamReport, downloadTeamResult, recomputeTeamResult } from './api.ts';
import { resultKeys, teamResultQuery } from './queries.ts';
import { useResultWords } from './words.ts';
import { ResultView } from './components/ResultView.tsx';
import { FreeText } from './components/FreeText.tsx';

// Only owners, admins and assessors see it, after the result: it loads with its own words.
const ClientBenchmark = lazy(() => import('../benchmark/clients/ClientBenchmark.tsx'));

/**
 * Recompute an engine-1 result with the current engine (owners and admins; others never see the
 * button, and the API refuses them anyway). It replaces the stored result, so it asks first.
 */
function RecomputeButton({ workspaceId, assessmentId, data }: { workspaceId: string; assessmentId: string; data: TeamResult }): ReactNode {
  const words = useResultWords();
  const queryClient = useQueryClient();
  const recompute = useMutation({
    mutationFn: () => recomputeTeamResult(workspaceId, assessmentId),
    onSuccess: async (updated) => {
      queryClient.setQueryData(resultKeys.team(workspaceId, assessmentId), updated);
      // The level and the history's comparison may change with the engine.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.history(workspaceId, data.teamId) }),
        queryClient.invalidateQueries({ queryKey: assessmentKeys.workspace(workspaceId) }),
      ]);
    },
  });
  return (
    <div className="stack no-print">
      <ConfirmButton
        label={words('legacy.recompute')}
        question={words('legacy.recomputeQuestion', { version: data.result.engineVersion })}
        confirmLabel={words('legacy.recomputeConfirm')}
        pending={recompute.isPending}
        onConfirm={() => recompute.mutate()}
      />
      {recompute.isError && <ErrorAlert error={recompute.error} />}
    </div>
  );
}

/** What the page asks first, started by App's preloadPage before it draws. */
export const prefetch = async (queryClient: QueryClient, { workspaceId = '', assessmentId = '' }: Record<string, string>): Promise<void> => {
  await Promise.all([queryClient.prefetchQuery(teamResultQuery(workspaceId, assessmentId)), queryClient.prefetchQuery(workspaceQuery(workspaceId))]);
};

/** The team result of a closed assessment: every respondent aggregated, with where they disagree. */
export default function TeamResultPage({ workspaceId, assessmentId }: { workspaceId: string; assessmentId: string }): ReactNode {
  const { t, plural, date, locale } = useI18n();
  const words = useResultWords();
  const query = useQuery(teamResultQuery(workspaceId, assessmentId));
  const workspace = useQuery(workspaceQuery(workspaceId));
  const teamId = query.data?.teamId;
  const team = useQuery({ ...teamQuery(workspaceId, teamId ?? ''), enabled: teamId !== undefined });
  const [exportError, setExportError] = useState<unknown>(null);
  const [reportPending, setReportPending] = useState(false);
  const exportAs = (format: 'csv' | 'json'): void => {
    setExportError(null);
    downloadTeamResult(workspaceId, assessmentId, format).catch(setExportError);
  };
  const downloadReport = (): void => {
    setExportError(null);
    setReportPending(true);
    downloadTeamReport(workspaceId, assessmentId, locale)
      .catch(setExportError)
      .finally(() => setReportPending(false));
  };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { data } = query;
  const mayRecompute = workspace.data !== undefined && can.recomputeResults(workspace.data.role);
  const heading = (
    <>
      <p className="small no-print">
        <Link to={`/workspaces/${workspaceId}/teams/${data.teamId}`}>{t('result.backToTeam')}</Link>
      </p>
      {/* Who the result is of, on screen and on paper (the header with the workspace is not printed). */}
      {workspace.data !== undefined && (
        <p className="result-context" data-testid="result-context">
          {team.data !== undefined
            ? words('report.context', { client: workspace.data.name, team: team.data.name })
            : words('report.contextClient', { client: workspace.data.name })}
        </p>
      )}
      <h1>{t('result.teamResult', { title: data.title })}</h1>
      <p className="muted">{t('result.closedOn', { date: date(data.closedAt) })}</p>
    </>
  );
  if (data.withheld) {
    // Below the anonymity threshold: only how many responses there are and how many it needs.
    return (
      <div>
        {heading}
        <section className="card" aria-labelledby="withheld-heading" data-withheld="true">
          <h2 id="withheld-heading" className="flush">
            {t('result.withheldTitle')}
          </h2>
          <p>{plural('result.withheld', data.responses, { minimum: data.minimum })}</p>
        </section>
      </div>
    );
  }
  return (
    <div>
      {heading}
      {data.recomputed !== null && (
        <p className="alert info small" role="status" data-testid="recomputed">
          {words('legacy.recomputed', { date: date(data.recomputed.at), name: data.recomputed.byName, version: data.recomputed.previousEngineVersion })}
        </p>
      )}
      <p className="row no-print small">
        <button type="button" className="secondary" onClick={() => exportAs('csv')}>
          {t('result.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => exportAs('json')}>
          {t('result.exportJson')}
        </button>
        {/* The accessible name stays the same while the file is drawn (browser journeys find it by name). */}
        <button type="button" className="secondary" onClick={downloadReport} disabled={reportPending} aria-busy={reportPending}>
          {words('report.download')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('result.print')}
        </button>
      </p>
      {exportError !== null && <ErrorAlert error={exportError} />}
      <ResultView
        result={data.result}
        showDisagreements
        legacyAction={
          !isCurrentResult(data.result) && mayRecompute ? <RecomputeButton workspaceId={workspaceId} assessmentId={assessmentId} data={data} /> : undefined
        }
      />
      <FreeText answers={data.freeText} />
      {workspace.data !== undefined && can.seeClientBenchmark(workspace.data.role) && (
        <Suspense fallback={null}>
          <ClientBenchmark workspaceId={workspaceId} level={data.result.level} practices={isCurrentResult(data.result) ? data.result.practices : []} />
        </Suspense>
      )}
    </div>
  );
}
