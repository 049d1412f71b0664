import { useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { TeamHistoryPoint } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';
import { LevelBadge } from '../../../components/LevelBadge.tsx';

/** The team's level at each closed assessment, oldest first, as a line and as a table. */
export function LevelHistory({ points }: { points: readonly TeamHistoryPoint[] }): ReactNode {
  const { t, date } = useI18n();
  const config = useMemo(
    () =>
      ({
        type: 'line',
        data: {
          labels: points.map((p) => `${p.title} (${date(p.closedAt)})`),
          datasets: [
            { label: t('history.level'), data: points.map((p) => p.level), borderColor: '#155e75', backgroundColor: '#155e75', stepped: true },
            {
              label: t('history.levelMax'),
              data: points.map((p) => p.levelMax),
              borderColor: '#b45309',
              backgroundColor: '#b45309',
              borderDash: [6, 4],
              stepped: true,
            },
          ],
        },
        options: { animation: false, scales: { y: { min: 1, max: 4, ticks: { stepSize: 1 } } } },
      }) satisfies ChartConfiguration<'line'>,
    [points, t, date],
  );
  if (points.length === 0) return <p className="muted">{t('history.none')}</p>;
  return (
    <div>
      {points.length > 1 && <ChartCanvas config={config} summary={t('history.summary', { levels: points.map((p) => p.level).join(' → ') })} />}
      <table className="stack-table">
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
    </div>
  );
}
