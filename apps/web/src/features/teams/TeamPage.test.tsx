import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Member, Role, Team } from '@assay/contracts';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { assessmentFixture, TEAM_ID, WORKSPACE_ID } from '../../test/fixtures.ts';
import TeamPage from './TeamPage.tsx';
import { assessmentKeys } from '../assessments/queries.ts';

const NOW = '2026-05-01T09:30:00.000Z';
const BRUNO = '00000000-0000-4000-8000-0000000000b2';
const CARLA = '00000000-0000-4000-8000-0000000000c3';
const W = `/api/v1/workspaces/${WORKSPACE_ID}`;
const T = `${W}/teams/${TEAM_ID}`;

const members: Member[] = [
  { userId: BRUNO, name: 'Bruno', email: 'bruno@example.com', role: 'member', joinedAt: NOW, teamIds: [TEAM_ID] },
  { userId: CARLA, name: 'Carla', email: 'carla@example.com', role: 'member', joinedAt: NOW, teamIds: [] },
];

const closedOne = assessmentFixture({ status: 'closed', level: 3 });
const draft = assessmentFixture({ id: '00000000-0000-4000-8000-0000000000d1', title: 'Baseline', status: 'draft', openedAt: null });
const older = assessmentFixture({ id: '00000000-0000-4000-8000-0000000000d2', title: 'Pilot', status: 'closed', level: 2, createdAt: '2026-01-01T09:00:00.000Z' });

/** A team, its members and its settings, as the API would keep them. */
function api(role: Role) {
  let team: Team = { id: TEAM_ID, workspaceId: WORKSPACE_ID, name: 'Data platform', archived: false, createdAt: NOW, latest: null, previousLevel: null, trend: null };
  const people = members.map((m) => ({ ...m, teamIds: [...m.teamIds] }));
  return mockFetch((request) => {
    const { method, path } = request;
    if (method === 'GET' && path === W) return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role, createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
    if (method === 'GET' && path === T) return json(200, team);
    const url = new URL(path, 'http://x');
    if (method === 'GET' && url.pathname === `${T}/assessments`) {
      // Three assessments, two a page, in the order the sort asks (as the server would sort them).
      const sort = url.searchParams.get('sort') ?? 'created';
      const order = sort === 'title' ? [closedOne, draft, older] : sort === 'closed' ? [closedOne, older, draft] : [draft, closedOne, older];
      const cursor = url.searchParams.get('cursor');
      return cursor === null ? json(200, { items: order.slice(0, 2), nextCursor: `${sort}-page-2`, total: 3 }) : json(200, { items: order.slice(2), nextCursor: null, total: 3 });
    }
    if (method === 'GET' && path === `${T}/history`) return json(200, { teamId: TEAM_ID, items: [], nextCursor: null, total: 0, change: null });
    if (method === 'GET' && path === `${W}/members?limit=200`) return json(200, { items: people, nextCursor: null, total: people.length });
    if (method === 'GET' && path === `${T}/target`) return json(200, { target: null, progress: null });
    if (method === 'GET' && url.pathname === `${T}/actions`) return json(200, { items: [], nextCursor: null, total: 0 });
    if (method === 'PATCH' && path === T) {
      team = { ...team, ...(request.body as Partial<Team>) };
      return json(200, team);
    }
    const membership = /\/members\/([^/]+)$/.exec(path);
    const person = people.find((p) => p.userId === membership?.[1]);
    if (person && method === 'PUT') {
      person.teamIds.push(TEAM_ID);
      return new Response(null, { status: 204 });
    }
    if (person && method === 'DELETE') {
      person.teamIds = person.teamIds.filter((id) => id !== TEAM_ID);
      return new Response(null, { status: 204 });
    }
    return json(404, { error: { code: 'not_found', message: `No route ${method} ${path}` }, requestId: 't' });
  });
}

async function open(role: Role) {
  const requests = api(role);
  const user = userEvent.setup();
  renderWithProviders(<TeamPage workspaceId={WORKSPACE_ID} teamId={TEAM_ID} />);
  await screen.findByRole('heading', { level: 1, name: /Data platform/ });
  return { requests, user };
}

describe('TeamPage: settings', () => {
  it('renames the team', async () => {
    const { requests, user } = await open('admin');
    const name = await screen.findByRole('textbox', { name: 'Team name' });
    await user.clear(name);
    await user.type(name, 'ML platform');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(requests).toContainEqual({ method: 'PATCH', path: T, body: { name: 'ML platform' } }));
    expect(await screen.findByRole('heading', { level: 1, name: /ML platform/ })).toBeTruthy();
  });

  it('renaming marks the cached assessments stale, since each one carries the team’s name', async () => {
    const requests = api('admin');
    const user = userEvent.setup();
    const { queryClient } = renderWithProviders(<TeamPage workspaceId={WORKSPACE_ID} teamId={TEAM_ID} />);
    // An assessment page visited before, still fresh in the cache with the old name.
    const cached = assessmentFixture({ teamName: 'Data platform' });
    queryClient.setQueryData(assessmentKeys.detail(WORKSPACE_ID, cached.id), cached);
    await screen.findByRole('heading', { level: 1, name: /Data platform/ });
    const name = await screen.findByRole('textbox', { name: 'Team name' });
    await user.clear(name);
    await user.type(name, 'ML platform');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(requests).toContainEqual({ method: 'PATCH', path: T, body: { name: 'ML platform' } }));
    await waitFor(() => expect(queryClient.getQueryState(assessmentKeys.detail(WORKSPACE_ID, cached.id))?.isInvalidated).toBe(true));
  });

  it('archives only after confirmation, then offers to unarchive and stops new assessments', async () => {
    const { requests, user } = await open('owner');
    expect(screen.getByRole('button', { name: 'Start an assessment' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Archive team' }));
    const question = screen.getByRole('group', { name: 'Archive “Data platform”? You can unarchive it later.' });
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(requests).toContainEqual({ method: 'PATCH', path: T, body: { archived: true } }));
    expect(await screen.findByRole('button', { name: 'Unarchive team' })).toBeTruthy();
    expect(screen.getByText(/This team is archived/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start an assessment' })).toBeNull();
  });

  it('adds a workspace member to the team and removes one', async () => {
    const { requests, user } = await open('admin');
    const inTeam = await screen.findByText((_, element) => element?.getAttribute('data-team-member') === 'bruno@example.com');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a workspace member' }), CARLA);
    await user.click(screen.getByRole('button', { name: 'Add to team' }));
    await waitFor(() => expect(requests).toContainEqual({ method: 'PUT', path: `${T}/members/${CARLA}`, body: null }));
    await waitFor(() => expect(document.querySelector('[data-team-member="carla@example.com"]')).not.toBeNull());

    // The accessible name starts with the words shown (WCAG 2.5.3, label in name), then says who.
    const remove = within(inTeam).getByRole('button', { name: 'Remove from team: Bruno' });
    expect(remove.textContent).toBe('Remove from team');
    await user.click(remove);
    await waitFor(() => expect(requests).toContainEqual({ method: 'DELETE', path: `${T}/members/${BRUNO}`, body: null }));
    await waitFor(() => expect(document.querySelector('[data-team-member="bruno@example.com"]')).toBeNull());
  });

  it('shows an assessor no settings (they would be refused), but lets them start assessments', async () => {
    const { requests } = await open('assessor');
    expect(screen.getByRole('button', { name: 'Start an assessment' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Team settings' })).toBeNull();
    expect(requests.some((r) => r.path.startsWith(`${W}/members`))).toBe(false);
  });

  it('shows a viewer neither settings nor the start button', async () => {
    await open('viewer');
    await screen.findByRole('link', { name: 'Assessment 2026-05-01' });
    expect(screen.queryByRole('button', { name: 'Start an assessment' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Team settings' })).toBeNull();
  });
});

describe('TeamPage: sorting the assessments', () => {
  const titles = () => within(screen.getByRole('region', { name: 'Assessments' })).getAllByRole('link').map((link) => link.textContent);

  it('asks the server for the order chosen in a labelled select, from the first page, and pages on in that order', async () => {
    const { requests, user } = await open('viewer');
    await waitFor(() => expect(titles()).toEqual(['Baseline', 'Assessment 2026-05-01']));
    const sort = screen.getByRole('combobox', { name: 'Sort assessments by' });
    expect((sort as HTMLSelectElement).value).toBe('created');
    expect(within(sort).getAllByRole('option').map((o) => o.textContent)).toEqual(['Newest first', 'Latest closed first', 'Title (A–Z)']);

    await user.selectOptions(sort, 'closed');
    await waitFor(() => expect(titles()).toEqual(['Assessment 2026-05-01', 'Pilot']));
    // The control keeps the focus while the new order loads (the rows stay until it comes).
    expect(document.activeElement).toBe(sort);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(titles()).toEqual(['Assessment 2026-05-01', 'Pilot', 'Baseline']));
    const asked = requests.filter((r) => r.method === 'GET' && r.path.startsWith(`${T}/assessments?`)).map((r) => new URL(r.path, 'http://x').searchParams.toString());
    expect(asked).toEqual(['sort=created', 'sort=closed', 'sort=closed&cursor=closed-page-2']);
  });

  it('speaks Brazilian Portuguese', async () => {
    api('viewer');
    renderWithProviders(<TeamPage workspaceId={WORKSPACE_ID} teamId={TEAM_ID} />, { locale: 'pt-BR' });
    const sort = await screen.findByRole('combobox', { name: 'Ordenar avaliações por' });
    expect(within(sort).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mais recentes primeiro', 'Encerradas mais recentemente primeiro', 'Título (A–Z)']);
  });
});

describe('TeamPage: starting an assessment', () => {
  it('sends a title in the reader’s language unless one is typed', async () => {
    const requests = api('assessor');
    const user = userEvent.setup();
    renderWithProviders(<TeamPage workspaceId={WORKSPACE_ID} teamId={TEAM_ID} />, { locale: 'pt-BR' });
    const title = await screen.findByRole('textbox', { name: 'Título da nova avaliação' });
    expect((title as HTMLInputElement).value).toMatch(/^Avaliação de \d/);
    await user.click(screen.getByRole('button', { name: 'Iniciar uma avaliação' }));
    await waitFor(() => {
      const started = requests.find((r) => r.method === 'POST' && r.path === `${T}/assessments`);
      expect((started?.body as { title?: string } | undefined)?.title).toBe((title as HTMLInputElement).value);
    });
  });
});
