import type { ReactNode } from 'react';
import { isCurrentResult, type StoredResultDto } from '@assay/contracts';
import { getQuestionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { quotedAnswers } from '../evidence.ts';
import { useResultWords } from '../words.ts';
import { LevelSummary } from './LevelSummary.tsx';
import { WhyLevel } from './WhyLevel.tsx';
import { NextSteps } from './NextSteps.tsx';
import { Roadmap } from './Roadmap.tsx';
import { DimensionChart } from './DimensionChart.tsx';
import { GapList } from './GapList.tsx';
import { BenchmarkComparisons } from './BenchmarkComparisons.tsx';
import { Disagreements } from './Disagreements.tsx';

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
      {current && <Roadmap result={result} questionnaire={questionnaire} quoted={quoted} />}
      {showDisagreements && <Disagreements disagreements={result.disagreements} questionnaire={questionnaire} />}
      <GapList gaps={result.gaps} questionnaire={questionnaire} quoted={quoted} respondents={result.respondents} engineVersion={result.engineVersion} />
      <DimensionChart dimensions={result.dimensions} />
      <BenchmarkComparisons comparisons={result.benchmark} questionnaire={questionnaire} />
    </div>
  );
}
