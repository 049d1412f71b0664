import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Workspace } from '@assay/contracts';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { workspaceKeys } from '../workspaces/keys.ts';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

const id = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const workspace = (n: number, name = `Client ${String(n).padStart(2, '0')}`): Workspace => ({
  id: id(n),
  name,
  role: n === 2 ? 'viewer' : 'owner',
  createdAt: '2026-05-01T09:30:00.000Z',
  anonymityThreshold: 3,
  anonymityChange: null,
  timeZone: 'UTC',
  clientBenchmark: false,
});

function api(total: number) {
  const all = Array.from({ length: total }, (_, i) => workspace(i + 1));
  return mockFetch(({ path }) => {
    const url = new URL(path, 'http://localhost');
    if (url.pathname !== '/api/v1/workspaces') return json(404, { error: { code: 'not_found', message: 'Not found.' }, requestId: 'req-1' });
    const q = url.searchParams.get('q')?.toLowerCase() ?? '';
    const matching = all.filter((w) => w.name.toLowerCase().includes(q));
    const start = url.searchParams.get('cursor') === 'next' ? 8 : 0;
    const items = matching.slice(start, start + 8);
    return json(200, { items, nextCursor: start + 8 < matching.length ? 'next' : null, total: matching.length });
  });
}

afterEach(() => window.history.pushState(null, '', '/'));

describe('the workspace switcher', () => {
  it('names the current workspace from the cache, and lists the workspaces with the current one marked', async () => {
    const requests = api(3);
    window.history.pushState(null, '', `/workspaces/${id(2)}/teams/${id(9)}`);
    const { queryClient } = renderWithProviders(<WorkspaceSwitcher />);
    queryClient.setQueryData(workspaceKeys.detail(id(2)), workspace(2, 'Banco Regional'));
    const button = await screen.findByRole('button', { name: 'Workspace: Banco Regional' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // Nothing is asked until it opens.
    expect(requests).toEqual([]);
    await userEvent.click(button);
    const list = within(await screen.findByRole('list', { name: 'Your workspaces' }));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list.getAllByRole('link').map((link) => link.textContent)).toEqual(['Client 01 Owner', 'Client 02 Viewer', 'Client 03 Owner']);
    expect(list.getByRole('link', { name: /Client 02/ }).getAttribute('aria-current')).toBe('page');
    expect(list.getByRole('link', { name: /Client 01/ }).getAttribute('aria-current')).toBeNull();
    // Few workspaces: no search box; the ways to the portfolio and to every workspace.
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByRole('link', { name: 'Portfolio' }).getAttribute('href')).toBe('/portfolio');
    expect(screen.getByRole('link', { name: 'All workspaces, or a new one' }).getAttribute('href')).toBe('/workspaces');
    // Focus went to the current workspace.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Client 02 Viewer'));
  });

  it('works from the keyboard: arrow down opens, arrows move, Escape closes and gives focus back', async () => {
    api(3);
    renderWithProviders(<WorkspaceSwitcher />);
    const button = screen.getByRole('button', { name: 'Workspaces' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    await screen.findByRole('list', { name: 'Your workspaces' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Client 01 Owner'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Client 03 Owner');
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Client 02 Viewer');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Your workspaces' })).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes when the reader clicks elsewhere or picks a workspace', async () => {
    api(3);
    renderWithProviders(
      <>
        <WorkspaceSwitcher />
        <p>Elsewhere</p>
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Workspaces' }));
    await screen.findByRole('list', { name: 'Your workspaces' });
    await userEvent.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('list', { name: 'Your workspaces' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Workspaces' }));
    await userEvent.click(await screen.findByRole('link', { name: /Client 03/ }));
    expect(window.location.pathname).toBe(`/workspaces/${id(3)}`);
    expect(screen.queryByRole('list', { name: 'Your workspaces' })).toBeNull();
  });

  it('with many workspaces, pages them and finds them by name on the server', async () => {
    const requests = api(12);
    renderWithProviders(<WorkspaceSwitcher />);
    await userEvent.click(screen.getByRole('button', { name: 'Workspaces' }));
    const search = await screen.findByRole('searchbox', { name: 'Find a workspace' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(screen.getAllByRole('link', { name: /^Client/ })).toHaveLength(8);
    expect(screen.getByText('Showing 8 of 12.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /^Client/ })).toHaveLength(12));
    await userEvent.type(search, '1');
    await waitFor(() => expect(screen.getAllByRole('link', { name: /^Client/ }).map((link) => link.textContent)).toEqual(['Client 01 Owner', 'Client 10 Owner', 'Client 11 Owner', 'Client 12 Owner']));
    expect(requests.map((r) => r.path)).toEqual(['/api/v1/workspaces?limit=8', '/api/v1/workspaces?limit=8&cursor=next', '/api/v1/workspaces?q=1&limit=8']);
    await userEvent.type(search, 'x');
    expect(await screen.findByText('No workspace name contains “1x”.')).toBeTruthy();
  });

  it('says it in Portuguese', async () => {
    api(3);
    renderWithProviders(<WorkspaceSwitcher />, { locale: 'pt-BR' });
    await userEvent.click(screen.getByRole('button', { name: 'Espaços' }));
    expect(await screen.findByRole('list', { name: 'Seus espaços de trabalho' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Client 02 Leitor/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Todos os espaços de trabalho, ou um novo' })).toBeTruthy();
  });
});
