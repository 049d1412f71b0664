import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Workspace } from '@assay/contracts';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import WorkspacesPage from './WorkspacesPage.tsx';

const workspace = (n: number): Workspace => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  name: `Client ${n}`,
  role: 'owner',
  createdAt: '2026-05-01T09:30:00.000Z',
  anonymityThreshold: 3,
  anonymityChange: null,
  timeZone: 'UTC',
  clientBenchmark: false,
});

/** Three workspaces in pages of two, as the API pages them. */
function api() {
  return mockFetch(({ method, path }) => {
    if (method === 'GET' && path === '/api/v1/workspaces') return json(200, { items: [workspace(1), workspace(2)], nextCursor: 'next-page', total: 3 });
    if (method === 'GET' && path === '/api/v1/workspaces?cursor=next-page') return json(200, { items: [workspace(3)], nextCursor: null, total: 3 });
    return json(404, { error: { code: 'not_found', message: 'Not found.' }, requestId: 'req-1' });
  });
}

describe('a paged list', () => {
  it('shows the first page with how many there are, and loads the next page on request', async () => {
    const requests = api();
    renderWithProviders(<WorkspacesPage />);
    expect(await screen.findByRole('link', { name: 'Client 2' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Client 3' })).toBeNull();
    expect(screen.getByText('Showing 2 of 3.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Client 3' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^Client / })).toHaveLength(3);
    // Everything is shown: no count, no button.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
    expect(screen.queryByText(/Showing/)).toBeNull();
    expect(requests.map((r) => r.path)).toEqual(['/api/v1/workspaces', '/api/v1/workspaces?cursor=next-page']);
  });

  it('words it in Portuguese', async () => {
    api();
    renderWithProviders(<WorkspacesPage />, { locale: 'pt-BR' });
    expect(await screen.findByText('Mostrando 2 de 3.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Carregar mais' })).toBeTruthy();
  });
});
