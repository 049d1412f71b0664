import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { isCurrentResult, type StoredResultDto } from '@assay/contracts';
import { getQuestionnaire } from '@assay/domain';
import { useAfterFirstPaint } from '../../../lib/after-paint.ts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { quotedAnswers } from '../evidence.ts';
import { useResultWords } from '../words.ts';
import { LevelSummary } from './LevelSummary.tsx';
import { WhyLevel } from './WhyLevel.tsx';
import { NextSteps } from './NextSteps.tsx';

// What follows the next steps (the roadmap with its practice model, disagreements, gaps, the
// dimension chart and the comparison with the paper: ~25 KB compressed) is a chunk of its own,
// asked for once the first screen has painted: a result's first load stays inside the 150 KB
// budget, and neither the chunk's requests nor their start (Vite inserts a modulepreload link per
// file, 5-8 ms of main thread) delay the first screen. Its place is held by a block as tall as the
// screen, below what is already shown: nothing visible moves when it arrives.
const ResultDetails = lazy(() => import('./ResultDetails.tsx'));

type DetailsProps = ComponentProps<typeof ResultDetails>;

function DetailsLoading(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="result-details-loading" aria-busy="true">
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    </div>
  );
}

/**
 * The detail, once the first screen has painted. Its own component, so that the render the paint
 * sets off covers only this part, not the first screen again.
 */
function Details(props: DetailsProps): ReactNode {
  const painted = useAfterFirstPaint();
  if (!painted) return <DetailsLoading />;
  return (
    <Suspense fallback={<DetailsLoading />}>
      <ResultDetails {...props} />
    </Suspense>
  );
}

/**
 * An engine-1 result, shown as it was computed: it has no roadmap, no evidence counts and no cap,
 * and the note says so. A team result can be recomputed by an owner or admin: `action` is where the
 * team page puts that button (for those roles only).
 */
export function LegacyNote({ engineVersion, team, action }: { engineVersion: string; team: boolean; action?: ReactNode }): ReactNode {
  const words = useResultWords();
  return (
    <section className="alert info" aria-labelledby="legacy-heading" data-testid="legacy-note">
      <h2 id="legacy-heading" className="flush">
        {words('legacy.title')}
      </h2>
      <p>{words('legacy.note', { version: engineVersion })}</p>
      {team && <p className="small">{words('legacy.canRecompute')}</p>}
      {action}
    </section>
  );
}

/** Everything a result says, in the order a reader needs it: level, why, what next, detail, comparison. */
export function ResultView({ result, showDisagreements = false, legacyAction }: {
  result: StoredResultDto;
  showDisagreements?: boolean;
  /** Shown in the engine-1 note (the team page's recompute button). */
  legacyAction?: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  // The questionnaire the result was scored with: its wording names the questions behind each figure.
  const questionnaire = getQuestionnaire(result.questionnaireId);
  if (!questionnaire) return <p className="alert error">{t('result.unknownQuestionnaire', { id: result.questionnaireId })}</p>;
  const quoted = quotedAnswers(result);
  const current = isCurrentResult(result);
  return (
    <div>
      {!current && <LegacyNote engineVersion={result.engineVersion} team={showDisagreements} action={legacyAction} />}
      <LevelSummary result={result} questionnaire={questionnaire} team={showDisagreements} />
      <WhyLevel result={result} questionnaire={questionnaire} quoted={quoted} />
      <NextSteps result={result} />
      <Details result={result} questionnaire={questionnaire} quoted={quoted} showDisagreements={showDisagreements} />
    </div>
  );
}
