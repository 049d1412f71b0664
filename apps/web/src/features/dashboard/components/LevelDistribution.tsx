import { useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { percentOf } from '@assay/domain';
import type { Dashboard } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ChartCanvas } from '../../../components/ChartCanvas.tsx';
import type { DashboardWords } from '../words.ts';

const WORKSPACE_COLOUR = '#b45309';
const PAPER_COLOUR = '#7fa7b5';
const DERIVED_COLOUR = '#c9dde3';
const DERIVED_BORDER = '#4d7a88';

type Distribution = Dashboard['distribution'];
type Paper = Dashboard['paper'];
type PaperCategory = Paper['categories'][number];

/** One column of the chart and row of the table: a level of this workspace, or a category the paper reports. */
interface Column {
  key: string;
  label: string;
  teams: number | null;
  paper: PaperCategory | null;
}

function columnsOf(distribution: Distribution, paper: Paper, w: DashboardWords): Column[] {
  // The workspace's own four levels; the paper's categories at the one level each counts, and its
  // combined category (levels 2 and 4, not reported apart) as a column of its own.
  const single = (level: number) => paper.categories.find((c) => c.levels.length === 1 && c.levels[0] === level) ?? null;
  const columns: Column[] = distribution.levels.map(({ level, teams }) => ({
    key: `level_${level}`,
    label: w('dashboard.distribution.level', { level }),
    teams,
    paper: single(level),
  }));
  for (const category of paper.categories.filter((c) => c.levels.length > 1)) {
    columns.push({ key: category.id, label: w('dashboard.distribution.levels24'), teams: null, paper: category });
  }
  return columns;
}

/**
 * The workspace's teams over the four levels beside the paper's self-declared levels (§5.1, Fig. 2),
 * as two bar series in percent of each base, with the same numbers in a table.
 */
export function LevelDistribution({ distribution, paper, w }: { distribution: Distribution; paper: Paper; w: DashboardWords }): ReactNode {
  const i18n = useI18n();
  const assessed = distribution.levels.reduce((sum, level) => sum + level.teams, 0);
  const columns = useMemo(() => columnsOf(distribution, paper, w), [distribution, paper, w]);
  const config = useMemo(
    () =>
      ({
        type: 'bar',
        data: {
          labels: columns.map((c) => c.label),
          datasets: [
            {
              label: w('dashboard.distribution.workspace', { assessed }),
              data: columns.map((c) => (c.teams === null || assessed === 0 ? null : percentOf(c.teams, assessed))),
              backgroundColor: WORKSPACE_COLOUR,
            },
            {
              label: w('dashboard.distribution.paper', { base: paper.base }),
              // A level the paper does not report alone gets no bar (null), never a zero.
              data: columns.map((c) => c.paper?.percent ?? null),
              backgroundColor: columns.map((c) => (c.paper?.status === 'derived' ? DERIVED_COLOUR : PAPER_COLOUR)),
              borderColor: columns.map((c) => (c.paper?.status === 'derived' ? DERIVED_BORDER : 'transparent')),
              borderWidth: columns.map((c) => (c.paper?.status === 'derived' ? 1 : 0)),
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } }, x: { ticks: { autoSkip: false } } },
          plugins: { legend: { position: 'bottom' } },
        },
      }) satisfies ChartConfiguration<'bar'>,
    [columns, assessed, paper.base, w],
  );
  const summary = w('dashboard.distribution.summary', {
    l1: distribution.levels[0]!.teams,
    l2: distribution.levels[1]!.teams,
    l3: distribution.levels[2]!.teams,
    l4: distribution.levels[3]!.teams,
    assessed,
    paper: paper.categories.map((c) => `${i18n.text(c.label)} ${c.count}/${paper.base}`).join('; '),
  });
  return (
    <section className="card" aria-labelledby="distribution-heading">
      <h2 id="distribution-heading" className="flush">
        {w('dashboard.distribution.heading')}
      </h2>
      <p className="small muted">
        {w('dashboard.distribution.counted', { teams: distribution.teams, assessed, withheld: distribution.withheld, none: distribution.noResult })}
      </p>
      {assessed === 0 && <p className="muted">{w('dashboard.distribution.noLevels')}</p>}
      <ChartCanvas config={config} summary={summary} className="distribution-chart" />
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{w('dashboard.distribution.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{w('dashboard.distribution.category')}</th>
              <th scope="col" className="num">{w('dashboard.distribution.teams')}</th>
              <th scope="col" className="num">{w('dashboard.distribution.paperCount')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td className="num">
                  {c.teams === null ? '—' : w('dashboard.distribution.countOf', { count: c.teams, base: assessed, percent: i18n.percent(assessed === 0 ? 0 : percentOf(c.teams, assessed)) })}
                </td>
                <td className="num">
                  {c.paper === null ? (
                    <span className="muted">{w('dashboard.distribution.notReported')}</span>
                  ) : (
                    <>
                      {w('dashboard.distribution.countOf', { count: c.paper.count, base: paper.base, percent: i18n.percent(c.paper.percent) })}
                      {c.paper.status === 'derived' && <span className="small muted"> · {w('dashboard.distribution.derived')}</span>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">{w('dashboard.distribution.note', { base: paper.base, source: paper.source })}</p>
    </section>
  );
}
