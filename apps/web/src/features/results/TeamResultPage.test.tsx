import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LegacyResultSchema, ROLES, type Role, type TeamResult } from '@assay/contracts';
import { aggregateTeam, amorim2023v1, amorim2023v2, type Answers } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, TEAM_ID, WORKSPACE_ID, asEngine1Result, paths, teamResultFixture } from '../../test/fixtures.ts';
import TeamResultPage from './TeamResultPage.tsx';
import { workspaceQuery } from '../workspaces/queries.ts';

const W = `/api/v1/workspaces/${WORKSPACE_ID}`;
const NOW = '2026-05-01T09:30:00.000Z';

/** Two respondents of an @1 assessment closed under engine 1: the stored result, and what engine 2 makes of the same answers. */
const RESPONSES: Answers[] = [
  { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'], deployment: 'manual' },
  { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api', 'batch'], deployment: 'absent' },
];
const current = JSON.parse(JSON.stringify(aggregateTeam(amorim2023v1, RESPONSES))) as TeamResult['result'];
const stored = LegacyResultSchema.parse(asEngine1Result(current as unknown as Record<string, unknown>, '1.0.0'));

const teamResult = (result: TeamResult['result'], recomputed: TeamResult['recomputed'] = null): TeamResult => teamResultFixture(result, { recomputed });

function api(role: Role, first: TeamResult = teamResult(stored)) {
  let served = first;
  const requests = mockFetch((request) => {
    const { method, path } = request;
    if (method === 'GET' && path === W) return json(200, { id: WORKSPACE_ID, name: 'Acme Analytics', role, createdAt: NOW, anonymityThreshold: 1, anonymityChange: null, timeZone: 'UTC', clientBenchmark: false });
    if (method === 'GET' && path === `${paths.assessment}/result`) return json(200, served);
    if (method === 'GET' && path === `${W}/teams/${TEAM_ID}`) {
      return json(200, { id: TEAM_ID, workspaceId: WORKSPACE_ID, name: 'Data Science', archived: false, createdAt: NOW, latest: null, previousLevel: null, trend: null });
    }
    if (method === 'GET' && path.startsWith(`${paths.assessment}/result/report?`)) {
      return new Response(new Uint8Array([37, 80, 68, 70, 45]), { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="assay-report.pdf"' } });
    }
    if (method === 'GET' && path === `${W}/client-benchmark`) return json(200, { status: 'not_enough', minimum: 5 });
    if (method === 'POST' && path === `${paths.assessment}/result/recompute`) {
      if (role !== 'owner' && role !== 'admin') return json(403, { error: { code: 'forbidden', message: 'Owners and admins only.' }, requestId: 't' });
      served = teamResult(current, { at: '2026-06-02T08:00:00.000Z', byUserId: '00000000-0000-4000-8000-0000000000a1', byName: 'Ana Lead', previousEngineVersion: '1.0.0' });
      return json(200, served);
    }
    return json(404, { error: { code: 'not_found', message: `No route ${method} ${path}` }, requestId: 't' });
  });
  return requests;
}

async function open(role: Role, locale: 'en' | 'pt-BR' = 'en', first?: TeamResult) {
  const requests = api(role, first);
  const { queryClient } = renderWithProviders(<TeamResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />, { locale });
  await screen.findByRole('heading', { level: 1 });
  // The role has arrived: whatever the page hides for it is hidden from now on.
  await waitFor(() => expect(queryClient.getQueryData(workspaceQuery(WORKSPACE_ID).queryKey)).toBeDefined());
  // Once the first screen has painted, the detail after the next steps (a lazy chunk) replaces its placeholder.
  if (document.querySelector('[aria-labelledby="level-heading"]')) {
    await waitFor(() => expect(document.querySelector('.result-details-loading')).toBeNull(), { timeout: 15_000 });
  }
  return requests;
}

// A whole result page renders hundreds of elements in jsdom: slow on a loaded machine, not a speed claim.
describe('TeamResultPage: an engine-1 result', { timeout: 20_000 }, () => {
  it.each(ROLES.filter((role) => role !== 'owner' && role !== 'admin'))('shows it as stored, with the note and no recompute button, to a %s', async (role) => {
    await open(role);
    const note = screen.getByTestId('legacy-note');
    expect(note.textContent).toContain('computed by scoring engine 1.0.0');
    expect(note.textContent).toContain('An owner or admin can recompute it');
    expect(screen.queryByRole('button', { name: 'Recompute with the current engine' })).toBeNull();
    expect(screen.getByText('Level 3', { selector: '.level' })).toBeTruthy();
  });

  it.each(['owner', 'admin'] as const)('lets a %s recompute it after confirming in the page, then says when, by whom and what it replaced', async (role) => {
    const requests = await open(role);
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Recompute with the current engine' });
    expect(screen.queryByRole('heading', { name: 'Roadmap' })).toBeNull();
    await user.click(button);
    const question = screen.getByRole('group', { name: /Recompute this team result with the current scoring engine\? The result of engine 1\.0\.0 is replaced/ });
    // Asking sends nothing; cancelling neither.
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Recompute' }));
    await screen.findByTestId('recomputed');
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([`${paths.assessment}/result/recompute`]);
    expect(screen.getByTestId('recomputed').textContent).toMatch(/^Recomputed on .*2026 by Ana Lead, replacing engine 1\.0\.0\.$/);
    expect(screen.queryByTestId('legacy-note')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Roadmap' })).toBeTruthy();
  });

  it('shows the API’s refusal in words when the recompute fails', async () => {
    await open('owner');
    const user = userEvent.setup();
    mockFetch((request) =>
      request.method === 'POST'
        ? json(409, { error: { code: 'conflict', message: 'The assessment is not closed.' }, requestId: 't' })
        : request.path === `${W}/client-benchmark`
          ? json(200, { status: 'not_enough', minimum: 5 })
          : json(404, { error: { code: 'not_found', message: 'no route' }, requestId: 't' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Recompute with the current engine' }));
    await user.click(screen.getByRole('button', { name: 'Recompute' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByTestId('legacy-note')).toBeTruthy();
  });

  it('speaks Portuguese', async () => {
    await open('owner', 'pt-BR');
    expect(screen.getByTestId('legacy-note').textContent).toContain('calculado pelo motor de pontuação 1.0.0');
    expect(await screen.findByRole('button', { name: 'Recalcular com o motor atual' })).toBeTruthy();
  });
});

// A whole result page renders hundreds of elements in jsdom: slow on a loaded machine, not a speed claim.
describe('TeamResultPage: an engine-2 result', { timeout: 20_000 }, () => {
  const base: Answers = { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'], self_declared_level: 'level_2', education: 'master' };
  const team = JSON.parse(
    JSON.stringify(
      aggregateTeam(amorim2023v2, [
        { ...base, retraining: 'automated', model_monitoring: 'absent' },
        { ...base, retraining: 'manual', model_monitoring: 'manual', model_runtime: 'on_premises', education: 'bachelor' },
        { ...base, retraining: 'automated', model_monitoring: 'absent' },
      ]),
    ),
  ) as TeamResult['result'];

  it('has no engine note or recompute button, says how many respondents show an inconsistency, and marks what each disagreement decides', async () => {
    await open('owner', 'en', teamResult(team));
    expect(screen.queryByTestId('legacy-note')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Recompute with the current engine' })).toBeNull();
    const gap = document.querySelector('[data-gap="inconsistency:retraining_without_monitoring"]');
    expect(gap?.querySelector('[data-respondents]')?.textContent).toBe('2 of 3 respondents');
    const groups = [...document.querySelectorAll('section[aria-labelledby="disagreements-heading"] li[data-group]')].map((li) => li.getAttribute('data-group'));
    expect(groups).toEqual(['gate', 'gate', 'gate', 'profile']);
    expect(document.querySelector('li[data-group="gate"]')?.textContent).toContain('decides the level');
  });

  it('opens every roadmap step for printing', async () => {
    await open('viewer', 'en', teamResult(team));
    const steps = [...document.querySelectorAll<HTMLDetailsElement>('section[aria-labelledby="roadmap-heading"] details')];
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((details) => !details.open)).toBe(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(steps.every((details) => details.open)).toBe(true);
  });
});

describe('TeamResultPage: the PDF report and print', { timeout: 20_000 }, () => {
  it.each([
    ['en', 'Download PDF report', 'Client: Acme Analytics · Team: Data Science'],
    ['pt-BR', 'Baixar relatório em PDF', 'Cliente: Acme Analytics · Time: Data Science'],
  ] as const)('in %s: names client and team (printed too), leaves the back link off paper, downloads the report in the reader’s language', async (locale, name, context) => {
    const requests = await open('viewer', locale);
    await waitFor(() => expect(screen.getByTestId('result-context').textContent).toBe(context));
    expect(screen.getByTestId('result-context').closest('.no-print')).toBeNull();
    const back = screen.getByRole('link', { name: locale === 'en' ? 'Back to the team' : 'Voltar ao time' });
    expect(back.closest('.no-print')).not.toBeNull();
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(requests.filter((r) => r.path.includes('/result/report')).map((r) => r.path)).toEqual([`${paths.assessment}/result/report?lang=${encodeURIComponent(locale)}`]);
    click.mockRestore();
  });

  it('says so when the report cannot be downloaded', async () => {
    await open('viewer');
    mockFetch(() => json(409, { error: { code: 'conflict', reason: 'result_withheld', message: 'Not enough responses.' }, requestId: 't' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download PDF report' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
