import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InvitationPreview, Session } from '@assay/contracts';
import { setAccessToken } from '../../lib/http.ts';
import { json, mockFetch, renderWithProviders, type RecordedRequest } from '../../test/render.tsx';
import { WORKSPACE_ID } from '../../test/fixtures.ts';
import AcceptInvitationPage from './AcceptInvitationPage.tsx';

const TOKEN = 'tok_0123456789abcdefghijklmnop';
const NOW = '2026-05-01T09:30:00.000Z';

const session: Session = {
  user: { id: '00000000-0000-4000-8000-0000000000e5', email: 'vera@example.com', name: 'Vera', createdAt: NOW },
  accessToken: 'access-token',
  accessTokenExpiresAt: '2026-05-01T09:45:00.000Z',
};

const preview: InvitationPreview = { workspaceName: 'Acme Analytics', role: 'viewer', teamName: 'Data platform', expiresAt: '2026-05-08T09:30:00.000Z' };

const error = (status: number, code: string, reason: string, message: string) => json(status, { error: { code, reason, message }, requestId: 'req-1' });

/** The public lookup, the refresh cookie (signed in or not) and the accept call. */
function api({ signedIn, lookup, accept }: { signedIn: boolean; lookup?: () => Response; accept?: () => Response }) {
  return mockFetch((request: RecordedRequest) => {
    if (request.path === '/api/v1/auth/session') return json(200, { session: signedIn ? session : null });
    if (request.path === '/api/v1/auth/refresh') return signedIn ? json(200, session) : error(401, 'unauthorized', 'sign_in_required', 'No session.');
    if (request.method === 'POST' && request.path === '/api/v1/invitations/lookup') return lookup ? lookup() : json(200, preview);
    if (request.method === 'POST' && request.path === '/api/v1/invitations/accept') {
      return accept ? accept() : json(200, { workspace: { id: WORKSPACE_ID, name: 'Acme Analytics', role: 'viewer', createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false } });
    }
    return error(404, 'not_found', 'route_not_found', `No route ${request.method} ${request.path}`);
  });
}

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  // StrictMode runs effects twice, as the app does in development: accepting must still happen once.
  renderWithProviders(
    <StrictMode>
      <AcceptInvitationPage token={TOKEN} />
    </StrictMode>,
  );
  return user;
}

const accepts = (requests: RecordedRequest[]) => requests.filter((r) => r.path === '/api/v1/invitations/accept');

afterEach(() => {
  setAccessToken(null);
  window.history.replaceState(null, '', '/');
});

describe('AcceptInvitationPage', () => {
  it('shows the workspace, role and team to someone signed out, with sign-up and sign-in that come back here', async () => {
    const requests = api({ signedIn: false });
    openAt(`/join/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Join Acme Analytics' })).toBeTruthy();
    expect(screen.getByText('You are invited to join Acme Analytics as Viewer, in the team “Data platform”.')).toBeTruthy();
    expect(screen.getByText(/Reads every team’s results; cannot answer or change anything\./)).toBeTruthy();
    // The token goes in the lookup's body, not in an API path.
    expect(requests).toContainEqual({ method: 'POST', path: '/api/v1/invitations/lookup', body: { token: TOKEN } });

    const back = `/join/${TOKEN}?accept=1`;
    const signUp = screen.getByRole('link', { name: 'Create an account and join' });
    const signIn = screen.getByRole('link', { name: 'Sign in and join' });
    expect(new URL(signUp.getAttribute('href') ?? '', 'http://x').pathname).toBe('/sign-up');
    expect(new URL(signUp.getAttribute('href') ?? '', 'http://x').searchParams.get('next')).toBe(back);
    expect(new URL(signIn.getAttribute('href') ?? '', 'http://x').pathname).toBe('/sign-in');
    expect(new URL(signIn.getAttribute('href') ?? '', 'http://x').searchParams.get('next')).toBe(back);
    expect(accepts(requests)).toHaveLength(0);
  });

  it('accepts once on coming back from sign-up, and lands in the workspace', async () => {
    const requests = api({ signedIn: true });
    openAt(`/join/${TOKEN}?accept=1`);
    await waitFor(() => expect(window.location.pathname).toBe(`/workspaces/${WORKSPACE_ID}`));
    expect(accepts(requests)).toEqual([{ method: 'POST', path: '/api/v1/invitations/accept', body: { token: TOKEN } }]);
  });

  it('asks a person who arrives already signed in, naming the account, and accepts on the button', async () => {
    const requests = api({ signedIn: true });
    const user = openAt(`/join/${TOKEN}`);
    expect(await screen.findByText('You are signed in as Vera (vera@example.com).')).toBeTruthy();
    expect(accepts(requests)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Join Acme Analytics' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/workspaces/${WORKSPACE_ID}`));
    expect(accepts(requests)).toHaveLength(1);
  });

  it('says in words when the link cannot be used any more', async () => {
    api({ signedIn: false, lookup: () => error(404, 'not_found', 'invitation_unusable', 'This invitation link is unknown, expired, revoked or already used; ask for a new one.') });
    openAt(`/join/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation cannot be used' })).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not found, or you do not have access to it.');
    expect(alert.textContent).toContain('This invitation link is unknown, already used, revoked or expired.');
  });

  it('explains when the person is already a member, and offers their workspaces', async () => {
    api({ signedIn: true, accept: () => error(409, 'conflict', 'already_member', 'You are already a member of this workspace; the invitation stays unused.') });
    const user = openAt(`/join/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Join Acme Analytics' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You are already a member of this workspace');
    expect(screen.getByRole('link', { name: 'Go to your workspaces' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/join/${TOKEN}`);
  });

  it('speaks pt-BR', async () => {
    api({ signedIn: false });
    window.history.replaceState(null, '', `/join/${TOKEN}`);
    renderWithProviders(<AcceptInvitationPage token={TOKEN} />, { locale: 'pt-BR' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Participar de Acme Analytics' })).toBeTruthy();
    expect(screen.getByText('Você foi convidado a participar de Acme Analytics como Leitor, no time “Data platform”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Criar conta e participar' })).toBeTruthy();
  });
});
