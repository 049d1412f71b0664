import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Action, Member, ResultDto, TeamResult, TeamTargetView } from '@assay/contracts';
import { aggregateTeam, amorim2023v2, targetProgress, type Answers } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, TEAM_ID, WORKSPACE_ID, teamResultFixture } from '../../test/fixtures.ts';
import { TargetSection } from './components/TargetSection.tsx';
import { ActionsSection } from './components/ActionsSection.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const W = `/api/v1/workspaces/${WORKSPACE_ID}`;
const T = `${W}/teams/${TEAM_ID}`;
const ANA = '00000000-0000-4000-8000-0000000000a1';
const BRUNO = '00000000-0000-4000-8000-0000000000b2';

/** A level-2 team: the business consumes models run locally; every practice manual. */
const LEVEL_2: Answers = { business_consumption: 'yes', model_runtime: 'local', deploys_models: 'no', ci_cd: 'manual', experiment_tracking: 'manual' };
const result = JSON.parse(JSON.stringify(aggregateTeam(amorim2023v2, [LEVEL_2]))) as ResultDto;
const teamResult: TeamResult = teamResultFixture(result, { title: 'Round 1' });

/** The view the API computes with the domain's rule, for a target of `level` by `dueDate`. */
function view(level: 2 | 3 | 4, dueDate: string, today: string, practices: Record<string, 'manual' | 'automated'> = {}): TeamTargetView {
  const progress = targetProgress(aggregateTeam(amorim2023v2, [LEVEL_2]), { level, dueDate, practices }, today);
  return {
    target: { teamId: TEAM_ID, level, practices, dueDate, setAt: NOW, setBy: { userId: ANA, name: 'Ana Lead' } },
    progress: JSON.parse(
      JSON.stringify({ ...progress, today, timeZone: 'America/Sao_Paulo', basedOn: { assessmentId: ASSESSMENT_ID, title: 'Round 1', closedAt: NOW, level: 2, levelMax: 2 } }),
    ),
  };
}

function action(overrides: Partial<Action>): Action {
  return {
    id: '00000000-0000-4000-8000-00000000ac01',
    teamId: TEAM_ID,
    assessmentId: ASSESSMENT_ID,
    title: 'Move models to production servers',
    target: { kind: 'gap', gapId: 'blocker:l3.production_runtime' },
    owner: { userId: BRUNO, name: 'Bruno' },
    dueDate: '2026-09-30',
    status: 'open',
    notes: '',
    overdue: false,
    closure: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

const closure = (outcome: 'closed' | 'open' | 'not_judged', extra: Partial<NonNullable<Action['closure']>> = {}): Action['closure'] => ({
  assessmentId: '00000000-0000-4000-8000-0000000000f2',
  title: 'Round 2',
  closedAt: NOW,
  outcome,
  because: null,
  doneButOpen: false,
  evidence: [],
  ...extra,
});

describe('TargetSection', () => {
  it('shows the target, the on-track state and what stands between the result and the target', async () => {
    mockFetch(({ method, path }) => (method === 'GET' && path === `${T}/target` ? json(200, view(3, '2026-05-20', '2026-05-01')) : json(404, {})));
    renderWithProviders(<TargetSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} timeZone="America/Sao_Paulo" />);
    expect(await screen.findByText('Level 3 by May 20, 2026')).toBeTruthy();
    expect(screen.getByText('At risk')).toBeTruthy();
    // 84 + 42 days of work (where models run, how they are served) against 20 days.
    expect(screen.getByText(/About 126 days of work left, but only 20 days to the due date/)).toBeTruthy();
    const steps = screen.getByRole('list');
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Level 3: .*production/i),
      expect.stringMatching(/^Level 3: /),
    ]);
    expect(screen.getByText(/America\/Sao_Paulo/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /target/i })).toBeNull();
  });

  it('lets a manager set a target with practice targets, and shows the state the API returns', async () => {
    let current: TeamTargetView = { target: null, progress: null };
    const requests = mockFetch(({ method, path, body }) => {
      if (path !== `${T}/target`) return json(404, {});
      if (method === 'PUT') {
        const b = body as { level: 4; dueDate: string; practices: Record<string, 'manual' | 'automated'> };
        current = view(b.level, b.dueDate, '2026-05-01', b.practices);
      }
      return json(200, current);
    });
    const user = userEvent.setup();
    renderWithProviders(<TargetSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage timeZone="UTC" />);
    await user.click(await screen.findByRole('button', { name: 'Set a target' }));
    await user.selectOptions(screen.getByLabelText('Target level'), '4');
    await user.type(screen.getByLabelText('Due date'), '2035-12-31');
    await user.click(screen.getByText('Own practice targets (optional)'));
    await user.selectOptions(screen.getByLabelText('Drift detection'), 'manual');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await waitFor(() =>
      expect(requests).toContainEqual({ method: 'PUT', path: `${T}/target`, body: { level: 4, dueDate: '2035-12-31', practices: { drift_detection: 'manual' } } }),
    );
    expect(await screen.findByText('Level 4 by Dec 31, 2035')).toBeTruthy();
    expect(screen.getByText('On track')).toBeTruthy();
    expect(screen.getByText(/Own practice targets: Drift detection → manual/)).toBeTruthy();
    // The team's own target for a practice nobody answered is a step to it.
    expect(screen.getAllByRole('listitem').some((li) => /Drift detection: now not answered, wanted manual/.test(li.textContent ?? ''))).toBe(true);
  });

  it('speaks Brazilian Portuguese', async () => {
    mockFetch(() => json(200, view(2, '2026-04-01', '2026-05-01')));
    renderWithProviders(<TargetSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} timeZone="UTC" />, { locale: 'pt-BR' });
    expect(await screen.findByText('Atingida')).toBeTruthy();
  });
});

function actionsApi(items: Action[], members: Member[] = []) {
  let list = items;
  return mockFetch(({ method, path, body }) => {
    const url = new URL(path, 'http://x');
    if (method === 'GET' && url.pathname === `${T}/actions`) {
      // Soonest due first for sort=due (as the server would sort), the list's own order otherwise.
      const items = url.searchParams.get('sort') === 'due' ? [...list].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id)) : list;
      return json(200, { items, nextCursor: null, total: list.length });
    }
    if (method === 'GET' && path === `${W}/assessments/${ASSESSMENT_ID}/result`) return json(200, teamResult);
    if (method === 'GET' && path === `${W}/members?limit=200`) return json(200, { items: members, nextCursor: null, total: members.length });
    if (method === 'PATCH') {
      list = list.map((a) => (path.endsWith(a.id) ? { ...a, ...(body as Partial<Action>) } : a));
      return json(200, list.find((a) => path.endsWith(a.id)));
    }
    if (method === 'POST' && path === `${T}/actions`) {
      const created = action({ id: '00000000-0000-4000-8000-00000000ac09', title: (body as { title: string }).title });
      list = [created, ...list];
      return json(201, created);
    }
    return json(404, { error: { code: 'not_found', message: 'no' }, requestId: 't' });
  });
}

describe('ActionsSection', () => {
  it('shows each action’s owner, due date, overdue state and what the next round said', async () => {
    actionsApi([
      action({ id: '00000000-0000-4000-8000-00000000ac01', title: 'Production servers', status: 'done', closure: closure('closed') }),
      action({ id: '00000000-0000-4000-8000-00000000ac02', title: 'Automate CI/CD', target: { kind: 'practice', practiceId: 'ci_cd', state: 'automated' }, status: 'done', closure: closure('open', { doneButOpen: true }) }),
      action({ id: '00000000-0000-4000-8000-00000000ac03', title: 'Version data', status: 'in_progress', closure: closure('not_judged', { because: 'not_answered' }) }),
      action({ id: '00000000-0000-4000-8000-00000000ac04', title: 'Track experiments', dueDate: '2026-01-31', overdue: true }),
    ]);
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} userId={null} latestAssessmentId={ASSESSMENT_ID} />);
    const row = async (title: string) => (await screen.findByRole('rowheader', { name: new RegExp(title) })).closest('tr') as HTMLElement;
    expect(within(await row('Production servers')).getByText('Gap closed')).toBeTruthy();
    expect(within(await row('Automate CI/CD')).getByText('Done, but the gap is still open')).toBeTruthy();
    expect(within(await row('Automate CI/CD')).getByText(/CI\/CD → automated/)).toBeTruthy();
    expect(within(await row('Version data')).getByText('Not judged: not answered')).toBeTruthy();
    const overdue = await row('Track experiments');
    expect(within(overdue).getByText('Overdue')).toBeTruthy();
    expect(within(overdue).getByText('Jan 31, 2026')).toBeTruthy();
    expect(within(overdue).getByText('Waiting for the next closed assessment')).toBeTruthy();
    expect(screen.getByText('4 actions')).toBeTruthy();
    // A reader changes nothing and is not offered a new action (they may sort).
    expect(screen.queryByRole('combobox', { name: /^Status of/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'New action' })).toBeNull();
  });

  it('lets the member who owns an action change its status, and only that one', async () => {
    const requests = actionsApi([
      action({ id: '00000000-0000-4000-8000-00000000ac01', title: 'Mine', owner: { userId: BRUNO, name: 'Bruno' } }),
      action({ id: '00000000-0000-4000-8000-00000000ac02', title: 'Not mine', owner: { userId: ANA, name: 'Ana Lead' } }),
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} userId={BRUNO} latestAssessmentId={ASSESSMENT_ID} />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status of “Mine”' }), 'done');
    await waitFor(() => expect(requests).toContainEqual({ method: 'PATCH', path: `${T}/actions/00000000-0000-4000-8000-00000000ac01`, body: { status: 'done' } }));
    expect(screen.queryByRole('combobox', { name: 'Status of “Not mine”' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('lets a manager turn a roadmap step of the latest result into an action with an owner and a due date', async () => {
    const requests = actionsApi([], [{ userId: BRUNO, name: 'Bruno', email: 'b@example.com', role: 'member', joinedAt: NOW, teamIds: [TEAM_ID] }]);
    const user = userEvent.setup();
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage userId={ANA} latestAssessmentId={ASSESSMENT_ID} />);
    const form = await screen.findByRole('form', { name: 'New action' });
    const pick = within(form).getByLabelText('Step or gap');
    // Every step of the result's roadmap and every gap is offered.
    expect(within(pick).getAllByRole('option')).toHaveLength(1 + result.roadmap.length + result.gaps.length);
    await user.selectOptions(pick, 'practice|ci_cd');
    expect((within(form).getByLabelText('Title') as HTMLInputElement).value).not.toBe('');
    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Automate CI/CD');
    await user.selectOptions(within(form).getByLabelText('Owner'), BRUNO);
    await user.type(within(form).getByLabelText('Due date'), '2026-09-30');
    await user.click(within(form).getByRole('button', { name: 'Create action' }));
    await waitFor(() =>
      expect(requests).toContainEqual({
        method: 'POST',
        path: `${T}/actions`,
        body: { assessmentId: ASSESSMENT_ID, target: { kind: 'practice', practiceId: 'ci_cd' }, title: 'Automate CI/CD', ownerId: BRUNO, dueDate: '2026-09-30', notes: '' },
      }),
    );
    expect(await screen.findByRole('rowheader', { name: /Automate CI\/CD/ })).toBeTruthy();
  });

  it('sorts on the server by the order chosen in a labelled select', async () => {
    const requests = actionsApi([
      action({ id: '00000000-0000-4000-8000-00000000ac01', title: 'Later', dueDate: '2026-12-01' }),
      action({ id: '00000000-0000-4000-8000-00000000ac02', title: 'Sooner', dueDate: '2026-06-01' }),
    ]);
    const user = userEvent.setup();
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} userId={null} latestAssessmentId={null} />);
    const titles = () => screen.getAllByRole('rowheader').map((cell) => cell.firstChild?.textContent);
    await waitFor(() => expect(titles()).toEqual(['Later', 'Sooner']));
    const sort = screen.getByRole('combobox', { name: 'Sort actions by' });
    expect(within(sort).getAllByRole('option').map((o) => o.textContent)).toEqual(['Newest first', 'Due date (soonest first)', 'Status (open first)']);
    await user.selectOptions(sort, 'due');
    await waitFor(() => expect(titles()).toEqual(['Sooner', 'Later']));
    expect(document.activeElement).toBe(sort);
    expect(requests.filter((r) => r.method === 'GET' && r.path.startsWith(`${T}/actions`)).map((r) => r.path)).toEqual([`${T}/actions?sort=created`, `${T}/actions?sort=due`]);
  });

  it('offers no sort for a single action', async () => {
    actionsApi([action({})]);
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} userId={null} latestAssessmentId={null} />);
    await screen.findByText('1 action');
    expect(screen.queryByRole('combobox', { name: 'Sort actions by' })).toBeNull();
  });

  it('speaks Brazilian Portuguese', async () => {
    actionsApi([action({ closure: closure('open', { doneButOpen: true }), status: 'done' })]);
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} userId={null} latestAssessmentId={null} />, { locale: 'pt-BR' });
    expect(await screen.findByText('Concluída, mas a lacuna continua aberta')).toBeTruthy();
    expect(screen.getByText('1 ação')).toBeTruthy();
  });

  it('names its sort in Brazilian Portuguese', async () => {
    actionsApi([action({}), action({ id: '00000000-0000-4000-8000-00000000ac02' })]);
    renderWithProviders(<ActionsSection workspaceId={WORKSPACE_ID} teamId={TEAM_ID} canManage={false} userId={null} latestAssessmentId={null} />, { locale: 'pt-BR' });
    const sort = await screen.findByRole('combobox', { name: 'Ordenar ações por' });
    expect(within(sort).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mais recentes primeiro', 'Prazo (mais próximo primeiro)', 'Status (abertas primeiro)']);
  });
});
