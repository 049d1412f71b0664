import type { ReactNode } from 'react';
import type { BenchmarkComparisonDto } from '@assay/contracts';
import { amorim2023Benchmark, type Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { SeriesFigure } from '../../benchmark/components/SeriesFigure.tsx';
import { answerText, labelled, questionText } from '../answer-text.ts';

/** Each benchmark-linked answer beside the paper's distribution for it. */
export function BenchmarkComparisons({ comparisons, questionnaire }: {
  comparisons: readonly BenchmarkComparisonDto[];
  questionnaire: Questionnaire;
}): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const seriesById = new Map(amorim2023Benchmark.series.map((s) => [s.id, s]));
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('result.compare')}</h2>
      <p className="muted">{t('result.compareLead')}</p>
      {comparisons.map((comparison) => {
        const series = seriesById.get(comparison.seriesId);
        if (!series) return null;
        return (
          <SeriesFigure
            key={`${comparison.questionId}:${comparison.itemId ?? ''}:${comparison.seriesId}`}
            series={series}
            marked={new Set(comparison.matchedCategories)}
          >
            <p className="small">
              {labelled(questionText(i18n, questionnaire, comparison.questionId, comparison.itemId))}{' '}
              <strong>{answerText(i18n, questionnaire, comparison.questionId, comparison.answer, comparison.itemId)}</strong>
              {comparison.placement !== 'matched' && <> — {t(`placement.${comparison.placement}`)}</>}
            </p>
          </SeriesFigure>
        );
      })}
    </section>
  );
}
