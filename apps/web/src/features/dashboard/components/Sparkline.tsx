import type { ReactNode } from 'react';
import type { DashboardTeam } from '@assay/contracts';
import type { DashboardWords } from '../words.ts';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/**
 * A team's levels over its last closed assessments as a small line (levels 1–4 bottom to top). A
 * round whose result is withheld breaks the line and is drawn as a hollow mark on the baseline; the
 * text alternative lists every level in order.
 */
export function Sparkline({ history, w }: { history: DashboardTeam['history']; w: DashboardWords }): ReactNode {
  if (history.length === 0) return <span className="muted small">{w('dashboard.trend.none')}</span>;
  const step = history.length > 1 ? (WIDTH - 2 * PAD) / (history.length - 1) : 0;
  const x = (i: number) => PAD + (history.length > 1 ? i * step : (WIDTH - 2 * PAD) / 2);
  const y = (level: number) => HEIGHT - PAD - ((level - 1) / 3) * (HEIGHT - 2 * PAD);
  const segments: string[][] = [];
  let current: string[] = [];
  history.forEach((point, i) => {
    if (point.level === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(point.level).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current);
  const label = w('dashboard.trend.label', {
    count: history.length,
    levels: history.map((point) => (point.level === null ? w('dashboard.trend.withheld') : point.level)).join(' → '),
  });
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <title>{label}</title>
      {segments.map((points, i) =>
        points.length > 1 ? <polyline key={i} points={points.join(' ')} fill="none" stroke="#155e75" strokeWidth="2" /> : null,
      )}
      {history.map((point, i) =>
        point.level === null ? (
          <circle key={point.assessmentId} cx={x(i)} cy={HEIGHT - PAD} r="2.5" fill="#fff" stroke="#8a4b00" />
        ) : (
          <circle key={point.assessmentId} cx={x(i)} cy={y(point.level)} r={i === history.length - 1 ? 3 : 1.8} fill="#155e75" />
        ),
      )}
    </svg>
  );
}
