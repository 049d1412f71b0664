import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { ClientBenchmarkSchema, type ClientBenchmark as ClientBenchmarkDto, type Role, type TeamResult, type Workspace } from '@assay/contracts';
import { aggregateTeam, amorim2023v2, PRACTICES } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../../test/render.tsx';
import { ASSESSMENT_ID, WORKSPACE_ID, paths, teamResultFixture } from '../../../test/fixtures.ts';
import TeamResultPage from '../../results/TeamResultPage.tsx';
import { workspaceQuery } from '../../workspaces/queries.ts';
import ClientBenchmark from './ClientBenchmark.tsx';
import ClientBenchmarkSetting from './ClientBenchmarkSetting.tsx';

const W = `/api/v1/workspaces/${WORKSPACE_ID}`;
const NOW = '2026-05-01T09:30:00.000Z';
const [FIRST, SECOND] = PRACTICES;

const SHOWN: ClientBenchmarkDto = ClientBenchmarkSchema.parse({
  status: 'shown',
  minimum: 5,
  workspaces: 6,
  levels: [
    { level: 1, cell: { suppressed: true } },
    { level: 2, cell: { count: 2 } },
    { level: 3, cell: { count: 2 } },
    { level: 4, cell: { suppressed: true } },
  ],
  practices: {
    status: 'shown',
    workspaces: 6,
    items: [
      {
        practiceId: FIRST!.id,
        cells: [
          { state: 'absent', cell: { count: 3 } },
          { state: 'manual', cell: { suppressed: true } },
          { state: 'automated', cell: { count: 2 } },
          { state: 'unknown', cell: { suppressed: true } },
        ],
      },
      {
        practiceId: SECOND!.id,
        cells: (['absent', 'manual', 'automated', 'unknown'] as const).map((state) => ({ state, cell: { suppressed: true } })),
      },
    ],
  },
});

const workspace = (role: Role, clientBenchmark = false): Workspace => ({
  id: WORKSPACE_ID,
  name: 'Acme Analytics',
  role,
  createdAt: NOW,
  anonymityThreshold: 3,
  anonymityChange: null,
  timeZone: 'UTC',
  clientBenchmark,
});

afterEach(() => vi.restoreAllMocks());

describe('ClientBenchmark', () => {
  it('shows the clients by level and practice, with its base, provenance and this team marked, apart from the paper', async () => {
    mockFetch(({ path }) => (path === `${W}/client-benchmark` ? json(200, SHOWN) : json(404, {})));
    renderWithProviders(<ClientBenchmark workspaceId={WORKSPACE_ID} level={3} practices={[{ practiceId: FIRST!.id, status: 'dont_know' }]} />);
    const section = await screen.findByRole('region', { name: 'Your clients' });
    await within(section).findByText(/Base: 6 client workspaces, each counted once by its latest closed team result/);
    expect(section.textContent).toContain('never merged');
    expect(section.textContent).toContain('whose owner opted in');
    const [levels, practices] = within(section).getAllByRole('table');
    const rows = within(levels!).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Level 1hidden', 'Level 22 of 6', 'Level 3 this team2 of 6', 'Level 4hidden']);
    expect(rows[2]!.getAttribute('aria-current')).toBe('true');
    // A suppressed cell has no number at all.
    expect(rows[0]!.textContent).not.toMatch(/\d of/);
    const practiceRow = within(practices!).getAllByRole('row')[1]!;
    expect(practiceRow.textContent).toContain(FIRST!.title.en);
    expect(within(practiceRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3 of 6', 'hidden', '2 of 6', 'hidden', 'Unknown']);
    // A practice with every cell hidden says so once.
    const allHidden = within(practices!).getAllByRole('row')[2]!;
    expect(within(allHidden).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['hidden in every state', '—']);
    expect(section.textContent).toContain('not even by comparing two views over time');
  });

  it('in Portuguese', async () => {
    mockFetch(({ path }) => (path === `${W}/client-benchmark` ? json(200, SHOWN) : json(404, {})));
    renderWithProviders(<ClientBenchmark workspaceId={WORKSPACE_ID} level={1} practices={[]} />, { locale: 'pt-BR' });
    const section = await screen.findByRole('region', { name: 'Seus clientes' });
    await within(section).findByText(/Base: 6 workspaces de clientes, cada um contado uma vez/);
    expect(section.textContent).toContain('2 de 6');
    expect(section.textContent).toContain('oculto');
    expect(section.textContent).toContain('este time');
  });

  it.each([
    ['not_enough', { status: 'not_enough', minimum: 5 }, /shown when at least 5 other client workspaces contribute a closed result/],
    ['held', { status: 'held', minimum: 5 }, /exactly one client workspace changed since it was last shown here/],
  ])('says why it is not shown (%s), with no figure', async (_, body, words) => {
    mockFetch(({ path }) => (path === `${W}/client-benchmark` ? json(200, body) : json(404, {})));
    renderWithProviders(<ClientBenchmark workspaceId={WORKSPACE_ID} level={2} practices={[]} />);
    const reason = await screen.findByTestId('clients-not-shown');
    expect(reason.textContent).toMatch(words);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByTestId('client-benchmark').textContent).not.toMatch(/Base:/);
  });

  it('says when the practices are not shown though the levels are', async () => {
    const levelsOnly = { ...SHOWN, practices: { status: 'not_enough', minimum: 5 } };
    mockFetch(({ path }) => (path === `${W}/client-benchmark` ? json(200, levelsOnly) : json(404, {})));
    renderWithProviders(<ClientBenchmark workspaceId={WORKSPACE_ID} level={2} practices={[]} />);
    await screen.findByText(/Practice states are shown when at least 5 of these client workspaces/);
    expect(screen.getAllByRole('table')).toHaveLength(1);
  });
});

describe('on the team result page', () => {
  const result = JSON.parse(JSON.stringify(aggregateTeam(amorim2023v2, [{ business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'], deployment: 'manual' }]))) as TeamResult['result'];
  const teamResult = teamResultFixture(result);

  it.each(['owner', 'admin', 'assessor', 'member', 'viewer'] as const)('as %s: shown to owners, admins and assessors only (members and viewers never ask)', async (role) => {
    const requests = mockFetch(({ method, path }) => {
      if (method === 'GET' && path === W) return json(200, workspace(role));
      if (method === 'GET' && path === `${paths.assessment}/result`) return json(200, teamResult);
      if (method === 'GET' && path === `${W}/client-benchmark`) return json(200, SHOWN);
      return json(404, { error: { code: 'not_found', message: `No route ${method} ${path}` }, requestId: 't' });
    });
    renderWithProviders(<TeamResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(requests.some((r) => r.path === W)).toBe(true));
    if (role === 'member' || role === 'viewer') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.queryByRole('region', { name: 'Your clients' })).toBeNull();
      expect(requests.some((r) => r.path.endsWith('/client-benchmark'))).toBe(false);
    } else {
      const section = await screen.findByRole('region', { name: 'Your clients' }, { timeout: 10_000 });
      await within(section).findByText(/Base: 6 client workspaces, each counted once/);
    }
  });
});

/** The setting as the workspace page renders it: from the workspace query, which the save updates. */
function Setting() {
  const query = useQuery(workspaceQuery(WORKSPACE_ID));
  return query.data ? <ClientBenchmarkSetting workspace={query.data} /> : null;
}

describe('ClientBenchmarkSetting', () => {
  it('is off by default; the owner turns it on and the page says so', async () => {
    let current = workspace('owner');
    const requests = mockFetch(({ method, path, body }) => {
      if (method === 'PATCH' && path === W) {
        current = { ...current, ...(body as Partial<Workspace>) };
        return json(200, current);
      }
      if (method === 'GET' && path === W) return json(200, current);
      return json(404, {});
    });
    renderWithProviders(<Setting />);
    await screen.findByRole('region', { name: 'Your consultants’ client benchmark' });
    expect(screen.getByText(/does not count in the client benchmark \(the default\)/)).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Count this workspace in the “Your clients” benchmark' }));
    await userEvent.click(save);
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ clientBenchmark: true }]));
    await screen.findByText('This workspace counts in the client benchmark.');
    expect(screen.getByText(/only with at least 4 other clients, cells under 2 hidden/)).toBeTruthy();
  });
});
