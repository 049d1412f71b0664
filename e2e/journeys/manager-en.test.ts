import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getPractice, type Answer } from '@assay/domain';
import { checkWidths as checkPageWidths, launchBrowser, newContext } from '../support/browser.ts';
import { completeAnswers, type AnswerPlan } from '../support/questionnaire.ts';
import { httpApi, type Account } from '../support/api.ts';

/**
 * Journey 3, in English: a manager whose team was assessed at level 2 sets it a target (level 3,
 * with a due date) on the team page, turns two roadmap steps into actions with owners (two
 * workspace members), and after a second round in which one of those practices reached its target
 * reads on the team page which action closed its gap and which did not, marks the one that worked
 * done, and finds the team's progress on the workspace dashboard. The people, workspace, team and
 * the answering of each round are seeded through the HTTP API; the manager's own acts go through
 * the browser.
 */
const baseUrl = inject('baseUrl');
const password = 'correct horse battery staple';

/** A level-2 team (paper 5.1: the business consumes the models, run locally, nothing monitored or automated). */
const LEVEL_2_TEAM: AnswerPlan = {
  self_declared_level: 'level_2',
  deploys_models: 'no',
  business_consumption: 'yes',
  model_runtime: 'local',
  experiment_tracking: 'manual',
  dataset_versioning: 'absent',
  model_registry: 'absent',
  training_pipeline: 'manual',
  ci_cd: 'absent',
};
/** The two roadmap steps the manager turns into actions; the second round closes the first only. */
const CLOSES = 'dataset_versioning';
const STAYS_OPEN = 'model_registry';
const wanted = (practiceId: string): Answer => {
  const practice = getPractice(practiceId as never);
  if (!practice) throw new Error(`no practice ${practiceId}`);
  return practice.target.state;
};

/** A date `days` from today, as a calendar day (the workspace's time zone is UTC by default). */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const { api, signUp: signUpWith } = httpApi(baseUrl);
const signUp = (name: string): Promise<Account> => signUpWith(name, password);

/** Invites a new person into the workspace with a role on the team, through the invitation flow. */
async function addMember(manager: Account, workspaceId: string, teamId: string, name: string): Promise<Account> {
  const invitation = await api<{ token: string }>('POST', `/workspaces/${workspaceId}/invitations`, manager.token, { role: 'member', teamId });
  const person = await signUp(name);
  await api('POST', '/invitations/accept', person.token, { token: invitation.token });
  return person;
}

/** One assessment round: opened, answered by the manager, closed (k = 1 in this workspace). */
async function round(manager: Account, workspaceId: string, teamId: string, title: string, answers: Record<string, Answer>): Promise<string> {
  const { id } = await api<{ id: string }>('POST', `/workspaces/${workspaceId}/teams/${teamId}/assessments`, manager.token, { title });
  const base = `/workspaces/${workspaceId}/assessments/${id}`;
  await api('POST', `${base}/open`, manager.token);
  const response = await api<{ id: string }>('POST', `${base}/responses`, manager.token);
  await api('PATCH', `${base}/responses/${response.id}`, manager.token, { answers });
  await api('POST', `${base}/responses/${response.id}/submit`, manager.token);
  await api('POST', `${base}/close`, manager.token);
  return id;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let manager: Account;
let workspaceId = '';
let teamId = '';

beforeAll(async () => {
  manager = await signUp('Maria Manager');
  ({ id: workspaceId } = await api<{ id: string }>('POST', '/workspaces', manager.token, { name: 'Northwind Models' }));
  // One respondent per round here: a team result from one response (k = 1, attributed), as the lead journey sets it.
  await api('PATCH', `/workspaces/${workspaceId}`, manager.token, { anonymityThreshold: 1 });
  ({ id: teamId } = await api<{ id: string }>('POST', `/workspaces/${workspaceId}/teams`, manager.token, { name: 'Credit risk' }));
  await addMember(manager, workspaceId, teamId, 'Priya Platform');
  await addMember(manager, workspaceId, teamId, 'Sam Scientist');
  await round(manager, workspaceId, teamId, 'Spring review', completeAnswers(LEVEL_2_TEAM));

  browser = await launchBrowser();
  context = await newContext(browser, baseUrl, 'en-US', { width: 1280, height: 900 });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });
/** The team's row in the dashboard's table of teams (its first cell is the "Compare" checkbox). */
const teamRow = () => page.getByRole('table', { name: 'Teams', exact: true }).getByRole('row', { name: /Credit risk/ });
const actionsSection = () => page.getByRole('region', { name: 'Actions' });
const actionRow = (title: string) => actionsSection().getByRole('row', { name: new RegExp(`^${title}`) });

const checkWidths = (name: string): Promise<void> => checkPageWidths(page, `manager-${name}`);

describe('a manager sets a target, turns roadmap steps into actions, and sees which one worked (en)', () => {
  it('signs in and opens the level-2 team from the dashboard', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(manager.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Workspaces').waitFor();
    await page.getByRole('link', { name: 'Northwind Models' }).click();
    await heading('Northwind Models').waitFor();
    const row = teamRow();
    await row.getByText('Level 2', { exact: true }).waitFor();
    expect(await row.getByText('No target', { exact: true }).count()).toBe(1);
    await row.getByRole('link', { name: 'Credit risk' }).click();
    await heading('Credit risk').waitFor();
  });

  it('sets the target: level 3 by a date, and reads the steps between the team and it', async () => {
    const target = page.getByRole('region', { name: 'Target' });
    await target.getByText(/^No target yet/).waitFor();
    await target.getByRole('button', { name: 'Set a target' }).click();
    const form = target.getByRole('form', { name: 'The team’s target' });
    await form.getByLabel('Target level').selectOption({ label: 'Level 3' });
    await form.getByLabel('Due date').fill(inDays(730));
    // Level 3 alone asks for production in the cloud; the manager also wants the two practices
    // the team will work on raised to their target states (this team's own practice targets).
    await form.getByText('Own practice targets (optional)').click();
    for (const practiceId of [CLOSES, STAYS_OPEN]) {
      await form.getByLabel(getPractice(practiceId as never)!.title.en, { exact: true }).selectOption(String(wanted(practiceId)));
    }
    await form.getByRole('button', { name: 'Save target' }).click();
    await target.getByText(/^Level 3 by /).waitFor();
    await target.getByText(/Set by Maria Manager on /).waitFor();
    const own = (await target.getByText(/^Own practice targets: /).textContent()) ?? '';
    expect(own).toContain('Dataset versioning → automated');
    expect(own).toContain('Model registry → automated');
    await heading('What stands between the latest result and the target', 3).waitFor();
    // The steps it lists include the two the manager is about to act on.
    for (const practiceId of [CLOSES, STAYS_OPEN]) {
      const title = getPractice(practiceId as never)!.title.en;
      await target.getByRole('listitem').filter({ hasText: new RegExp(`^${title}: now absent, wanted ${String(wanted(practiceId))}`) }).waitFor();
    }
    expect(await target.getByText(/^(On track|At risk)$/).count()).toBe(1);
  });

  it('turns two roadmap steps into actions, each with an owner and a due date', async () => {
    const section = actionsSection();
    await section.getByText('No actions yet.').waitFor();
    const plans = [
      { practiceId: CLOSES, title: 'Version the training datasets', owner: 'Priya Platform' },
      { practiceId: STAYS_OPEN, title: 'Set up a model registry', owner: 'Sam Scientist' },
    ];
    for (const [index, plan] of plans.entries()) {
      const form = section.getByRole('form', { name: 'New action' });
      await form.getByLabel('Step or gap').selectOption({ value: `practice|${plan.practiceId}` });
      // Choosing a step proposes its action as the title; the manager writes their own.
      expect(await form.getByLabel('Title').inputValue()).not.toBe('');
      await form.getByLabel('Title').fill(plan.title);
      await form.getByLabel('Owner').selectOption({ label: plan.owner });
      await form.getByLabel('Due date').fill(inDays(90));
      await form.getByRole('button', { name: 'Create action' }).click();
      await actionRow(plan.title).waitFor();
      await section.getByText(index === 0 ? '1 action' : '2 actions', { exact: true }).waitFor();
    }
    for (const plan of plans) {
      const row = actionRow(plan.title);
      expect(await row.getByRole('cell', { name: plan.owner }).count()).toBe(1);
      await row.getByText('Waiting for the next closed assessment').waitFor();
      expect(await row.getByLabel(`Status of “${plan.title}”`).inputValue()).toBe('open');
    }
    await checkWidths('team-actions');
  });

  it('after a second round, the team page says which action closed its gap and which did not', async () => {
    await round(manager, workspaceId, teamId, 'Autumn review', completeAnswers({ ...LEVEL_2_TEAM, [CLOSES]: wanted(CLOSES) }));
    await page.reload();
    await heading('Credit risk').waitFor();
    const worked = actionRow('Version the training datasets');
    await worked.getByText('Gap closed', { exact: true }).waitFor();
    await worked.getByText('in “Autumn review”', { exact: true }).waitFor();
    const open = actionRow('Set up a model registry');
    await open.getByText('Gap still open', { exact: true }).waitFor();
    // What changed between the rounds: the same level, and the gap the first action worked on closed.
    const history = page.getByRole('region', { name: 'Levels over time' });
    await history.getByText('The level stayed at 2.', { exact: true }).waitFor();
    await history.getByRole('listitem').filter({ hasText: /Dataset versioning$/ }).waitFor();
    expect(await worked.getByText('Gap still open').count()).toBe(0);
    // The target is now judged on the second round: the closed step is no longer in its way.
    const target = page.getByRole('region', { name: 'Target' });
    const registry = getPractice(STAYS_OPEN as never)!.title.en;
    const versioning = getPractice(CLOSES as never)!.title.en;
    await target.getByRole('listitem').filter({ hasText: new RegExp(`^${registry}: now absent`) }).waitFor();
    expect(await target.getByRole('listitem').filter({ hasText: new RegExp(`^${versioning}: `) }).count()).toBe(0);

    // The manager marks the action that worked done.
    await worked.getByLabel('Status of “Version the training datasets”').selectOption({ label: 'Done' });
    // Saved, and read back from the API (the list is fetched again after the change).
    await expect.poll(() => actionRow('Version the training datasets').getByLabel(/^Status of/).inputValue(), { timeout: 15_000 }).toBe('done');
    await checkWidths('team-after-round-2');
  });

  it('reads the team’s progress on the workspace dashboard: two rounds, the target’s state, one action still open', async () => {
    await page.getByRole('link', { name: 'Northwind Models' }).first().click();
    await heading('Northwind Models').waitFor();
    const row = teamRow();
    await row.getByRole('img', { name: /^Levels of the last 2 closed assessments, oldest first: / }).waitFor();
    await row.getByText(/^Level 3 by /).waitFor();
    expect(await row.getByText(/^(On track|At risk)$/).count()).toBe(1);
    await row.getByText('1 open, 0 overdue', { exact: true }).waitFor();
    await row.getByText(/, 1 respondent$/).waitFor();
    await checkWidths('dashboard');
  });
});
