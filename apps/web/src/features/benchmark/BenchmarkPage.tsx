import type { ReactNode } from 'react';
import { amorim2023Benchmark, type BenchmarkSeries } from '@assay/domain';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { SeriesFigure } from './components/SeriesFigure.tsx';

/** The paper's sections in reading order, each with the series taken from it. */
function bySection(series: readonly BenchmarkSeries[]): [string, BenchmarkSeries[]][] {
  const groups = new Map<string, BenchmarkSeries[]>();
  for (const entry of series) {
    const section = entry.source.section.split(';')[0]?.trim() ?? entry.source.section;
    groups.set(section, [...(groups.get(section) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The whole survey, figure by figure, for anyone: no sign-in needed. */
export default function BenchmarkPage(): ReactNode {
  const { t } = useI18n();
  const benchmark = amorim2023Benchmark;
  return (
    <div>
      <h1>{t('benchmark.title')}</h1>
      <div className="card stack">
        <p>{t('benchmark.lead', { respondents: benchmark.respondents })}</p>
        <p className="small muted">{benchmark.citation}</p>
        <ul className="small">
          <li>{t('benchmark.ruleCounts')}</li>
          <li>{t('benchmark.ruleNotReported')}</li>
          <li>{t('benchmark.ruleDerived')}</li>
          <li>{t('benchmark.rulePrinted')}</li>
        </ul>
      </div>
      {bySection(benchmark.series).map(([section, series]) => (
        <section key={section} aria-labelledby={`section-${section}`}>
          <h2 id={`section-${section}`}>{t('benchmark.section', { section })}</h2>
          {series.map((entry) => (
            <SeriesFigure key={entry.id} series={entry} />
          ))}
        </section>
      ))}
    </div>
  );
}
