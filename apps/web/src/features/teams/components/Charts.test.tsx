import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { TeamHistoryPoint } from '@assay/contracts';
import { DIMENSIONS, type Level } from '@assay/domain';
import { renderWithProviders } from '../../../test/render.tsx';
import { LevelHistory, hasCouldBe, levelHistoryConfig } from './LevelHistory.tsx';
import { dimensionSeries, dimensionTrendsConfig } from './DimensionTrends.tsx';

const ids = DIMENSIONS.map((d) => d.id);

function point(n: number, level: Level, levelMax: Level, scores: readonly (number | null)[]): TeamHistoryPoint {
  return {
    assessmentId: `00000000-0000-4000-8000-00000000001${n}`,
    title: `Round ${n}`,
    closedAt: `2026-0${n}-15T12:00:00.000Z`,
    level,
    levelMax,
    respondents: 3,
    dimensions: ids.map((id, i) => ({ id, score: scores[i] ?? null })),
  };
}

const SURE = [point(1, 2, 2, [20, 30, 10, 0, 0, 50, 40]), point(2, 3, 3, [40, 45, null, 25, 10, 50, 60])];
const UNSURE = [point(1, 2, 3, [20, 30, 10, 0, 0, 50, 40]), point(2, 3, 3, [40, 45, 20, 25, 10, 50, 60]), point(3, 3, 4, [60, 50, 30, 50, 20, 55, 70])];
const WORDS = { labels: ['a', 'b', 'c'], level: 'Level', couldBe: 'Could be', levelTick: (level: number) => `L${level}` };

describe('level chart', () => {
  it('draws the "could be" band between the level and its maximum when some level could be higher', () => {
    expect(hasCouldBe(UNSURE)).toBe(true);
    const config = levelHistoryConfig(UNSURE, WORDS);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Level', 'Could be']);
    const band = config.data.datasets[1]!;
    expect(band.data).toEqual([3, 3, 4]);
    expect(band.fill).toEqual({ target: 0 });
    expect(config.options?.plugins?.legend?.display).toBe(true);
  });

  it('with no level that could be higher draws no band and no legend for it', () => {
    expect(hasCouldBe(SURE)).toBe(false);
    const config = levelHistoryConfig(SURE, WORDS);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Level']);
    expect(config.options?.plugins?.legend?.display).toBe(false);
  });

  it('has the same numbers in a table and in the chart’s summary, in both languages', () => {
    const { unmount } = renderWithProviders(<LevelHistory points={UNSURE} />);
    const table = screen.getByTestId('level-history-table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Level 2, could be level 3')).toBeTruthy();
    const chart = screen.getAllByRole('img')[0]!;
    expect(chart.getAttribute('aria-label')).toMatch(/^Line chart of the team level at each closed assessment: .*level 2, could be 3; .*level 3; .*level 3, could be 4\.$/);
    expect(screen.getByText(/The shaded band reaches the level/)).toBeTruthy();
    unmount();
    renderWithProviders(<LevelHistory points={SURE} />, { locale: 'pt-BR' });
    expect(screen.getAllByRole('img')[0]!.getAttribute('aria-label')).toMatch(/^Gráfico de linha do nível do time .*nível 2; .*nível 3\.$/);
    expect(screen.queryByText(/faixa sombreada/)).toBeNull();
  });

  it('one assessment: the table only, no chart of a single point', () => {
    renderWithProviders(<LevelHistory points={SURE.slice(0, 1)} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('level-history-table')).toBeTruthy();
    expect(screen.queryByTestId('dimension-trends')).toBeNull();
  });
});

describe('dimension trends', () => {
  it('one line per dimension in the engine’s order, a null score a gap, never a 0', () => {
    const series = dimensionSeries(SURE);
    expect(series.map((s) => s.id)).toEqual(ids);
    const third = series[2]!;
    expect(third.scores).toEqual([10, null]);
    const config = dimensionTrendsConfig(series, { labels: ['a', 'b'], dimension: (id) => id });
    expect(config.data.datasets).toHaveLength(ids.length);
    expect(config.data.datasets[2]).toMatchObject({ label: ids[2], data: [10, null], spanGaps: false });
    // Lines differ by more than colour.
    expect(new Set(config.data.datasets.map((d) => String(d.pointStyle))).size).toBe(ids.length);
  });

  it('leaves out a dimension no result scored', () => {
    const points = SURE.map((p) => ({ ...p, dimensions: p.dimensions.map((d) => (d.id === ids[4] ? { ...d, score: null } : d)) }));
    expect(dimensionSeries(points).map((s) => s.id)).not.toContain(ids[4]);
  });

  it('has a table with every score by assessment and dimension, "not enough answers" for a null, in both languages', () => {
    const { unmount } = renderWithProviders(<LevelHistory points={SURE} />);
    const section = screen.getByTestId('dimension-trends');
    expect(within(section).getByRole('heading', { name: 'Dimension trends' })).toBeTruthy();
    const table = screen.getByTestId('dimension-trends-table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Closed', ...DIMENSIONS.map((d) => d.label.en)]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.querySelector(`[data-dimension="${ids[0]}"]`)?.textContent).toBe('40');
    expect(rows[1]!.querySelector(`[data-dimension="${ids[2]}"]`)?.textContent).toBe('not enough answers');
    expect(rows[1]!.querySelector(`[data-dimension="${ids[0]}"]`)?.getAttribute('data-label')).toBe(DIMENSIONS[0]!.label.en);
    const chart = within(section).getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(`${DIMENSIONS[0]!.label.en} 20 → 40`);
    expect(chart.getAttribute('aria-label')).toContain(`${DIMENSIONS[2]!.label.en} 10 → not enough answers`);
    unmount();
    renderWithProviders(<LevelHistory points={SURE} />, { locale: 'pt-BR' });
    expect(screen.getByRole('heading', { name: 'Tendências por dimensão' })).toBeTruthy();
    const ptTable = screen.getByTestId('dimension-trends-table');
    expect(within(ptTable).getAllByRole('columnheader').map((h) => h.textContent)).toContain(DIMENSIONS[0]!.label['pt-BR']);
    expect(within(ptTable).getByText('respostas insuficientes')).toBeTruthy();
  });
});
