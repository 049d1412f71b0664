import type { ReactNode } from 'react';
import { isCurrentResult, type StoredResultDto } from '@assay/contracts';
import type { Questionnaire } from '@assay/domain';
import type { quotedAnswers } from '../evidence.ts';
import { Roadmap } from './Roadmap.tsx';
import { DimensionChart } from './DimensionChart.tsx';
import { GapList } from './GapList.tsx';
import { BenchmarkComparisons } from './BenchmarkComparisons.tsx';
import { Disagreements } from './Disagreements.tsx';

/** The detail of a result after its next steps (lazy-loaded by ResultView). */
export default function ResultDetails({ result, questionnaire, quoted, showDisagreements }: {
  result: StoredResultDto;
  questionnaire: Questionnaire;
  quoted: ReturnType<typeof quotedAnswers>;
  showDisagreements: boolean;
}): ReactNode {
  return (
    <div className="result-details">
      {isCurrentResult(result) && <Roadmap result={result} questionnaire={questionnaire} quoted={quoted} />}
      {showDisagreements && <Disagreements disagreements={result.disagreements} questionnaire={questionnaire} />}
      <GapList gaps={result.gaps} questionnaire={questionnaire} quoted={quoted} respondents={result.respondents} engineVersion={result.engineVersion} />
      <DimensionChart dimensions={result.dimensions} />
      <BenchmarkComparisons comparisons={result.benchmark} questionnaire={questionnaire} />
    </div>
  );
}
