import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment, Role, RosterEntry } from '@assay/contracts';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, assessmentFixture, paths, WORKSPACE_ID } from '../../test/fixtures.ts';
import AssessmentPage from './AssessmentPage.tsx';
import { relativeTime } from './components/Roster.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const id = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

function entries(): RosterEntry[] {
  return [
    { kind: 'member', id: id(1), name: 'Marta Member', status: 'submitted', lastActivityAt: minutesAgo(5), counts: null, link: null },
    { kind: 'member', id: id(2), name: 'Nilo Member', status: 'not_started', lastActivityAt: null, counts: null, link: null },
    {
      kind: 'personal',
      id: id(3),
      name: 'ana@client.example',
      status: 'started',
      lastActivityAt: minutesAgo(120),
      counts: null,
      link: { createdAt: NOW, expiresAt: null, revokedAt: null },
    },
    { kind: 'shared', id: id(4), name: null, status: null, lastActivityAt: minutesAgo(1), counts: { started: 3, submitted: 1 }, link: { createdAt: NOW, expiresAt: null, revokedAt: null } },
  ];
}

/** The API of one assessment with a roster; personal links made and reissued change it as the API would. */
function api({ role = 'assessor', assessment = assessmentFixture() }: { role?: Role; assessment?: Assessment } = {}) {
  const roster = entries();
  let made = 0;
  const linkOf = (linkId: string, label: string) => ({
    id: linkId,
    assessmentId: ASSESSMENT_ID,
    kind: 'personal',
    label,
    createdAt: NOW,
    expiresAt: null,
    revokedAt: null,
    replacedById: null,
    responses: 0,
  });
  return mockFetch((request) => {
    if (request.method === 'GET' && request.path === `/api/v1/workspaces/${WORKSPACE_ID}`) {
      return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role, createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
    }
    if (request.method === 'GET' && request.path === paths.assessment) return json(200, assessment);
    if (request.method === 'GET' && request.path.startsWith(`${paths.assessment}/roster`)) return json(200, { items: roster, nextCursor: null, total: roster.length });
    if (request.method === 'GET' && request.path.startsWith(`${paths.assessment}/respondent-links`)) return json(200, { items: [], nextCursor: null, total: 0 });
    if (request.method === 'POST' && request.path === `${paths.assessment}/respondent-links`) {
      const body = request.body as { kind: string; label: string };
      made += 1;
      const link = linkOf(id(10 + made), body.label);
      roster.push({ kind: 'personal', id: link.id, name: body.label, status: 'not_started', lastActivityAt: null, counts: null, link: { createdAt: NOW, expiresAt: null, revokedAt: null } });
      return json(201, { link, token: `personal-token-${made}` });
    }
    const reissue = /\/respondent-links\/([0-9a-f-]+)\/reissue$/.exec(request.path);
    if (request.method === 'POST' && reissue) {
      const index = roster.findIndex((entry) => entry.id === reissue[1]);
      const old = roster[index]!;
      const link = linkOf(id(50), old.name!);
      roster[index] = { ...old, id: link.id };
      return json(201, { link, token: 'reissued-token' });
    }
    return json(404, { error: { code: 'not_found', message: `No route ${request.method} ${request.path}` }, requestId: 't' });
  });
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the roster section', () => {
  it('lists members, personal and shared links with status chips, counts and last activity; never answers', async () => {
    api();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const section = await screen.findByRole('region', { name: 'Roster and progress' });
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Marta Member Member',
      'Nilo Member Member',
      'ana@client.example Personal link',
      'Shared link without a label Shared link',
    ]);
    expect(within(rows[0]!).getByText('Submitted')).toBeTruthy();
    expect(within(rows[0]!).getByText('5 minutes ago')).toBeTruthy();
    expect(within(rows[1]!).getByText('Not started')).toBeTruthy();
    expect(within(rows[1]!).getByText('No activity yet')).toBeTruthy();
    expect(within(rows[2]!).getByText('Started')).toBeTruthy();
    expect(within(rows[2]!).getByText('2 hours ago')).toBeTruthy();
    expect(within(rows[3]!).getByText('3 started, 1 submitted')).toBeTruthy();
    // Only a personal link is reissued; members and shared links have no such button.
    expect(within(section).getAllByRole('button', { name: /^Reissue link for / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Reissue link for ana@client.example',
    ]);
  });

  it('creates a personal link with a label, shows it once with a copy button, and empties the form', async () => {
    const requests = api();
    const user = userEvent.setup();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const section = await screen.findByRole('region', { name: 'Roster and progress' });
    const create = within(section).getByRole('button', { name: 'Create a personal link' });
    const label = within(section).getByLabelText('Name or email');
    expect(label.getAttribute('maxlength')).toBe('200');
    // Only spaces: refused in the page with a reason, nothing sent.
    await user.type(label, '   ');
    await user.click(create);
    expect(within(section).getByText('Write the name or email of the person the link is for.')).toBeTruthy();
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await user.clear(label);
    await user.type(label, '  bruno@client.example ');
    expect(within(section).queryByText('Write the name or email of the person the link is for.')).toBeNull();
    await user.click(create);
    const shown = await within(section).findByLabelText('Personal link for bruno@client.example');
    expect((shown as HTMLInputElement).value).toBe(`${window.location.origin}/respond/personal-token-1`);
    expect(within(section).getByText('Personal link for bruno@client.example. Copy it now: it is shown only once.')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect((within(section).getByLabelText('Name or email') as HTMLInputElement).value).toBe('');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ kind: 'personal', label: 'bruno@client.example' });
    expect(await within(section).findByRole('rowheader', { name: /^bruno@client\.example/ })).toBeTruthy();
  });

  it('reissues a personal link after asking in the page, and shows the new link once', async () => {
    const requests = api();
    const user = userEvent.setup();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const section = await screen.findByRole('region', { name: 'Roster and progress' });
    await user.click(within(section).getByRole('button', { name: 'Reissue link for ana@client.example' }));
    const question = within(section).getByRole('group', { name: /^Send ana@client\.example a new link\?/ });
    expect(requests.some((r) => r.path.endsWith('/reissue'))).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Reissue the link' }));
    const shown = await within(section).findByLabelText('Personal link for ana@client.example');
    expect((shown as HTMLInputElement).value).toBe(`${window.location.origin}/respond/reissued-token`);
    expect(within(section).getByText(/^New link for ana@client\.example: the previous one no longer works/)).toBeTruthy();
    expect(requests.filter((r) => r.path.endsWith(`/respondent-links/${id(3)}/reissue`))).toHaveLength(1);
  });

  it('reads in Portuguese, and a closed assessment shows the roster without issuing links', async () => {
    api({ assessment: assessmentFixture({ status: 'closed', closedAt: NOW }) });
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />, { locale: 'pt-BR' });
    const section = await screen.findByRole('region', { name: 'Participantes e andamento' });
    expect(within(section).getByText('Enviada')).toBeTruthy();
    expect(within(section).getByText('Não iniciada')).toBeTruthy();
    expect(within(section).getByText('3 iniciadas, 1 enviada')).toBeTruthy();
    expect(within(section).getByText('há 5 minutos')).toBeTruthy();
    expect(within(section).getByText('A avaliação não está aberta: links pessoais não podem ser criados nem reemitidos.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: /Reemitir/ })).toBeNull();
    expect(within(section).queryByLabelText('Nome ou e-mail')).toBeNull();
  });

  it('is not shown to members and viewers', async () => {
    for (const role of ['member', 'viewer'] as const) {
      const requests = api({ role });
      const { unmount } = renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
      await screen.findByRole('heading', { level: 1 });
      await waitFor(() => expect(requests.length).toBeGreaterThanOrEqual(2));
      expect(screen.queryByRole('region', { name: 'Roster and progress' })).toBeNull();
      expect(requests.some((r) => r.path.includes('/roster'))).toBe(false);
      unmount();
    }
  });
});

describe('relativeTime', () => {
  const now = Date.parse(NOW);
  it('says how long ago in the reader’s language, and a date past a month', () => {
    expect(relativeTime(new Date(now - 30_000).toISOString(), 'en', now)).toBe('30 seconds ago');
    expect(relativeTime(new Date(now - 86_400_000).toISOString(), 'en', now)).toBe('yesterday');
    expect(relativeTime(new Date(now - 86_400_000).toISOString(), 'pt-BR', now)).toBe('ontem');
    expect(relativeTime(new Date(now - 3 * 3_600_000).toISOString(), 'pt-BR', now)).toBe('há 3 horas');
    expect(relativeTime('2026-01-02T12:00:00.000Z', 'en', now)).toBe('Jan 2, 2026');
  });
});
