import type { ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { workspaceQuery } from '../workspaces/queries.ts';
import { startAssessment } from '../assessments/api.ts';
import { assessmentKeys, teamAssessmentsQuery } from '../assessments/queries.ts';
import { teamHistoryQuery, teamListQuery } from './queries.ts';
import { AssessmentList } from './components/AssessmentList.tsx';
import { LevelHistory } from './components/LevelHistory.tsx';
import { ChangeSinceLast } from './components/ChangeSinceLast.tsx';

/** A team: its assessments, its levels over time, and a button to start the next assessment. */
export default function TeamPage({ workspaceId, teamId }: { workspaceId: string; teamId: string }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const workspace = useQuery(workspaceQuery(workspaceId));
  const teams = useQuery(teamListQuery(workspaceId));
  const assessments = useQuery(teamAssessmentsQuery(workspaceId, teamId));
  const history = useQuery(teamHistoryQuery(workspaceId, teamId));
  const start = useMutation({
    mutationFn: () => startAssessment(workspaceId, teamId, {}),
    onSuccess: async (assessment) => {
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.team(workspaceId, teamId) });
      navigate(`/workspaces/${workspaceId}/assessments/${assessment.id}`);
    },
  });
  if (workspace.isPending || teams.isPending) return <Loading />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} />;
  if (teams.isError) return <ErrorAlert error={teams.error} />;
  const team = teams.data.find((candidate) => candidate.id === teamId);
  if (!team) return <p className="alert error">{t('teams.notFound')}</p>;
  return (
    <div>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}`}>{workspace.data.name}</Link>
      </p>
      <h1>{team.name}</h1>
      <section className="card" aria-labelledby="assessments-heading">
        <div className="row spread">
          <h2 id="assessments-heading" style={{ marginTop: 0 }}>
            {t('assessments.title')}
          </h2>
          {can.runAssessments(workspace.data.role) && (
            <button type="button" disabled={start.isPending} onClick={() => start.mutate()}>
              {t('assessments.start')}
            </button>
          )}
        </div>
        {start.error !== null && <ErrorAlert error={start.error} />}
        {assessments.isPending ? <Loading /> : assessments.isError ? <ErrorAlert error={assessments.error} /> : <AssessmentList assessments={assessments.data} />}
      </section>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" style={{ marginTop: 0 }}>
          {t('history.title')}
        </h2>
        {history.isPending ? (
          <Loading />
        ) : history.isError ? (
          <ErrorAlert error={history.error} />
        ) : (
          <>
            <LevelHistory points={history.data.points} />
            {history.data.change && <ChangeSinceLast change={history.data.change} />}
          </>
        )}
      </section>
    </div>
  );
}
