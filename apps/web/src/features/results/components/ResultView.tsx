import type { ReactNode } from 'react';
import type { ResultDto } from '@assay/contracts';
import { getQuestionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { LevelSummary } from './LevelSummary.tsx';
import { WhyLevel } from './WhyLevel.tsx';
import { NextSteps } from './NextSteps.tsx';
import { DimensionChart } from './DimensionChart.tsx';
import { GapList } from './GapList.tsx';
import { BenchmarkComparisons } from './BenchmarkComparisons.tsx';
import { Disagreements } from './Disagreements.tsx';

/** Everything a result says, in the order a reader needs it: level, why, what next, detail, comparison. */
export function ResultView({ result, showDisagreements = false }: { result: ResultDto; showDisagreements?: boolean }): ReactNode {
  const { t } = useI18n();
  // The questionnaire the result was scored with: its wording names the questions behind each figure.
  const questionnaire = getQuestionnaire(result.questionnaireId);
  if (!questionnaire) return <p className="alert error">{t('result.unknownQuestionnaire', { id: result.questionnaireId })}</p>;
  return (
    <div>
      <LevelSummary result={result} questionnaire={questionnaire} team={showDisagreements} />
      <WhyLevel result={result} questionnaire={questionnaire} />
      <NextSteps result={result} />
      {showDisagreements && <Disagreements disagreements={result.disagreements} questionnaire={questionnaire} />}
      <GapList gaps={result.gaps} questionnaire={questionnaire} />
      <DimensionChart dimensions={result.dimensions} />
      <BenchmarkComparisons comparisons={result.benchmark} questionnaire={questionnaire} />
    </div>
  );
}
