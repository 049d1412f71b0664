import type { ReactNode } from 'react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { individualResultQuery } from './queries.ts';
import { ResultView } from './components/ResultView.tsx';

/** What the page asks first, started by App's preloadPage before it draws. */
export const prefetch = (queryClient: QueryClient, { workspaceId = '', assessmentId = '', responseId = '' }: Record<string, string>): Promise<void> =>
  queryClient.prefetchQuery(individualResultQuery(workspaceId, assessmentId, responseId));

/** One respondent's result, right after they submit. */
export default function ResultPage({ workspaceId, assessmentId, responseId }: {
  workspaceId: string;
  assessmentId: string;
  responseId: string;
}): ReactNode {
  const { t, date } = useI18n();
  const query = useQuery(individualResultQuery(workspaceId, assessmentId, responseId));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return (
    <div>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}/assessments/${assessmentId}`}>{t('result.backToAssessment')}</Link>
      </p>
      <h1>{t('result.yourResult')}</h1>
      <p className="muted">{t('result.computedOn', { date: date(query.data.computedAt) })}</p>
      <ResultView result={query.data.result} />
    </div>
  );
}
