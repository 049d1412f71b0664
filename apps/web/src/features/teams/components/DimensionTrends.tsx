import { useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { TeamHistoryPoint } from '@assay/contracts';
import { DIMENSIONS } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';
import { pointLabel } from './chart-labels.ts';

/**
 * One colour, point shape and dash per dimension, so lines stay apart without colour (print,
 * colour blindness). Colours from the Okabe–Ito palette, darkened where they fail on white.
 */
const STYLES = [
  { color: '#0072b2', pointStyle: 'circle', dash: [] },
  { color: '#b45309', pointStyle: 'rect', dash: [6, 3] },
  { color: '#047857', pointStyle: 'triangle', dash: [] },
  { color: '#be185d', pointStyle: 'rectRot', dash: [2, 3] },
  { color: '#6d28d9', pointStyle: 'star', dash: [] },
  { color: '#1f2933', pointStyle: 'crossRot', dash: [8, 3, 2, 3] },
  { color: '#0e7490', pointStyle: 'rectRounded', dash: [4, 4] },
] as const;

export interface DimensionSeries {
  readonly id: string;
  /** Score 0–100 at each point, oldest first; null where that result has no score for it ("not enough answers", or not scored by its engine). */
  readonly scores: readonly (number | null)[];
}

/**
 * Each dimension's score over the team's closed assessments, in the engine's dimension order; a
 * dimension no result scored is left out. Dimensions of results from another engine version that
 * the current list does not know keep their place after the known ones.
 */
export function dimensionSeries(points: readonly TeamHistoryPoint[]): DimensionSeries[] {
  const known = DIMENSIONS.map((d) => d.id as string);
  const seen = new Set(points.flatMap((p) => p.dimensions.map((d) => d.id as string)));
  const ids = [...known.filter((id) => seen.has(id)), ...[...seen].filter((id) => !known.includes(id))];
  return ids
    .map((id) => ({ id, scores: points.map((p) => p.dimensions.find((d) => d.id === id)?.score ?? null) }))
    .filter((series) => series.scores.some((score) => score !== null));
}

/** One line per dimension, 0–100; a null score is a gap in its line, never a 0. */
export function dimensionTrendsConfig(
  series: readonly DimensionSeries[],
  words: { labels: readonly (string | readonly string[])[]; dimension: (id: string) => string },
): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: words.labels.map((label) => (typeof label === 'string' ? label : [...label])),
      datasets: series.map((s, index) => {
        const style = STYLES[index % STYLES.length]!;
        return {
          label: words.dimension(s.id),
          data: [...s.scores],
          spanGaps: false,
          borderColor: style.color,
          backgroundColor: style.color,
          pointStyle: style.pointStyle,
          pointRadius: 4,
          clip: false,
          borderDash: [...style.dash],
        };
      }),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, ticks: { stepSize: 25 } }, x: { ticks: { maxRotation: 0, autoSkip: true } } },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8 } } },
    },
  };
}

/**
 * Dimension trends of a team: each dimension's score at each closed assessment as one line,
 * and the same numbers as a table (one row per assessment; on a phone each row becomes a block
 * with every cell labelled). Scores describe; gates decide the level.
 */
export function DimensionTrends({ points }: { points: readonly TeamHistoryPoint[] }): ReactNode {
  const { t, text, date } = useI18n();
  const series = useMemo(() => dimensionSeries(points), [points]);
  const label = useMemo(() => {
    const labels = new Map(DIMENSIONS.map((d) => [d.id as string, d.label]));
    return (id: string): string => {
      const localized = labels.get(id);
      return localized ? text(localized) : id;
    };
  }, [text]);
  const config = useMemo(
    () => dimensionTrendsConfig(series, { labels: points.map((p) => pointLabel(p.title, date(p.closedAt))), dimension: label }),
    [series, points, date, label],
  );
  if (series.length === 0) return null;
  const scoreText = (score: number | null): string => (score === null ? t('trends.noScore') : String(score));
  const summary = series
    .map((s) => t('trends.line', { dimension: label(s.id), scores: s.scores.map(scoreText).join(' → ') }))
    .join('; ');
  return (
    <section className="stack" aria-labelledby="dimension-trends-heading" data-testid="dimension-trends">
      <h3 id="dimension-trends-heading">{t('trends.title')}</h3>
      <p className="small muted">{t('trends.note')}</p>
      <ChartCanvas className="line tall" config={config} summary={t('trends.summary', { lines: summary })} />
      {/* Scrolls sideways only when the columns cannot fit; reachable by keyboard then. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="dimension-trends-heading">
        <table className="stack-table trend-table" data-testid="dimension-trends-table">
          <caption className="visually-hidden">{t('trends.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.closed')}</th>
              {series.map((s) => (
                <th scope="col" className="num" key={s.id}>
                  {label(s.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p, index) => (
              <tr key={p.assessmentId}>
                <th scope="row">
                  {date(p.closedAt)} <span className="small muted">{p.title}</span>
                </th>
                {series.map((s) => (
                  <td className="num" key={s.id} data-label={label(s.id)} data-dimension={s.id}>
                    <span className={s.scores[index] === null ? 'muted' : undefined}>{scoreText(s.scores[index] ?? null)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
