import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Invitation, Member, Role, Team } from '@assay/contracts';
import { json, mockFetch, renderWithProviders, type RecordedRequest } from '../../test/render.tsx';
import { TEAM_ID, WORKSPACE_ID } from '../../test/fixtures.ts';
import MembersPage from './MembersPage.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const ANA = '00000000-0000-4000-8000-0000000000a1';
const BRUNO = '00000000-0000-4000-8000-0000000000b2';
const CARLA = '00000000-0000-4000-8000-0000000000c3';
const INVITATION_ID = '00000000-0000-4000-8000-0000000000d4';
const TOKEN = 'tok_0123456789abcdefghijklmnop';
const W = `/api/v1/workspaces/${WORKSPACE_ID}`;

const member = (userId: string, name: string, role: Role, teamIds: string[] = []): Member => ({
  userId,
  name,
  email: `${name.toLowerCase()}@example.com`,
  role,
  joinedAt: NOW,
  teamIds,
});

const team: Team = {
  id: TEAM_ID,
  workspaceId: WORKSPACE_ID,
  name: 'Data platform',
  archived: false,
  createdAt: NOW,
  latest: null,
  previousLevel: null,
  trend: null,
};

const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: INVITATION_ID,
  role: 'viewer',
  teamId: TEAM_ID,
  createdAt: NOW,
  expiresAt: '2026-05-08T09:30:00.000Z',
  acceptedAt: null,
  revokedAt: null,
  status: 'pending',
  ...overrides,
});

const error = (status: number, code: string, message: string, reason?: string) =>
  json(status, { error: { code, ...(reason ? { reason } : {}), message }, requestId: 'req-1' });

/**
 * An API with state: members change role or leave, invitations are created and revoked. The
 * rules the page must not duplicate (last owner, who may do what) are decided by `refuse`.
 */
function api(options: { myRole: Role; members: Member[]; invitations?: Invitation[]; refuse?: (request: RecordedRequest) => Response | null }) {
  const members = [...options.members];
  const invitations = [...(options.invitations ?? [])];
  const requests = mockFetch((request) => {
    const refused = options.refuse?.(request);
    if (refused) return refused;
    const { method, path } = request;
    if (method === 'GET' && path === W) return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role: options.myRole, createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
    if (method === 'GET' && path === `${W}/members`) return json(200, { items: members, nextCursor: null, total: members.length });
    if (method === 'GET' && path === `${W}/teams?includeArchived=true&limit=200`) return json(200, { items: [team], nextCursor: null, total: 1 });
    if (method === 'GET' && path === `${W}/invitations`) return json(200, { items: invitations, nextCursor: null, total: invitations.length });
    const memberMatch = /\/members\/([^/]+)$/.exec(path);
    if (method === 'PATCH' && memberMatch) {
      const index = members.findIndex((m) => m.userId === memberMatch[1]);
      const current = members[index];
      if (!current) return error(404, 'not_found', 'Member not found.', 'member_not_found');
      const updated = { ...current, role: (request.body as { role: Role }).role };
      members[index] = updated;
      return json(200, updated);
    }
    if (method === 'DELETE' && memberMatch) {
      members.splice(members.findIndex((m) => m.userId === memberMatch[1]), 1);
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && path === `${W}/invitations`) {
      const body = request.body as { role: Role; teamId?: string };
      const created = invitation({ role: body.role, teamId: body.teamId ?? null });
      invitations.push(created);
      return json(201, { invitation: created, token: TOKEN });
    }
    if (method === 'DELETE' && path === `${W}/invitations/${INVITATION_ID}`) {
      invitations.splice(0, invitations.length, ...invitations.map((i) => ({ ...i, status: 'revoked' as const, revokedAt: NOW })));
      return new Response(null, { status: 204 });
    }
    return error(404, 'not_found', `No route ${method} ${path}`);
  });
  return requests;
}

const row = (email: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(`tr[data-member="${email}"]`);
  if (!element) throw new Error(`no row for ${email}`);
  return element;
};

async function open(myRole: Role, members: Member[], extra: Omit<Parameters<typeof api>[0], 'myRole' | 'members'> = {}) {
  const requests = api({ myRole, members, ...extra });
  const user = userEvent.setup();
  renderWithProviders(<MembersPage workspaceId={WORKSPACE_ID} userId={ANA} />);
  await screen.findByRole('heading', { level: 1, name: 'Members' });
  await waitFor(() => expect(document.querySelectorAll('tr[data-member]').length).toBe(members.length));
  return { requests, user };
}

describe('MembersPage: roles', () => {
  it('changes a member’s role with the select and its button, and shows the saved role', async () => {
    const { requests, user } = await open('owner', [member(ANA, 'Ana', 'owner'), member(BRUNO, 'Bruno', 'member', [TEAM_ID])]);
    expect(within(row('bruno@example.com')).getByText('Data platform')).toBeTruthy();
    const select = within(row('bruno@example.com')).getByRole('combobox', { name: 'Role of Bruno' });
    const change = within(row('bruno@example.com')).getByRole('button', { name: 'Change' });
    expect((change as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(select, 'assessor');
    await user.click(change);
    await waitFor(() => expect(requests).toContainEqual({ method: 'PATCH', path: `${W}/members/${BRUNO}`, body: { role: 'assessor' } }));
    // The list is read again and the control starts from the saved role.
    await waitFor(() => expect((within(row('bruno@example.com')).getByRole('combobox') as HTMLSelectElement).value).toBe('assessor'));
    expect((within(row('bruno@example.com')).getByRole('button', { name: 'Change' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the API’s refusal to demote the last owner in words, naming whose role did not change', async () => {
    const { user } = await open('owner', [member(ANA, 'Ana', 'owner'), member(BRUNO, 'Bruno', 'admin')], {
      refuse: (request) =>
        request.method === 'PATCH' && request.path === `${W}/members/${ANA}`
          ? error(409, 'conflict', 'This is the last owner; make someone else owner first.', 'last_owner')
          : null,
    });
    await user.selectOptions(within(row('ana@example.com')).getByRole('combobox', { name: 'Role of Ana' }), 'admin');
    await user.click(within(row('ana@example.com')).getByRole('button', { name: 'Change' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The role of Ana was not changed.');
    expect(alert.textContent).toContain('This cannot be done in the current state.');
    expect(alert.textContent).toContain('A workspace always keeps at least one owner: make someone else owner first.');
  });

  it('explains the last-owner refusal in Portuguese too (the API speaks English)', async () => {
    api({
      myRole: 'owner',
      members: [member(ANA, 'Ana', 'owner')],
      refuse: (request) => (request.method === 'DELETE' ? error(409, 'conflict', 'This is the last owner; make someone else owner first.', 'last_owner') : null),
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersPage workspaceId={WORKSPACE_ID} userId={ANA} />, { locale: 'pt-BR' });
    await user.click(await within(await screen.findByRole('table', { name: 'Membros' })).findByRole('button', { name: 'Sair' }));
    await user.click(screen.getByRole('button', { name: 'Sair do espaço de trabalho' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Não foi possível remover Ana.');
    expect(alert.textContent).toContain('Um espaço de trabalho sempre mantém pelo menos um proprietário');
    expect(alert.textContent).not.toContain('last owner');
  });

  it('lets an admin change admins and below, but not owners, and never offer the owner role', async () => {
    await open('admin', [member(ANA, 'Ana', 'admin'), member(BRUNO, 'Bruno', 'owner'), member(CARLA, 'Carla', 'viewer')]);
    expect(within(row('bruno@example.com')).queryByRole('combobox')).toBeNull();
    expect(within(row('bruno@example.com')).getByText('Owner')).toBeTruthy();
    expect(within(row('bruno@example.com')).queryByRole('button', { name: 'Remove Bruno' })).toBeNull();
    const options = within(within(row('carla@example.com')).getByRole('combobox', { name: 'Role of Carla' })).getAllByRole('option');
    expect(options.map((option) => option.getAttribute('value'))).toEqual(['admin', 'assessor', 'member', 'viewer']);
  });

  it('shows a viewer the list read-only: no role controls, no invitations, only leaving', async () => {
    const { requests } = await open('viewer', [member(ANA, 'Ana', 'viewer'), member(BRUNO, 'Bruno', 'owner')]);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Invite someone' })).toBeNull();
    expect(within(row('ana@example.com')).getByRole('button', { name: 'Leave' })).toBeTruthy();
    expect(within(row('bruno@example.com')).queryByRole('button')).toBeNull();
    expect(requests.some((r) => r.path.endsWith('/invitations'))).toBe(false);
  });
});

describe('MembersPage: removing', () => {
  it('asks before removing, and removes on confirmation', async () => {
    const { requests, user } = await open('owner', [member(ANA, 'Ana', 'owner'), member(BRUNO, 'Bruno', 'member')]);
    await user.click(within(row('bruno@example.com')).getByRole('button', { name: 'Remove Bruno' }));
    const question = within(row('bruno@example.com')).getByRole('group', { name: /^Remove Bruno from Acme Analytics\?/ });
    // Focus goes to the safe answer first.
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(requests).toContainEqual({ method: 'DELETE', path: `${W}/members/${BRUNO}`, body: null }));
    await waitFor(() => expect(document.querySelector('tr[data-member="bruno@example.com"]')).toBeNull());
  });

  it('cancels with Escape and gives the focus back to the button', async () => {
    const { requests, user } = await open('owner', [member(ANA, 'Ana', 'owner'), member(BRUNO, 'Bruno', 'member')]);
    await user.click(within(row('bruno@example.com')).getByRole('button', { name: 'Remove Bruno' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove Bruno');
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
  });
});

describe('MembersPage: invitations', () => {
  it('creates an invitation link with a role and a team, shows it once with a copy button, and lists it as pending', async () => {
    const { requests, user } = await open('owner', [member(ANA, 'Ana', 'owner')]);
    expect(await screen.findByText('No pending invitations.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'viewer');
    expect(screen.getByText('Reads every team’s results; cannot answer or change anything.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team (optional)' }), TEAM_ID);
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));

    await waitFor(() =>
      expect(requests).toContainEqual({ method: 'POST', path: `${W}/invitations`, body: { role: 'viewer', teamId: TEAM_ID, expiresInDays: 7 } }),
    );
    const link = await screen.findByRole('textbox', { name: 'Invitation link' });
    expect((link as HTMLInputElement).value).toBe(`${window.location.origin}/join/${TOKEN}`);
    expect(document.activeElement).toBe(link);
    expect(screen.getByText(/Invitation link for a new Viewer\. Copy it now: it is shown only once/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/join/${TOKEN}`);
    expect(await screen.findByText('Copied to the clipboard.')).toBeTruthy();

    const pending = await screen.findByRole('table', { name: 'Pending invitations' });
    expect(within(pending).getByText('Viewer')).toBeTruthy();
    expect(within(pending).getByText('Data platform')).toBeTruthy();
  });

  it('refuses a validity outside 1–30 days before asking the API', async () => {
    const { requests, user } = await open('owner', [member(ANA, 'Ana', 'owner')]);
    const days = screen.getByRole('spinbutton', { name: 'Valid for (days)' });
    await user.clear(days);
    await user.type(days, '45');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect(screen.getByText('Type a whole number of days from 1 to 30.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('revokes a pending invitation', async () => {
    const { requests, user } = await open('admin', [member(ANA, 'Ana', 'admin')], { invitations: [invitation()] });
    await user.click(await screen.findByRole('button', { name: /^Revoke the Viewer invitation of/ }));
    await waitFor(() => expect(requests).toContainEqual({ method: 'DELETE', path: `${W}/invitations/${INVITATION_ID}`, body: null }));
    expect(await screen.findByText('No pending invitations.')).toBeTruthy();
    expect(screen.getByText('Used, revoked and expired invitations (1)')).toBeTruthy();
  });

  it('shows a 403 from the API in words when the role turns out not to allow it', async () => {
    const { user } = await open('admin', [member(ANA, 'Ana', 'admin')], {
      refuse: (request) =>
        request.method === 'POST' && request.path === `${W}/invitations`
          ? error(403, 'forbidden', 'Your role (assessor) does not allow this (members.manage); ask an owner or admin.', 'role_forbidden')
          : null,
    });
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    const alert = await screen.findByRole('alert');
    // The reason (role_forbidden) is what the code's title says: once, in words, without the API's action id.
    expect(alert.textContent).toBe('Your role does not allow this.');
    expect(alert.textContent).not.toContain('members.manage');
    expect(screen.queryByRole('textbox', { name: 'Invitation link' })).toBeNull();
  });
});

describe('MembersPage: in Portuguese', () => {
  it('speaks pt-BR', async () => {
    api({ myRole: 'owner', members: [member(ANA, 'Ana', 'owner')] });
    renderWithProviders(<MembersPage workspaceId={WORKSPACE_ID} userId={ANA} />, { locale: 'pt-BR' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Membros' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Criar link de convite' })).toBeTruthy();
  });
});
