import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

export function ProgressBar({ answered, total }: { answered: number; total: number }): ReactNode {
  const { t } = useI18n();
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  const label = t('progress.label', { answered, total });
  return (
    <div>
      <div className="row spread small">
        <span id="progress-label">{label}</span>
        <span aria-hidden="true">{percent}%</span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={label}
      >
        <div style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
