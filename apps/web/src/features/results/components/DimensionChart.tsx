import { useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { DimensionScoreDto } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';

/**
 * A point label in lines of about 16 characters: chart.js draws each array entry on its own
 * line, and long one-line labels ("Experimentation and reproducibility") ran off the canvas.
 */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Dimension scores 0–100 as a radar, with a table of the same numbers. They describe; gates decide the level. */
export function DimensionChart({ dimensions }: { dimensions: readonly DimensionScoreDto[] }): ReactNode {
  const i18n = useI18n();
  const { t, text } = i18n;
  const config = useMemo(
    () =>
      ({
        type: 'radar',
        data: {
          labels: dimensions.map((d) => wrapLabel(text(d.label))),
          datasets: [
            {
              label: t('result.dimensionScore'),
              data: dimensions.map((d) => d.score),
              backgroundColor: 'rgba(21, 94, 117, 0.2)',
              borderColor: '#155e75',
              pointBackgroundColor: '#155e75',
            },
          ],
        },
        options: {
          animation: false,
          layout: { padding: 16 },
          scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 }, pointLabels: { font: { size: 12 } } } },
          plugins: { legend: { display: false } },
        },
      }) satisfies ChartConfiguration<'radar'>,
    [dimensions, t, text],
  );
  const summary = dimensions.map((d) => `${text(d.label)} ${d.score === null ? t('result.noScore') : d.score}`).join(', ');
  return (
    <section className="card" aria-labelledby="dimensions-heading">
      <h2 id="dimensions-heading" style={{ marginTop: 0 }}>
        {t('result.dimensions')}
      </h2>
      <p className="small muted">{t('result.dimensionsNote')}</p>
      <div className="stack">
        <ChartCanvas className="radar" config={config} summary={t('result.dimensionsSummary', { summary })} />
        <table>
          <caption className="visually-hidden">{t('result.dimensions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.dimension')}</th>
              <th scope="col" className="num">{t('result.score')}</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.id} data-dimension={d.id}>
                <th scope="row">{text(d.label)}</th>
                <td className="num">{d.score === null ? t('result.noScore') : `${d.score}/100`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
