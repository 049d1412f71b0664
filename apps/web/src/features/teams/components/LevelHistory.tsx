import { useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { TeamHistoryPoint } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';
import { LevelBadge } from '../../../components/LevelBadge.tsx';
import { pointLabel } from './chart-labels.ts';
import { DimensionTrends } from './DimensionTrends.tsx';

/** Whether any closed assessment's level could be higher ("don't know" answered the other way). */
export function hasCouldBe(points: readonly TeamHistoryPoint[]): boolean {
  return points.some((p) => p.levelMax > p.level);
}

/**
 * The level chart: the level at each closed assessment as a line with its points and, where some
 * level could be higher, the "could be" band filled between the level and that maximum (its own
 * points mark each assessment's maximum, so a range at the last one shows too). With no such
 * assessment the band would be empty, so neither it nor its legend is drawn.
 */
export function levelHistoryConfig(
  points: readonly TeamHistoryPoint[],
  words: { labels: readonly (string | string[])[]; level: string; couldBe: string; levelTick: (level: number) => string },
): ChartConfiguration<'line'> {
  const band = hasCouldBe(points);
  return {
    type: 'line',
    data: {
      labels: words.labels.map((label) => (typeof label === 'string' ? label : [...label])),
      datasets: [
        // Not clipped: a point on level 1 or 4 sits on the chart's edge and is drawn whole.
        { label: words.level, data: points.map((p) => p.level), borderColor: '#155e75', backgroundColor: '#155e75', pointRadius: 5, clip: false },
        ...(band
          ? [
              {
                label: words.couldBe,
                data: points.map((p) => p.levelMax),
                borderColor: '#b45309',
                // Filled down to the level line (dataset 0): the range the level could be in.
                backgroundColor: 'rgba(180, 83, 9, 0.18)',
                fill: { target: 0 },
                borderDash: [6, 4],
                pointStyle: 'triangle' as const,
                pointRadius: 5,
                clip: false as const,
              },
            ]
          : []),
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        y: { min: 1, max: 4, ticks: { stepSize: 1, callback: (value) => words.levelTick(Number(value)) } },
        x: { ticks: { maxRotation: 0, autoSkip: true } },
      },
      plugins: { legend: { display: band } },
    },
  };
}

/**
 * The team's level at each closed assessment, oldest first: a chart, then the same numbers as a
 * table (the chart's alternative for screen readers), then each dimension's trend.
 */
export function LevelHistory({ points }: { points: readonly TeamHistoryPoint[] }): ReactNode {
  const { t, date } = useI18n();
  const band = hasCouldBe(points);
  const config = useMemo(
    () =>
      levelHistoryConfig(points, {
        labels: points.map((p) => pointLabel(p.title, date(p.closedAt))),
        level: t('history.level'),
        couldBe: t('history.levelMax'),
        levelTick: (level) => t('history.levelTick', { level }),
      }),
    [points, t, date],
  );
  if (points.length === 0) return <p className="muted">{t('history.none')}</p>;
  const summary = points
    .map((p) => (p.levelMax > p.level ? t('history.pointCouldBe', { date: date(p.closedAt), level: p.level, max: p.levelMax }) : t('history.point', { date: date(p.closedAt), level: p.level })))
    .join('; ');
  return (
    <div className="stack">
      {points.length > 1 && (
        <>
          <ChartCanvas className="line" config={config} summary={t('history.summary', { levels: summary })} />
          {band && <p className="small muted">{t('history.couldBeNote')}</p>}
        </>
      )}
      <table className="stack-table" data-testid="level-history-table">
        <caption className="visually-hidden">{t('history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.assessment')}</th>
            <th scope="col">{t('history.closed')}</th>
            <th scope="col">{t('history.level')}</th>
            <th scope="col" className="num">{t('history.respondents')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.assessmentId}>
              <td>{p.title}</td>
              <td data-label={t('history.closed')}>{date(p.closedAt)}</td>
              <td data-label={t('history.level')}>
                <LevelBadge level={p.level} max={p.levelMax} />
              </td>
              <td className="num" data-label={t('history.respondents')}>{p.respondents}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {points.length > 1 && <DimensionTrends points={points} />}
    </div>
  );
}
