import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardSchema, type Dashboard as DashboardDto, type DashboardTeam } from '@assay/contracts';
import { amorim2023Benchmark, formatSource, getSeries, percentOf } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { WORKSPACE_ID } from '../../test/fixtures.ts';
import { Dashboard } from './Dashboard.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DIMENSION_IDS = ['data', 'experimentation', 'deployment', 'monitoring', 'automation', 'governance', 'organisation'] as const;

/** The paper's levels as the API serves them: the series' counted categories only. */
function paper(): DashboardDto['paper'] {
  const series = getSeries(amorim2023Benchmark, 'maturity_level')!;
  return {
    seriesId: series.id,
    title: series.title,
    base: series.base,
    source: formatSource(series.source),
    note: series.note ?? null,
    categories: series.categories
      .filter((c) => c.count !== null)
      .map((c) => ({
        id: c.id,
        levels: (c.combines ?? [c.id]).map((x) => Number(x.slice(-1)) as 1 | 2 | 3 | 4),
        label: c.label,
        count: c.count!,
        percent: percentOf(c.count!, series.base),
        status: c.status as 'reported' | 'derived',
        note: c.note ?? null,
      })),
  };
}

const credit: DashboardTeam = {
  teamId: id(11),
  name: 'Credit models',
  latest: { status: 'shown', assessmentId: id(21), title: 'Round 2', closedAt: NOW, level: 3, levelMax: 3, respondents: 4 },
  history: [
    { assessmentId: id(20), closedAt: '2026-01-10T09:00:00.000Z', level: 2 },
    { assessmentId: id(21), closedAt: NOW, level: 3 },
  ],
  dimensions: DIMENSION_IDS.map((dimension, i) => ({ id: dimension, score: i === 3 ? null : 20 + i * 10 })),
  target: { level: 4, dueDate: '2026-12-31', state: 'at_risk' },
  actions: { open: 2, overdue: 1 },
};
const fraud: DashboardTeam = {
  teamId: id(12),
  name: 'Fraud',
  latest: { status: 'withheld', assessmentId: id(23), title: 'Round 2', closedAt: NOW, respondents: 2, minimum: 3 },
  history: [
    { assessmentId: id(22), closedAt: '2026-01-10T09:00:00.000Z', level: 1 },
    { assessmentId: id(23), closedAt: NOW, level: null },
  ],
  dimensions: [],
  target: null,
  actions: { open: 0, overdue: 0 },
};

function page(items: DashboardTeam[], nextCursor: string | null = null, total = items.length): DashboardDto {
  return DashboardSchema.parse({
    items,
    nextCursor,
    total,
    today: '2026-05-01',
    timeZone: 'UTC',
    distribution: {
      teams: 3,
      levels: [
        { level: 1, teams: 0 },
        { level: 2, teams: 0 },
        { level: 3, teams: 1 },
        { level: 4, teams: 0 },
      ],
      withheld: 1,
      noResult: 1,
    },
    paper: paper(),
  });
}

const PATH = `/api/v1/workspaces/${WORKSPACE_ID}/dashboard`;

describe('the workspace dashboard', () => {
  it("shows each team's level, or 'not enough responses' with no level, its trend, target, actions and last assessment", async () => {
    mockFetch(() => json(200, page([credit, fraud])));
    renderWithProviders(<Dashboard workspaceId={WORKSPACE_ID} />);
    const table = await screen.findByRole('table', { name: 'Teams' });
    const [creditRow, fraudRow] = within(table).getAllByRole('row').slice(1);
    expect(within(creditRow!).getByRole('link', { name: 'Credit models' }).getAttribute('href')).toBe(`/workspaces/${WORKSPACE_ID}/teams/${id(11)}`);
    expect(creditRow!.textContent).toContain('Level 3');
    expect(within(creditRow!).getByRole('img', { name: 'Levels of the last 2 closed assessments, oldest first: 2 → 3' })).toBeTruthy();
    expect(creditRow!.textContent).toContain('Level 4 by Dec 31, 2026');
    expect(creditRow!.textContent).toContain('At risk');
    expect(creditRow!.textContent).toContain('2 open, 1 overdue');
    expect(creditRow!.textContent).toContain('4 respondents');

    expect(fraudRow!.textContent).toContain('Not enough responses');
    expect(fraudRow!.textContent).toContain('2 of the 3 responses needed');
    expect(fraudRow!.textContent).not.toMatch(/Level \d/);
    expect(within(fraudRow!).getByRole('img', { name: 'Levels of the last 2 closed assessments, oldest first: 1 → not enough responses' })).toBeTruthy();
    expect(fraudRow!.textContent).toContain('No target');
    expect(screen.getByText('Teams shown: 2 of 2.')).toBeTruthy();
  });

  it("puts the workspace's levels beside the paper's as a table too, with levels 2 and 4 combined as the paper reports them", async () => {
    mockFetch(() => json(200, page([credit, fraud])));
    renderWithProviders(<Dashboard workspaceId={WORKSPACE_ID} />);
    const table = await screen.findByRole('table', { name: 'Teams by level, beside the paper' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      'Level 10 of 1 (0%)14 of 66 (21.2%)',
      'Level 20 of 1 (0%)not reported apart',
      'Level 31 of 1 (100%)26 of 66 (39.4%)',
      'Level 40 of 1 (0%)not reported apart',
      'Levels 2 + 4 (paper)—26 of 66 (39.4%) · derived',
    ]);
    expect(screen.getByText(/3 in all; with a level: 1; with “not enough responses”: 1; without a closed assessment: 1\./)).toBeTruthy();
    expect(screen.getByText(/levels 2 and 4 are one derived figure/).textContent).toContain('Amorim et al. (2023), §5.1, §6, Fig. 2');
  });

  it('draws the heatmap as a table with each score printed, and says where a score is missing', async () => {
    mockFetch(() => json(200, page([credit, fraud])));
    renderWithProviders(<Dashboard workspaceId={WORKSPACE_ID} />);
    const heatmap = await screen.findByRole('table', { name: 'Dimension scores (latest result)' });
    const headers = within(heatmap).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Team', 'Data', 'Experimentation and reproducibility', 'Deployment', 'Monitoring', 'Automation', 'Governance', 'Team and organisation']);
    const [creditRow, fraudRow] = within(heatmap).getAllByRole('row').slice(1);
    const cells = within(creditRow!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['20', '30', '40', '—not enough answers', '60', '70', '80']);
    expect(cells[0]!.getAttribute('style')).toContain('background');
    expect(within(fraudRow!).getAllByRole('cell').every((cell) => cell.textContent === '—no result shown')).toBe(true);
  });

  it('asks the server to sort and filter, and to load the next page', async () => {
    const requests = mockFetch(({ path }) => {
      const query = new URL(path, 'http://x').searchParams;
      if (query.get('cursor') === 'next') return json(200, page([fraud], null, 2));
      return json(200, page([credit], 'next', 2));
    });
    renderWithProviders(<Dashboard workspaceId={WORKSPACE_ID} />);
    await screen.findByRole('table', { name: 'Teams' });
    expect(requests[0]!.path).toBe(`${PATH}?sort=name`);

    await userEvent.click(screen.getByRole('button', { name: 'Load more teams' }));
    await screen.findByRole('link', { name: 'Fraud' });
    expect(requests.at(-1)!.path).toBe(`${PATH}?sort=name&cursor=next`);
    expect(screen.queryByRole('button', { name: 'Load more teams' })).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'level');
    await waitFor(() => expect(requests.at(-1)!.path).toBe(`${PATH}?sort=level`));
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'withheld');
    await waitFor(() => expect(requests.at(-1)!.path).toBe(`${PATH}?sort=level&level=withheld`));
    await userEvent.selectOptions(screen.getByLabelText('Target'), 'overdue');
    await waitFor(() => expect(requests.at(-1)!.path).toBe(`${PATH}?sort=level&level=withheld&onTrack=overdue`));
    await userEvent.type(screen.getByLabelText('Search teams by name'), 'cre');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(requests.at(-1)!.path).toBe(`${PATH}?sort=level&level=withheld&onTrack=overdue&q=cre`));
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(requests.at(-1)!.path).toBe(`${PATH}?sort=level`));
  });

  it('links to comparing the teams ticked, two to six', async () => {
    mockFetch(() => json(200, page([credit, fraud])));
    renderWithProviders(<Dashboard workspaceId={WORKSPACE_ID} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Compare Credit models' }));
    expect(screen.queryByRole('link', { name: /Compare the selected teams/ })).toBeNull();
    expect(screen.getByText('Tick 2 to 6 teams to compare them.')).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare Fraud' }));
    expect(screen.getByRole('link', { name: 'Compare the selected teams (2)' }).getAttribute('href')).toBe(`/workspaces/${WORKSPACE_ID}/compare?teams=${id(11)},${id(12)}`);
  });

  it('speaks Brazilian Portuguese', async () => {
    mockFetch(() => json(200, page([credit, fraud])));
    renderWithProviders(<Dashboard workspaceId={WORKSPACE_ID} />, { locale: 'pt-BR' });
    const table = await screen.findByRole('table', { name: 'Times' });
    expect(table.textContent).toContain('Respostas insuficientes');
    expect(table.textContent).toContain('2 abertas, 1 atrasadas');
    expect(screen.getByRole('table', { name: 'Times por nível, ao lado do artigo' }).textContent).toContain('Níveis 2 + 4 (artigo)');
  });
});
