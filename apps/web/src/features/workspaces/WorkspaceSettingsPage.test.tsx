import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEvent, Role } from '@assay/contracts';
import { navigate } from '../../lib/router.tsx';
import { json, mockFetch, renderWithProviders, type RecordedRequest } from '../../test/render.tsx';
import { WORKSPACE_ID } from '../../test/fixtures.ts';
import { localMidnight } from '../audit/components/AuditLog.tsx';
import WorkspaceSettingsPage from './WorkspaceSettingsPage.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const W = `/api/v1/workspaces/${WORKSPACE_ID}`;
const ANA = '00000000-0000-4000-8000-0000000000a1';
const LINK = '00000000-0000-4000-8000-0000000000b2';

const event = (id: number, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: String(id),
  occurredAt: NOW,
  action: 'member.role_changed',
  actor: { userId: ANA, name: 'Ana Lima', email: 'ana@example.com' },
  target: { type: 'user', id: ANA },
  details: { from: 'viewer', to: 'member' },
  ip: '203.0.113.7',
  ...overrides,
});

const FIRST_PAGE = [
  event(12, { action: 'respondent_link.revoked', target: { type: 'respondent_link', id: LINK }, details: { assessmentId: 'x' } }),
  event(11, { action: 'account.deleted', actor: null, target: null, details: {}, ip: null }),
];
const SECOND_PAGE = [event(10)];

const error = (status: number, code: string, reason: string) => json(status, { error: { code, reason, message: 'English message from the API' }, requestId: 'req-1' });

/** Answers the audit log in two pages (whatever the filter, so the request is what a test reads). */
function api(options: { role: Role; refuse?: (request: RecordedRequest) => Response | null }) {
  return mockFetch((request) => {
    const refused = options.refuse?.(request);
    if (refused) return refused;
    const { method, path } = request;
    const url = new URL(path, 'http://localhost');
    if (method === 'GET' && path === W) return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role: options.role, createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
    if (method === 'GET' && url.pathname === `${W}/audit`) {
      const total = FIRST_PAGE.length + SECOND_PAGE.length;
      return url.searchParams.get('cursor') === 'page-2' ? json(200, { items: SECOND_PAGE, nextCursor: null, total }) : json(200, { items: FIRST_PAGE, nextCursor: 'page-2', total });
    }
    if (method === 'GET' && (url.pathname === `${W}/audit/export` || url.pathname === `${W}/export`)) {
      return new Response('{}', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="file.json"' } });
    }
    if (method === 'DELETE' && path === W) return new Response(null, { status: 204 });
    return json(404, { error: { code: 'not_found', message: `unexpected ${method} ${path}` } });
  });
}

const auditRequests = (requests: RecordedRequest[]) => requests.filter((r) => r.path.startsWith(`${W}/audit?`)).map((r) => new URL(r.path, 'http://localhost').searchParams);

beforeEach(() => navigate(`/workspaces/${WORKSPACE_ID}/settings`));
afterEach(() => vi.restoreAllMocks());

describe('WorkspaceSettingsPage', () => {
  it('shows the audit log as a table, newest first, and pages to older events', async () => {
    const requests = api({ role: 'admin' });
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />);
    const table = await screen.findByRole('table', { name: 'Audit events, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Respondent link revoked');
    expect(rows[0]!.textContent).toContain('Ana Lima');
    expect(rows[0]!.textContent).toContain('respondent_link 00000000');
    expect(rows[0]!.textContent).toContain('203.0.113.7');
    expect(rows[1]!.textContent).toContain('A member deleted their account');
    expect(rows[1]!.textContent).toContain('A deleted account');
    expect(screen.getByText(/Showing 2 of 3 events\./)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Show older events' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getAllByRole('row')[3]!.textContent).toContain('viewer → member');
    expect(screen.getByText(/Showing 3 of 3 events\. That is every event\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older events' })).toBeNull();
    expect(auditRequests(requests).map((q) => q.get('cursor'))).toEqual([null, 'page-2']);
    // An admin reads and downloads the log; exporting and deleting the workspace are for owners.
    expect(screen.getByText('Exporting and deleting the workspace is for its owners.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Delete the workspace' })).toBeNull();
  });

  it('asks the API for one kind of event and a range of whole local days', async () => {
    const requests = api({ role: 'owner' });
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />);
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Kind of event'), 'Invitation revoked');
    await userEvent.type(screen.getByLabelText('From (date)'), '2026-04-01');
    await userEvent.type(screen.getByLabelText('To (date, included)'), '2026-04-30');
    await waitFor(() => expect(auditRequests(requests).at(-1)?.get('to')).toBe(localMidnight('2026-05-01')));
    const last = auditRequests(requests).at(-1)!;
    expect(last.get('action')).toBe('invitation.revoked');
    expect(last.get('from')).toBe(localMidnight('2026-04-01'));
    expect(new Date(last.get('from')!).getHours()).toBe(0);

    // A range that ends before it starts is said, and not asked.
    await userEvent.clear(screen.getByLabelText('From (date)'));
    await screen.findByRole('table');
    const asked = auditRequests(requests).length;
    await userEvent.type(screen.getByLabelText('From (date)'), '2026-05-02');
    expect(screen.getByRole('alert').textContent).toBe('The end date is before the start date.');
    expect(screen.getByLabelText('To (date, included)').getAttribute('aria-invalid')).toBe('true');
    expect(auditRequests(requests).length).toBe(asked);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByRole('table');
    expect([...auditRequests(requests).at(-1)!.keys()]).toEqual(['limit']);
  });

  it('downloads the whole log as CSV and says when it cannot', async () => {
    let fail = false;
    const requests = api({ role: 'admin', refuse: (r) => (fail && r.path.includes('/audit/export') ? error(403, 'forbidden', 'role_forbidden') : null) });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Download the whole audit log as CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(requests.some((r) => r.path === `${W}/audit/export?format=csv`)).toBe(true);
    fail = true;
    await userEvent.click(screen.getByRole('button', { name: 'Download the whole audit log as JSON' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The audit log could not be downloaded.');
  });

  it('lets an owner export the workspace and delete it only by typing its name exactly', async () => {
    const requests = api({ role: 'owner' });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Download the workspace (JSON)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(requests.some((r) => r.method === 'GET' && r.path === `${W}/export`)).toBe(true);

    const section = within(screen.getByRole('heading', { name: 'Delete the workspace' }).closest('section')!);
    expect(section.getByText(/is kept outside the workspace/)).toBeTruthy();
    const button = section.getByRole('button', { name: 'Delete this workspace' }) as HTMLButtonElement;
    const input = section.getByLabelText('Type the workspace’s name (Acme Analytics) to confirm');
    await userEvent.type(input, 'acme analytics');
    expect(button.disabled).toBe(true);
    await userEvent.clear(input);
    await userEvent.type(input, 'Acme Analytics');
    expect(button.disabled).toBe(false);
    await userEvent.click(button);
    await waitFor(() => expect(window.location.pathname).toBe('/workspaces'));
    expect(requests.find((r) => r.method === 'DELETE')?.body).toEqual({ confirmName: 'Acme Analytics' });
  });

  it('shows the API’s refusal to delete in words and stays', async () => {
    api({ role: 'owner', refuse: (r) => (r.method === 'DELETE' ? error(400, 'validation_failed', 'confirmation_mismatch') : null) });
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />);
    await userEvent.type(await screen.findByLabelText('Type the workspace’s name (Acme Analytics) to confirm'), 'Acme Analytics');
    await userEvent.click(screen.getByRole('button', { name: 'Delete this workspace' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The workspace was not deleted.');
    expect(alert.textContent).toContain('The name typed does not match the workspace name; nothing was deleted.');
    expect(window.location.pathname).toBe(`/workspaces/${WORKSPACE_ID}/settings`);
  });

  it('is not for members: says so and asks nothing of the audit log', async () => {
    const requests = api({ role: 'member' });
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />);
    expect(await screen.findByText('Only the workspace’s owners and admins see its settings and audit log.')).toBeTruthy();
    expect(auditRequests(requests)).toHaveLength(0);
  });

  it('speaks Portuguese, event names included', async () => {
    api({ role: 'owner' });
    renderWithProviders(<WorkspaceSettingsPage workspaceId={WORKSPACE_ID} />, { locale: 'pt-BR' });
    const table = await screen.findByRole('table', { name: 'Eventos de auditoria, do mais recente ao mais antigo' });
    expect(table.textContent).toContain('Link de respondente revogado');
    expect(table.textContent).toContain('Uma conta excluída');
    expect(screen.getByRole('heading', { name: 'Excluir o espaço de trabalho' })).toBeTruthy();
    expect(screen.getByLabelText('Tipo de evento')).toBeTruthy();
  });
});
