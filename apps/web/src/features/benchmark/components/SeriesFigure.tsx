import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { percentOf, type BenchmarkCategory, type BenchmarkSeries } from '@assay/domain';
import { useI18n, type I18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';

const PAPER_COLOUR = '#7fa7b5';
/** Derived values (obtained by subtraction) are drawn lighter and outlined, besides their label. */
const DERIVED_COLOUR = '#c9dde3';
const DERIVED_BORDER = '#4d7a88';
const TEAM_COLOUR = '#b45309';

/** Categories drawn as bars: sums of other categories are listed in the table, never stacked on their parts. */
const drawn = (series: BenchmarkSeries): readonly BenchmarkCategory[] => series.categories.filter((c) => !c.combines);

function categoryLabel(i18n: I18n, category: BenchmarkCategory, isTeam: boolean): string {
  const parts = [i18n.text(category.label)];
  if (category.status === 'not_reported') parts.push(i18n.t('benchmark.notReportedShort'));
  if (category.status === 'derived') parts.push(i18n.t('benchmark.derivedShort'));
  if (isTeam) parts.push(i18n.t('benchmark.yourAnswerShort'));
  return parts.join(' · ');
}

/**
 * A label broken into lines of at most `width` characters, at spaces (a word longer than a line
 * is cut): chart.js draws an array as lines, where one long string would be cut off at the
 * canvas's left edge on a phone.
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters per label line: about 45% of the chart's width at chart.js's 12 px font (~6.5 px a character). */
const labelWidth = (chartWidth: number): number => Math.max(12, Math.floor((chartWidth * 0.45) / 6.5));

/** The width of an element, followed as it changes (null until measured, and where it can't be). */
function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // Rounded to 20 px: a redraw only when the lines of a label could change.
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width / 20) * 20));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function useBarConfig(series: BenchmarkSeries, marked: ReadonlySet<string>, width: number): ChartConfiguration {
  const i18n = useI18n();
  return useMemo(() => {
    const categories = drawn(series);
    return {
      type: 'bar',
      data: {
        labels: categories.map((c) => wrapLabel(categoryLabel(i18n, c, marked.has(c.id)), labelWidth(width))),
        datasets: [
          {
            label: i18n.t('benchmark.percentOfBase', { base: series.base }),
            // A category without a count gets no bar (null), never a zero.
            data: categories.map((c) => (c.count === null ? null : percentOf(c.count, series.base))),
            backgroundColor: categories.map((c) => (marked.has(c.id) ? TEAM_COLOUR : c.status === 'derived' ? DERIVED_COLOUR : PAPER_COLOUR)),
            borderColor: categories.map((c) => (c.status === 'derived' ? DERIVED_BORDER : 'transparent')),
            borderWidth: categories.map((c) => (c.status === 'derived' ? 1 : 0)),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Every category keeps its label: chart.js would skip labels that do not fit.
        scales: { x: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } }, y: { ticks: { autoSkip: false } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const category = categories[item.dataIndex];
                return category?.count == null ? i18n.t('benchmark.notReported') : `${category.count}/${series.base} (${i18n.percent(percentOf(category.count, series.base))})`;
              },
            },
          },
        },
      },
    } satisfies ChartConfiguration<'bar'>;
  }, [series, marked, i18n, width]);
}

function SeriesTable({ series, marked }: { series: BenchmarkSeries; marked: ReadonlySet<string> }): ReactNode {
  const { t, text, percent, locale } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('benchmark.category')}</th>
          <th scope="col" className="num">{t('benchmark.count')}</th>
          <th scope="col" className="num">{t('benchmark.share')}</th>
          <th scope="col">{t('benchmark.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {series.categories.map((category) => {
          const notes: string[] = [];
          if (category.status === 'derived') notes.push(t('benchmark.derived'));
          if (category.combines) {
            const parts = category.combines.map((id) => series.categories.find((c) => c.id === id)).filter((c) => c !== undefined);
            notes.push(t('benchmark.combines', { parts: parts.map((c) => text(c.label)).join(' + ') }));
          }
          if (category.printedPercent !== undefined) {
            notes.push(
              category.printedDisagrees
                ? t('benchmark.printedDisagrees', { printed: category.printedPercent })
                : t('benchmark.printed', { printed: category.printedPercent }),
            );
          }
          if (category.note) notes.push(text(category.note));
          return (
            <tr key={category.id} data-category={category.id} data-status={category.status}>
              <th scope="row" style={{ fontWeight: marked.has(category.id) ? 700 : 400 }}>
                {text(category.label)}
                {marked.has(category.id) && <span className="badge warn" style={{ marginLeft: '0.4rem' }}>{t('benchmark.yourAnswer')}</span>}
              </th>
              <td className="num">
                {category.count === null ? <em>{t('benchmark.notReported')}</em> : `${category.count}/${series.base}`}
              </td>
              <td className="num">{category.count === null ? '—' : percent(percentOf(category.count, series.base))}</td>
              <td className="small" lang={locale}>
                {notes.join(' ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * One figure of the paper: bars of each category's share of its base (computed from counts),
 * the team's answer marked, "not reported" and "derived" labelled, with base and source, and
 * the same numbers as a table.
 */
export function SeriesFigure({ series, marked = new Set(), headingLevel = 3, children }: {
  series: BenchmarkSeries;
  marked?: ReadonlySet<string>;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}): ReactNode {
  const i18n = useI18n();
  const { t, text } = i18n;
  const box = useRef<HTMLElement>(null);
  // Before the first measure: the width of a desktop card (60rem page less padding).
  const width = useWidth(box) ?? 880;
  const config = useBarConfig(series, marked, width);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const reportedBars = drawn(series).filter((c) => c.count !== null).length;
  // Each bar as tall as its label's lines (17 px a line), at least 34 px; 40 px for the axis.
  const lineCounts = drawn(series).map((c) => wrapLabel(categoryLabel(i18n, c, marked.has(c.id)), labelWidth(width)).length);
  const height = Math.max(140, lineCounts.reduce((sum, lines) => sum + Math.max(34, lines * 17 + 12), 0) + 40);
  const figure = series.source.figure ? `, ${series.source.figure}` : '';
  return (
    <section ref={box} className="card" aria-labelledby={`series-${series.id}`} data-series={series.id}>
      <Heading id={`series-${series.id}`} style={{ marginTop: 0 }}>
        {text(series.title)}
      </Heading>
      <p className="small muted">
        {t('benchmark.base', { base: series.base, who: text(series.baseLabel) })} · {t('benchmark.source', { section: series.source.section, figure })}
      </p>
      {children}
      {reportedBars > 0 ? (
        <div style={{ height }}>
          <ChartCanvas className="fill" config={config} summary={t('benchmark.chartSummary', { title: text(series.title), base: series.base })} />
        </div>
      ) : (
        <p className="alert info small">{t('benchmark.noCounts')}</p>
      )}
      {series.note && <p className="small">{text(series.note)}</p>}
      <details>
        <summary>{t('benchmark.table')}</summary>
        <div className="table-scroll">
          <SeriesTable series={series} marked={marked} />
        </div>
        {series.source.quote && (
          <blockquote className="small muted" lang="pt-BR">
            “{series.source.quote}”
          </blockquote>
        )}
      </details>
    </section>
  );
}
