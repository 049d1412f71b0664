import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { downloadTeamResult } from './api.ts';
import { teamResultQuery } from './queries.ts';
import { ResultView } from './components/ResultView.tsx';
import { FreeText } from './components/FreeText.tsx';

/** The team result of a closed assessment: every respondent aggregated, with where they disagree. */
export default function TeamResultPage({ workspaceId, assessmentId }: { workspaceId: string; assessmentId: string }): ReactNode {
  const { t, plural, date } = useI18n();
  const query = useQuery(teamResultQuery(workspaceId, assessmentId));
  const [exportError, setExportError] = useState<unknown>(null);
  const exportAs = (format: 'csv' | 'json'): void => {
    setExportError(null);
    downloadTeamResult(workspaceId, assessmentId, format).catch(setExportError);
  };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { data } = query;
  const heading = (
    <>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}/teams/${data.teamId}`}>{t('result.backToTeam')}</Link>
      </p>
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
      <p className="row no-print small">
        <button type="button" className="secondary" onClick={() => exportAs('csv')}>
          {t('result.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => exportAs('json')}>
          {t('result.exportJson')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('result.print')}
        </button>
      </p>
      {exportError !== null && <ErrorAlert error={exportError} />}
      <ResultView result={data.result} showDisagreements />
      <FreeText answers={data.freeText} />
    </div>
  );
}
