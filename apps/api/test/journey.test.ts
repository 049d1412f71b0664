// The whole path once, end to end: the capabilities each later file tests in depth.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LEVEL_3 } from './fixtures.ts';
import { call, createTestApp, createWorkspace, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

it('a lead signs up, sets up a team, answers, submits, closes and reads level 3 with next steps', async () => {
  const lead = await signUp(t.app, 'Lead');
  const ws = await createWorkspace(t.app, lead, 'Acme', 1);
  const team = await call(t.app, lead, 'POST', `/api/v1/workspaces/${ws}/teams`, { name: 'Data Science' });
  expect(team.statusCode).toBe(201);
  const teamId = team.json().id;

  const created = await call(t.app, lead, 'POST', `/api/v1/workspaces/${ws}/teams/${teamId}/assessments`, { title: 'Q2 review' });
  expect(created.statusCode).toBe(201);
  expect(created.json()).toMatchObject({ status: 'draft', questionnaireId: 'amorim-2023@2', title: 'Q2 review' });
  const assessmentId = created.json().id;
  const base = `/api/v1/workspaces/${ws}/assessments/${assessmentId}`;
  expect((await call(t.app, lead, 'POST', `${base}/open`)).json().status).toBe('open');

  const started = await call(t.app, lead, 'POST', `${base}/responses`);
  expect(started.statusCode).toBe(201);
  const responseId = started.json().id;
  const entries = Object.entries(LEVEL_3);
  const half = Math.floor(entries.length / 2);
  const first = await call(t.app, lead, 'PATCH', `${base}/responses/${responseId}`, { answers: Object.fromEntries(entries.slice(0, half)) });
  expect(first.statusCode).toBe(200);
  expect(first.json().revision).toBe(1);
  // Resume: the whole response comes back from GET.
  const resumed = await call(t.app, lead, 'GET', `${base}/responses/${responseId}`);
  expect(Object.keys(resumed.json().answers)).toHaveLength(half);
  await call(t.app, lead, 'PATCH', `${base}/responses/${responseId}`, { answers: Object.fromEntries(entries.slice(half)) });

  const submitted = await call(t.app, lead, 'POST', `${base}/responses/${responseId}/submit`);
  expect(submitted.statusCode).toBe(200);
  expect(submitted.json().result.result.level).toBe(3);

  const closed = await call(t.app, lead, 'POST', `${base}/close`);
  expect(closed.json()).toMatchObject({ status: 'closed', level: 3 });
  const result = await call(t.app, lead, 'GET', `${base}/result`);
  expect(result.statusCode).toBe(200);
  const body = result.json();
  expect(body.result.level).toBe(3);
  expect(body.result.nextSteps[0].level).toBe(4);
  expect(body.result.nextSteps[0].unmetGates.map((g: { id: string }) => g.id)).toEqual(
    expect.arrayContaining(['l4.automated_deployment', 'l4.automated_monitoring', 'l4.automated_retraining']),
  );
  expect(body.result.benchmark.length).toBeGreaterThan(0);

  const teams = await call(t.app, lead, 'GET', `/api/v1/workspaces/${ws}/teams`);
  expect(teams.json().items[0].latest).toMatchObject({ assessmentId, level: 3 });
});
