import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PortfolioItem } from '@assay/contracts';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import PortfolioPage from './PortfolioPage.tsx';

const id = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

function item(n: number, overrides: Partial<PortfolioItem> = {}): PortfolioItem {
  return {
    workspaceId: id(n),
    name: `Client ${n}`,
    role: 'owner',
    anonymityThreshold: 3,
    teams: { total: 0, levels: [1, 2, 3, 4].map((level) => ({ level: level as 1 | 2 | 3 | 4, teams: 0 })), withheld: 0, noResult: 0, listed: [] },
    open: { assessments: 0, started: 0, submitted: 0, belowThreshold: 0 },
    lastActivityAt: null,
    ...overrides,
  };
}

/** A consultant's client: one team at level 3, one under k, one not assessed, 13 teams in all; an open round short of k. */
const bank = item(1, {
  name: 'Banco Regional',
  teams: {
    total: 13,
    levels: [
      { level: 1, teams: 0 },
      { level: 2, teams: 0 },
      { level: 3, teams: 1 },
      { level: 4, teams: 0 },
    ],
    withheld: 1,
    noResult: 11,
    listed: [
      { teamId: id(11), name: 'Crédito', latest: { status: 'shown', closedAt: '2026-11-02T10:00:00.000Z', level: 3, levelMax: 3 } },
      { teamId: id(12), name: 'Fraude', latest: { status: 'withheld', closedAt: '2026-11-03T10:00:00.000Z', respondents: 2, minimum: 3 } },
      { teamId: id(13), name: 'Ops', latest: null },
    ],
  },
  open: { assessments: 2, started: 3, submitted: 2, belowThreshold: 1 },
  lastActivityAt: '2026-11-20T15:00:00.000Z',
});
const shop = item(2, { name: 'Varejo Online', role: 'member', anonymityThreshold: 1 });

function api(pages: Record<string, unknown>) {
  return mockFetch(({ path }) => {
    const page = pages[path];
    return page ? json(200, page) : json(404, { error: { code: 'not_found', message: 'Not found.' }, requestId: 'req-1' });
  });
}

describe('the portfolio page', () => {
  it("shows each workspace's teams by level, never a level under k, and its open assessments", async () => {
    api({ '/api/v1/portfolio?limit=20': { items: [bank, shop], nextCursor: null, total: 2 } });
    renderWithProviders(<PortfolioPage />);
    const card = (await screen.findByRole('article', { name: 'Banco Regional' })) as HTMLElement;
    const inCard = within(card);
    expect(inCard.getByRole('link', { name: 'Banco Regional' }).getAttribute('href')).toBe(`/workspaces/${id(1)}`);
    expect(inCard.getByText('Your role: Owner')).toBeTruthy();
    expect(inCard.getByText(/Last activity: Nov 20, 2026/)).toBeTruthy();
    expect(inCard.getByText('A team result needs at least 3 submitted responses.')).toBeTruthy();
    // The counts in words: every level, then the rounds under k and the teams not assessed.
    const counts = card.querySelector('.portfolio-counts')!.textContent;
    expect(counts).toContain('Level 3: 1');
    expect(counts).toContain('Not enough responses: 1');
    expect(counts).toContain('Not assessed yet: 11');
    // The listed teams: a level, "not enough responses" with the counts (never a level), not assessed.
    const teams = within(inCard.getByRole('list', { name: 'Teams' }));
    const rows = teams.getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['CréditoLevel 3', 'FraudeNot enough responses 2 of the 3 responses needed', 'OpsNot assessed yet']);
    expect(teams.getByRole('link', { name: 'Fraude' }).getAttribute('href')).toBe(`/workspaces/${id(1)}/teams/${id(12)}`);
    expect(inCard.getByRole('link', { name: '10 more teams on the workspace’s dashboard' })).toBeTruthy();
    // Open assessments and their responses.
    expect(inCard.getByText('2 open assessments')).toBeTruthy();
    expect(inCard.getByText('2 of 3 responses begun are submitted')).toBeTruthy();
    expect(inCard.getByText('Submitted: 2')).toBeTruthy();
    expect(inCard.getByText('In progress: 1')).toBeTruthy();
    expect(inCard.getByText('1 of them is still short of the responses a team result needs.')).toBeTruthy();

    const other = within(screen.getByRole('article', { name: 'Varejo Online' }));
    expect(other.getByText('As a member you see only your own teams here.')).toBeTruthy();
    expect(other.getByText('No assessment yet')).toBeTruthy();
    expect(other.getByText('A team result needs at least 1 submitted response.')).toBeTruthy();
    expect(other.getByText('No team to show.')).toBeTruthy();
    expect(other.getByText('No assessment is open.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 workspaces');
  });

  it('finds workspaces by name on the server and says when none matches', async () => {
    const requests = api({
      '/api/v1/portfolio?limit=20': { items: [bank, shop], nextCursor: null, total: 2 },
      '/api/v1/portfolio?q=banco&limit=20': { items: [bank], nextCursor: null, total: 1 },
      '/api/v1/portfolio?q=nada&limit=20': { items: [], nextCursor: null, total: 0 },
    });
    renderWithProviders(<PortfolioPage />);
    await screen.findByRole('article', { name: 'Varejo Online' });
    await userEvent.type(screen.getByLabelText('Find a workspace'), 'banco');
    expect(await screen.findByText('1 workspace')).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Varejo Online' })).toBeNull();
    await userEvent.clear(screen.getByLabelText('Find a workspace'));
    await userEvent.type(screen.getByLabelText('Find a workspace'), 'nada');
    expect(await screen.findByText('No workspace name contains “nada”.')).toBeTruthy();
    // Typing pauses before asking: no request per key.
    expect(requests.map((r) => r.path)).not.toContain('/api/v1/portfolio?q=b&limit=20');
  });

  it('loads the next page on request', async () => {
    const requests = api({
      '/api/v1/portfolio?limit=20': { items: [bank], nextCursor: 'page-2', total: 2 },
      '/api/v1/portfolio?limit=20&cursor=page-2': { items: [shop], nextCursor: null, total: 2 },
    });
    renderWithProviders(<PortfolioPage />);
    await screen.findByRole('article', { name: 'Banco Regional' });
    expect(screen.getByText('Showing 1 of 2.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('article', { name: 'Varejo Online' })).toBeTruthy();
    expect(requests.map((r) => r.path)).toEqual(['/api/v1/portfolio?limit=20', '/api/v1/portfolio?limit=20&cursor=page-2']);
  });

  it('says it in Portuguese, with plurals that agree', async () => {
    api({ '/api/v1/portfolio?limit=20': { items: [bank, item(3, { name: 'Agro', open: { assessments: 1, started: 1, submitted: 0, belowThreshold: 1 } })], nextCursor: null, total: 2 } });
    renderWithProviders(<PortfolioPage />, { locale: 'pt-BR' });
    const card = within((await screen.findByRole('article', { name: 'Banco Regional' })) as HTMLElement);
    expect(screen.getByRole('heading', { level: 1, name: 'Portfólio' })).toBeTruthy();
    expect(card.getByText('Seu papel: Proprietário')).toBeTruthy();
    expect(card.getByText('2 avaliações abertas')).toBeTruthy();
    expect(card.getByText('Respostas insuficientes')).toBeTruthy();
    expect(card.getByText('2 das 3 respostas necessárias')).toBeTruthy();
    expect(card.getByRole('link', { name: 'mais 10 times no painel do espaço de trabalho' })).toBeTruthy();
    expect(card.getByText('1 delas ainda não tem as respostas de que um resultado do time precisa.')).toBeTruthy();
    const agro = within(screen.getByRole('article', { name: 'Agro' }));
    expect(agro.getByText('1 avaliação aberta')).toBeTruthy();
    expect(agro.getByText('Nenhuma avaliação ainda')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 espaços de trabalho');
  });
});
