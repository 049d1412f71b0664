import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { StoredResultDto } from '@assay/contracts';
import { getQuestionnaire } from '@assay/domain';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { guestKey, saveGuestAnswers, submitGuestResponse } from './api.ts';
import { guestResponseQuery } from './queries.ts';
import { QuestionnaireForm } from './components/QuestionnaireForm.tsx';
import { PendingDropped } from './components/PendingDropped.tsx';
import { pendingAnswers } from './pending.ts';

// Not sessionStorage: a guest resumes from this browser (their key is in localStorage), often in a new tab.
const localStore = (): Storage => window.localStorage;

// The result (and its charts) loads only once the guest has submitted.
const ResultView = lazy(() => import('../results/components/ResultView.tsx').then((m) => ({ default: m.ResultView })));

function GuestQuestionnaire({ responseId, accessKey }: { responseId: string; accessKey: string }): ReactNode {
  const { t } = useI18n();
  const [result, setResult] = useState<StoredResultDto | null>(null);
  const response = useQuery(guestResponseQuery(responseId, accessKey));
  if (result) {
    return (
      <div>
        <h1>{t('result.yourResult')}</h1>
        <p className="alert info">{t('guest.thanks')}</p>
        <Suspense fallback={<Loading />}>
          <ResultView result={result} />
        </Suspense>
      </div>
    );
  }
  if (response.isPending) return <Loading />;
  if (response.isError) return <ErrorAlert error={response.error} />;
  const { assessment, response: saved } = response.data;
  const questionnaire = getQuestionnaire(assessment.questionnaireId);
  if (!questionnaire) return <p className="alert error">{t('result.unknownQuestionnaire', { id: assessment.questionnaireId })}</p>;
  const pending = pendingAnswers(responseId, localStore);
  if (saved.status === 'submitted') {
    return (
      <div>
        <p className="alert info">{t('guest.alreadySubmitted')}</p>
        <PendingDropped questionnaire={questionnaire} pending={pending} />
      </div>
    );
  }
  if (assessment.status !== 'open') return <p className="alert warn">{t('questionnaire.notOpen')}</p>;
  return (
    <div>
      <p className="small muted">
        {assessment.workspaceName} · {assessment.teamName} · {assessment.title}
      </p>
      <QuestionnaireForm
        key={responseId}
        pending={pending}
        questionnaire={questionnaire}
        initialAnswers={saved.answers}
        save={(changes) => saveGuestAnswers(responseId, accessKey, changes)}
        submit={async () => {
          const submitted = await submitGuestResponse(responseId, accessKey);
          setResult(submitted.result.result);
        }}
      />
    </div>
  );
}

/** A guest's questionnaire, opened with the response key this browser kept when they started. */
export default function GuestQuestionnairePage({ responseId }: { responseId: string }): ReactNode {
  const { t } = useI18n();
  const accessKey = guestKey(responseId);
  if (!accessKey) return <p className="alert warn">{t('guest.noKey')}</p>;
  return <GuestQuestionnaire responseId={responseId} accessKey={accessKey} />;
}
