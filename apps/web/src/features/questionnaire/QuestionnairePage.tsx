import type { ReactNode } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getQuestionnaire } from '@assay/domain';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { assessmentKeys, assessmentQuery } from '../assessments/queries.ts';
import { resultKeys } from '../results/queries.ts';
import { confirmSection, saveAnswers, submitResponse } from './api.ts';
import { myResponseQuery } from './queries.ts';
import { QuestionnaireForm } from './components/QuestionnaireForm.tsx';
import { PendingDropped } from './components/PendingDropped.tsx';
import { AnonymityNotice } from '../../components/AnonymityNotice.tsx';
import { pendingAnswers } from './pending.ts';

// This tab's store: sign-in after an expired session comes back to the same tab.
const sessionStore = (): Storage => window.sessionStorage;

/**
 * What the page asks first, started by App's preloadPage before it draws. The response itself is
 * not: it is started (POST) only once the assessment is known to be open, and fetched fresh when
 * the page opens.
 */
export const prefetch = (queryClient: QueryClient, { workspaceId = '', assessmentId = '' }: Record<string, string>): Promise<void> =>
  queryClient.prefetchQuery(assessmentQuery(workspaceId, assessmentId));

/** A member answers an open assessment: their own response, resumed where they left it. */
export default function QuestionnairePage({ workspaceId, assessmentId }: { workspaceId: string; assessmentId: string }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const assessment = useQuery(assessmentQuery(workspaceId, assessmentId));
  const response = useQuery({ ...myResponseQuery(workspaceId, assessmentId), enabled: assessment.data?.status === 'open' });
  const back = `/workspaces/${workspaceId}/assessments/${assessmentId}`;

  if (assessment.isPending) return <Loading />;
  if (assessment.isError) return <ErrorAlert error={assessment.error} />;
  if (assessment.data.status !== 'open') {
    return (
      <div className="card">
        <p>{t('questionnaire.notOpen')}</p>
        <Link to={back}>{t('result.backToAssessment')}</Link>
      </div>
    );
  }
  // What the assessment alone says (the way back and the anonymity notice) shows while the
  // response is started or resumed, in the place it keeps once the form is there.
  const heading = (
    <>
      <p className="small">
        <Link to={back}>
          {assessment.data.teamName} · {assessment.data.title}
        </Link>
      </p>
      <AnonymityNotice anonymity={assessment.data.anonymity} />
    </>
  );
  if (response.isPending) {
    return (
      <div>
        {heading}
        <Loading />
      </div>
    );
  }
  if (response.isError) return <ErrorAlert error={response.error} />;
  const questionnaire = getQuestionnaire(assessment.data.questionnaireId);
  if (!questionnaire) return <p className="alert error">{t('result.unknownQuestionnaire', { id: assessment.data.questionnaireId })}</p>;
  const { id: responseId, status, answers, prefill } = response.data;
  const resultPath = `${back}/responses/${responseId}/result`;
  const pending = pendingAnswers(responseId, sessionStore);
  if (status === 'submitted') {
    return (
      <div>
        {heading}
        <div className="card">
          <p>{t('questionnaire.alreadySubmitted')}</p>
          <Link to={resultPath}>{t('questionnaire.seeResult')}</Link>
          <PendingDropped questionnaire={questionnaire} pending={pending} />
        </div>
      </div>
    );
  }
  return (
    <div>
      {heading}
      <QuestionnaireForm
        key={responseId}
        pending={pending}
        questionnaire={questionnaire}
        initialAnswers={answers}
        save={(changes) => saveAnswers(workspaceId, assessmentId, responseId, changes)}
        initialUnconfirmed={prefill?.unconfirmed ?? []}
        confirmSection={(section) => confirmSection(workspaceId, assessmentId, responseId, section)}
        submit={async () => {
          const submitted = await submitResponse(workspaceId, assessmentId, responseId);
          queryClient.setQueryData(resultKeys.individual(workspaceId, assessmentId, responseId), submitted.result);
          await queryClient.invalidateQueries({ queryKey: assessmentKeys.workspace(workspaceId) });
          navigate(resultPath);
        }}
      />
    </div>
  );
}
