import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { User } from '@assay/contracts';
import { navigate } from '../../lib/router.tsx';
import { json, mockFetch, renderWithProviders, type RecordedRequest } from '../../test/render.tsx';
import AccountPage from './AccountPage.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const user: User = { id: '00000000-0000-4000-8000-0000000000a1', email: 'ana@example.com', name: 'Ana Lima', createdAt: NOW };

const error = (status: number, code: string, reason: string, message = 'English message from the API') =>
  json(status, { error: { code, reason, message }, requestId: 'req-1' });

function api(refuse?: (request: RecordedRequest) => Response | null) {
  return mockFetch((request) => {
    const refused = refuse?.(request);
    if (refused) return refused;
    const { method, path } = request;
    if (method === 'POST' && path === '/api/v1/auth/password') return json(200, { user, accessToken: 'new-token', accessTokenExpiresAt: NOW });
    if (method === 'POST' && path === '/api/v1/auth/sign-out-everywhere') return new Response(null, { status: 204 });
    if (method === 'DELETE' && path === '/api/v1/auth/account') return new Response(null, { status: 204 });
    if (method === 'GET' && path === '/api/v1/auth/account/export') {
      return new Response('{"user":{}}', { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="assay-account-00000000.json"' } });
    }
    return json(404, { error: { code: 'not_found', message: `unexpected ${method} ${path}` } });
  });
}

function renderPage(locale: 'en' | 'pt-BR' = 'en') {
  const onSessionEnded = vi.fn();
  const rendered = renderWithProviders(<AccountPage user={user} onSessionEnded={onSessionEnded} />, { locale });
  return { ...rendered, onSessionEnded };
}

beforeEach(() => navigate('/account'));
afterEach(() => vi.restoreAllMocks());

describe('AccountPage', () => {
  it('changes the password: checks both new passwords first, then says every other session ended', async () => {
    const requests = api();
    renderPage();
    const form = screen.getByRole('heading', { name: 'Change your password' }).closest('section')!;
    const inForm = within(form);
    await userEvent.type(inForm.getByLabelText('Current password'), 'old password 123');
    await userEvent.type(inForm.getByLabelText('New password'), 'short');
    await userEvent.click(inForm.getByRole('button', { name: 'Change password' }));
    expect(inForm.getByText('The new password needs at least 10 characters.')).toBeTruthy();
    expect(inForm.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(inForm.getByLabelText('New password'), ' but longer now');
    await userEvent.type(inForm.getByLabelText('New password again'), 'something else entirely');
    await userEvent.click(inForm.getByRole('button', { name: 'Change password' }));
    expect(inForm.getByText('The two new passwords are not the same.')).toBeTruthy();
    expect(requests.filter((r) => r.path === '/api/v1/auth/password')).toHaveLength(0);

    await userEvent.clear(inForm.getByLabelText('New password again'));
    await userEvent.type(inForm.getByLabelText('New password again'), 'short but longer now');
    await userEvent.click(inForm.getByRole('button', { name: 'Change password' }));
    expect(await inForm.findByText('Your password was changed. Every other session was signed out.')).toBeTruthy();
    expect(requests.find((r) => r.path === '/api/v1/auth/password')?.body).toEqual({ currentPassword: 'old password 123', newPassword: 'short but longer now' });
    expect((inForm.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });

  it('says the password was not changed when the current one is wrong', async () => {
    api((request) => (request.path === '/api/v1/auth/password' ? error(400, 'validation_failed', 'wrong_password') : null));
    renderPage();
    await userEvent.type(screen.getByLabelText('Current password'), 'not it at all');
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new password');
    await userEvent.type(screen.getByLabelText('New password again'), 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your password was not changed.');
    expect(alert.textContent).toContain('The password typed is not this account’s password.');
    expect(alert.textContent).not.toContain('English message from the API');
  });

  it('signs out everywhere after asking, and leaves for sign-in', async () => {
    const requests = api();
    const { onSessionEnded } = renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(screen.getByRole('group', { name: 'Sign out of every device, this one included?' })).toBeTruthy();
    expect(requests).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, sign out everywhere' }));
    await waitFor(() => expect(onSessionEnded).toHaveBeenCalledWith('/sign-in'));
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/auth/sign-out-everywhere']);
  });

  it('downloads my data as the JSON file the API names', async () => {
    const requests = api();
    const createObjectURL = vi.fn(() => 'blob:account');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Download my data (JSON)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(saved).toEqual(['assay-account-00000000.json']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/auth/account/export']);
  });

  it('explains deletion, needs the email typed and the password, and shows the last-owner refusal with the way out', async () => {
    const requests = api((request) => (request.method === 'DELETE' ? error(409, 'conflict', 'last_owner') : null));
    const { onSessionEnded } = renderPage();
    const section = within(screen.getByRole('heading', { name: 'Delete your account' }).closest('section')!);
    expect(section.getByText(/stay in your teams’ results as anonymous contributions/)).toBeTruthy();
    expect(section.getByText(/only owner of a workspace, make someone else owner there first/)).toBeTruthy();
    const button = section.getByRole('button', { name: 'Delete my account' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(section.getByLabelText('Type your email address (ana@example.com) to confirm'), 'ana@example.co');
    await userEvent.type(section.getByLabelText('Your password'), 'correct horse battery');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(section.getByLabelText('Type your email address (ana@example.com) to confirm'), 'm');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(button);
    const alert = await section.findByRole('alert');
    expect(alert.textContent).toContain('Your account was not deleted.');
    expect(alert.textContent).toContain('A workspace always keeps at least one owner: make someone else owner first.');
    expect(section.getByRole('link', { name: 'Go to your workspaces to hand them over' }).getAttribute('href')).toBe('/workspaces');
    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({ password: 'correct horse battery' });
    expect(window.location.pathname).toBe('/account');
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('deletes the account and leaves, signed out', async () => {
    const requests = api();
    const { onSessionEnded } = renderPage();
    await userEvent.type(screen.getByLabelText('Type your email address (ana@example.com) to confirm'), 'ANA@example.com');
    await userEvent.type(screen.getByLabelText('Your password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(onSessionEnded).toHaveBeenCalledWith('/'));
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /api/v1/auth/account']);
  });

  it('speaks Portuguese', () => {
    api();
    renderPage('pt-BR');
    expect(screen.getByRole('heading', { level: 1, name: 'Sua conta' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Excluir sua conta' })).toBeTruthy();
    expect(screen.getByText(/continuam nos resultados dos seus times como contribuições anônimas/)).toBeTruthy();
    expect(screen.getByLabelText('Digite seu e-mail (ana@example.com) para confirmar')).toBeTruthy();
  });
});
