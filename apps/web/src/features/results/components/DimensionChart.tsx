import { useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { LocalizedText } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';
import { useResultWords } from '../words.ts';

/** A dimension score of engine 2 (with its evidence count) or of engine 1 (without). */
export interface DimensionLike {
  readonly id: string;
  readonly label: LocalizedText;
  readonly score: number | null;
  readonly answered?: number;
  readonly signals?: number;
}

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

/**
 * The radar's configuration. A dimension without a score ("not enough answers") stays null, so
 * chart.js leaves its point out (a gap in the line) instead of drawing it at 0; its axis label says why.
 */
export function radarConfig(
  dimensions: readonly DimensionLike[],
  label: (d: DimensionLike) => string,
  datasetLabel: string,
  noScore: string,
): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: {
      labels: dimensions.map((d) => wrapLabel(d.score === null ? `${label(d)} (${noScore})` : label(d))),
      datasets: [
        {
          label: datasetLabel,
          data: dimensions.map((d) => d.score),
          spanGaps: false,
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
  };
}

/**
 * Dimension scores 0–100 as a radar, with a table of the same numbers and how many of each
 * dimension's signals were answered. A null score is "not enough answers" (engine 2) or "no
 * answers" (engine 1), never 0. They describe; gates decide the level.
 */
export function DimensionChart({ dimensions }: { dimensions: readonly DimensionLike[] }): ReactNode {
  const i18n = useI18n();
  const { t, text } = i18n;
  const words = useResultWords();
  // Engine 1 results carry no evidence counts; their null meant "no answer at all".
  const counted = dimensions.every((d) => d.answered !== undefined && d.signals !== undefined);
  const noScore = counted ? words('dimension.notEnough') : words('legacy.dimensionNoCount');
  const config = useMemo(
    () => radarConfig(dimensions, (d) => text(d.label), t('result.dimensionScore'), noScore),
    [dimensions, t, text, noScore],
  );
  const scoreText = (d: DimensionLike): string => (d.score === null ? noScore : `${d.score}/100`);
  const summary = dimensions.map((d) => `${text(d.label)} ${scoreText(d)}`).join(', ');
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
              <tr key={d.id} data-dimension={d.id} data-score={d.score ?? 'none'}>
                <th scope="row">{text(d.label)}</th>
                <td className="num">
                  <span className={d.score === null ? 'muted' : undefined}>{scoreText(d)}</span>
                  {/* Beside the score, not in a column of its own: three columns overflow a phone in Portuguese. */}
                  {counted && (
                    <span className="evidence-count small muted">{words('dimension.answered', { answered: d.answered ?? 0, signals: d.signals ?? 0 })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {counted && dimensions.some((d) => d.score === null) && <p className="small muted">{words('dimension.notEnoughNote')}</p>}
      </div>
    </section>
  );
}
