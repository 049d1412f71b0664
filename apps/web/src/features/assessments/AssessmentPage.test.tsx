import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@assay/contracts';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, assessmentFixture, paths, TEAM_ID, WORKSPACE_ID } from '../../test/fixtures.ts';
import AssessmentPage from './AssessmentPage.tsx';

const NOW = '2026-05-01T09:30:00.000Z';

function api(role: Role, onDelete: () => Response) {
  return mockFetch((request) => {
    if (request.method === 'GET' && request.path === `/api/v1/workspaces/${WORKSPACE_ID}`) {
      return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role, createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
    }
    if (request.method === 'GET' && request.path === paths.assessment) {
      return json(200, assessmentFixture({ status: 'draft', openedAt: null, responseCounts: { inProgress: 0, submitted: 0 }, myResponseId: null }));
    }
    if (request.method === 'DELETE' && request.path === paths.assessment) return onDelete();
    return json(404, { error: { code: 'not_found', message: `No route ${request.method} ${request.path}` }, requestId: 't' });
  });
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('AssessmentPage: deleting a draft', () => {
  it('deletes after confirmation and goes back to the team', async () => {
    window.history.replaceState(null, '', `/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}`);
    const requests = api('assessor', () => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    await user.click(await screen.findByRole('button', { name: 'Delete draft' }));
    const question = screen.getByRole('group', { name: /^Delete the draft “Assessment 2026-05-01”\?/ });
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Delete the draft' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/workspaces/${WORKSPACE_ID}/teams/${TEAM_ID}`));
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('shows the API’s refusal in words and stays', async () => {
    api('owner', () => json(409, { error: { code: 'conflict', reason: 'draft_only', message: 'Only a draft can be deleted; this one is open.' }, requestId: 't' }));
    const user = userEvent.setup();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    await user.click(await screen.findByRole('button', { name: 'Delete draft' }));
    await user.click(screen.getByRole('button', { name: 'Delete the draft' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This cannot be done in the current state.');
    expect(alert.textContent).toContain('Only a draft can be opened or deleted; this assessment may have changed meanwhile. Reload the page.');
    expect(alert.textContent).not.toContain('this one is open');
  });

  it('offers no deletion to a member or a viewer', async () => {
    for (const role of ['member', 'viewer'] as const) {
      api(role, () => new Response(null, { status: 204 }));
      const { unmount } = renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
      await screen.findByRole('heading', { level: 1 });
      expect(screen.queryByRole('button', { name: 'Delete draft' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Open for answers' })).toBeNull();
      unmount();
    }
  });
});

describe('AssessmentPage: closing and links', () => {
  const open = assessmentFixture({ responseCounts: { inProgress: 0, submitted: 1 } });
  function openApi() {
    const links: unknown[] = [];
    let made = 0;
    return mockFetch(async (request) => {
      if (request.method === 'GET' && request.path === `/api/v1/workspaces/${WORKSPACE_ID}`) {
        return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role: 'assessor', createdAt: NOW, anonymityThreshold: 3, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
      }
      if (request.method === 'GET' && request.path === paths.assessment) return json(200, open);
      if (request.method === 'POST' && request.path === `${paths.assessment}/close`) return json(200, { ...open, status: 'closed', closedAt: NOW });
      if (request.method === 'GET' && request.path === `${paths.assessment}/respondent-links`) return json(200, { items: links, nextCursor: null, total: links.length });
      if (request.method === 'GET' && request.path === `${paths.assessment}/roster`) return json(200, { items: [], nextCursor: null, total: 0 });
      if (request.method === 'POST' && request.path === `${paths.assessment}/respondent-links`) {
        made += 1;
        const link = { id: `00000000-0000-4000-8000-00000000010${made}`, assessmentId: ASSESSMENT_ID, kind: 'shared', label: (request.body as { label?: string }).label ?? null, createdAt: NOW, expiresAt: null, revokedAt: null, replacedById: null, responses: 0 };
        links.push(link);
        return json(201, { link, token: `token-${made}` });
      }
      return json(404, { error: { code: 'not_found', message: `No route ${request.method} ${request.path}` }, requestId: 't' });
    });
  }

  it('asks in the page before closing, with the count in words, and closes only on yes', async () => {
    window.history.replaceState(null, '', `/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}`);
    const requests = openApi();
    const user = userEvent.setup();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    expect(await screen.findByText('Responses: 1 submitted, 0 in progress.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close and compute the team result' }));
    const question = screen.getByRole('group', { name: /will use the one submitted response/ });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.path.endsWith('/close'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Close and compute the team result' }));
    await user.click(screen.getByRole('button', { name: 'Close it' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}/result`));
    expect(requests.filter((r) => r.path.endsWith('/close'))).toHaveLength(1);
  });

  it('empties the link form once a link is made, ready for the next one', async () => {
    openApi();
    const user = userEvent.setup();
    renderWithProviders(<AssessmentPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const label = await screen.findByLabelText('Who the link is for');
    await user.type(label, 'Finance team');
    await user.click(screen.getByRole('button', { name: 'Create a link' }));
    await screen.findByText('Here is the link. Copy it now: it is shown only once.');
    expect((screen.getByLabelText('Who the link is for') as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('cell', { name: 'Finance team' })).toBeTruthy();
  });
});
