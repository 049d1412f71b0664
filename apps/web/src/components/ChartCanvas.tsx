import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useI18n } from '../lib/i18n/i18n.tsx';

/** chart.js is loaded on first use only, so pages without charts never download it. */
const loadChart = () => import('../lib/chart-setup.ts').then((module) => module.Chart);

/**
 * A chart drawn on a canvas. The canvas is an image with a one-line summary for screen readers;
 * every chart in Assay also has a table with the same numbers next to it. `config` must be
 * memoised by the caller: a new object redraws the chart.
 */
export function ChartCanvas({ config, summary, className }: {
  config: ChartConfiguration;
  summary: string;
  className?: string;
}): ReactNode {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | null = null;
    loadChart()
      .then((Chart) => {
        const canvas = canvasRef.current;
        // No 2D context (very old browsers, test DOMs): the table alternative carries the numbers.
        if (cancelled || !canvas || !canvas.getContext('2d')) return;
        chart = new Chart(canvas, config);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div className={`chart-box ${className ?? ''}`}>
      {failed ? <p className="muted small">{t('chart.failed')}</p> : <canvas ref={canvasRef} role="img" aria-label={summary} />}
    </div>
  );
}
