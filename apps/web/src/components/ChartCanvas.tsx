import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useI18n } from '../lib/i18n/i18n.tsx';

/** chart.js is loaded on first use only, so pages without charts never download it. */
const loadChart = () => import('../lib/chart-setup.ts').then((module) => module.Chart);

/**
 * Calls `show` once `element` is within a screen's height of the viewport (or the page is about to
 * print), and returns a function that stops waiting. chart.js is ~62 KB compressed and ~1.4 s of
 * main thread under a mobile CPU: a chart below the fold is loaded and drawn as the reader scrolls
 * towards it, not while the page above it is still becoming usable. Without IntersectionObserver
 * (old browsers, test DOMs) it draws at once, as before.
 */
function whenNearView(element: Element, show: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    show();
    return () => undefined;
  }
  let shown = false;
  const once = (): void => {
    if (shown) return;
    shown = true;
    stop();
    show();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) once();
  }, { rootMargin: '100% 0px' });
  const stop = (): void => {
    observer.disconnect();
    window.removeEventListener('beforeprint', once);
  };
  observer.observe(element);
  window.addEventListener('beforeprint', once);
  return stop;
}

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
    const draw = (): void => {
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
    };
    const canvas = canvasRef.current;
    const stop = canvas ? whenNearView(canvas, draw) : undefined;
    return () => {
      cancelled = true;
      stop?.();
      chart?.destroy();
    };
  }, [config]);
  return (
    <div className={`chart-box ${className ?? ''}`}>
      {failed ? <p className="muted small">{t('chart.failed')}</p> : <canvas ref={canvasRef} role="img" aria-label={summary} />}
    </div>
  );
}
