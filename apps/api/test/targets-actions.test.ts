// Team targets and actions through HTTP: roles, tenancy, validation, the on-track state in the
// workspace's time zone, and whether an action's gap closed after a second round.
import { ActionPageSchema, ActionSchema, TeamTargetViewSchema } from '@assay/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

/** Paper 5.1, level 2: the business consumes models that run locally; every practice manual. */
const LEVEL_2 = completeAnswers({ deploys_models: 'no', business_consumption: 'yes', model_runtime: 'local', self_declared_level: 'level_2' });
/** The second round: models now run in the cloud, served by API; data versioning unknown. */
const ROUND_2 = completeAnswers({
  deploys_models: 'yes',
  business_consumption: 'yes',
  model_runtime: 'cloud',
  model_consumption: ['api'],
  self_declared_level: 'level_3',
  dataset_versioning: 'dont_know',
});

let t: TestApp;
let owner: Session;
let admin: Session;
let assessor: Session;
let member: Session;
let otherMember: Session;
let viewer: Session;
let ws: string;
let teamId: string;
let otherTeamId: string;
let round1: string;

const W = (path = '') => `/api/v1/workspaces/${ws}${path}`;
const T = (path = '') => W(`/teams/${teamId}${path}`);

/** Today's date in a time zone, as the API computes it. */
const todayIn = (timeZone: string, offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));

async function closeRound(answers: Record<string, unknown>): Promise<string> {
  const { assessmentId, base } = await createAssessment(t.app, owner, ws, teamId);
  await respond(t.app, owner, base, answers);
  expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
  return assessmentId;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Olivia Owner');
  ws = await createWorkspace(t.app, owner, 'Acme', 1);
  teamId = await createTeam(t.app, owner, ws, 'Credit models');
  otherTeamId = await createTeam(t.app, owner, ws, 'Fraud');
  admin = await addMember(t.app, owner, ws, 'admin');
  assessor = await addMember(t.app, owner, ws, 'assessor');
  member = await addMember(t.app, owner, ws, 'member', teamId);
  otherMember = await addMember(t.app, owner, ws, 'member', otherTeamId);
  viewer = await addMember(t.app, owner, ws, 'viewer');
  round1 = await closeRound(LEVEL_2);
});
afterAll(async () => t.close());

describe('a team target', () => {
  it('is null until set, for every role that may read it', async () => {
    for (const who of [owner, admin, assessor, member, viewer]) {
      const response = await call(t.app, who, 'GET', T('/target'));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ target: null, progress: null });
    }
  });

  it('is set by owners, admins and assessors, and shows what stands between the level-2 team and level 3', async () => {
    const due = todayIn('UTC', 400);
    const set = await call(t.app, assessor, 'PUT', T('/target'), { level: 3, dueDate: due });
    expect(set.statusCode).toBe(200);
    const view = TeamTargetViewSchema.parse(set.json());
    expect(view.target).toMatchObject({ teamId, level: 3, practices: {}, dueDate: due, setBy: { userId: assessor.userId, name: assessor.name } });
    expect(view.progress).toMatchObject({ state: 'on_track', timeZone: 'UTC', today: todayIn('UTC'), daysLeft: 400, basedOn: { assessmentId: round1, level: 2 } });
    // Level 3's gates are not practices: where models run and how they are served.
    expect(view.progress!.steps).toEqual([]);
    expect(view.progress!.conditions.map((c) => [c.gateId, c.status])).toEqual([
      ['l3.production_runtime', 'failed'],
      ['l3.serving', 'failed'],
    ]);
    expect(view.progress!.remainingDays).toBe(84 + 42);
    for (const who of [owner, admin]) expect((await call(t.app, who, 'PUT', T('/target'), { level: 3, dueDate: due })).statusCode).toBe(200);
  });

  it('takes the team’s own practice targets into its roadmap, and is at risk when the work does not fit', async () => {
    const due = todayIn('UTC', 30);
    const set = await call(t.app, owner, 'PUT', T('/target'), { level: 2, dueDate: due, practices: { ci_cd: 'automated', drift_detection: 'manual' } });
    const view = TeamTargetViewSchema.parse(set.json());
    expect(view.progress!.steps.map((s) => [s.practiceId, s.target, s.targetSource])).toEqual([['ci_cd', 'automated', 'team']]);
    expect(view.progress!.state).toBe('at_risk');
    const overdue = TeamTargetViewSchema.parse((await call(t.app, owner, 'PUT', T('/target'), { level: 3, dueDate: '2020-06-30' })).json());
    expect(overdue.progress).toMatchObject({ state: 'overdue' });
    expect(overdue.progress!.daysLeft).toBeLessThan(0);
    const met = TeamTargetViewSchema.parse((await call(t.app, owner, 'PUT', T('/target'), { level: 2, dueDate: '2020-06-30' })).json());
    expect(met.progress).toMatchObject({ state: 'met', steps: [], conditions: [] });
  });

  it('is refused to members and viewers (403), and hidden from members of other teams and other workspaces (404)', async () => {
    for (const who of [member, viewer]) {
      const response = await call(t.app, who, 'PUT', T('/target'), { level: 4, dueDate: '2030-01-31' });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.reason).toBe('role_forbidden');
      expect((await call(t.app, who, 'DELETE', T('/target'))).statusCode).toBe(403);
    }
    expect((await call(t.app, otherMember, 'GET', T('/target'))).statusCode).toBe(404);
    expect((await call(t.app, otherMember, 'PUT', T('/target'), { level: 4, dueDate: '2030-01-31' })).statusCode).toBe(403);
    const stranger = await signUp(t.app);
    await createWorkspace(t.app, stranger, 'Elsewhere');
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const response = await call(t.app, stranger, method, T('/target'), method === 'PUT' ? { level: 4, dueDate: '2030-01-31' } : undefined);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.reason).toBe('workspace_not_found');
    }
  });

  it.each([
    [{ level: 1, dueDate: '2030-01-31' }, 'body.level', /2, 3 or 4/],
    [{ level: 3, dueDate: '2030-02-30' }, 'body.dueDate', /real calendar date/],
    [{ level: 3, dueDate: '31/01/2030' }, 'body.dueDate', /YYYY-MM-DD/],
    [{ level: 3, dueDate: '2030-01-31', practices: { magic: 'automated' } }, 'body.practices', /.+/],
    [{ level: 3, dueDate: '2030-01-31', practices: { ci_cd: 'absent' } }, 'body.practices.ci_cd', /.+/],
    [{ level: 3 }, 'body.dueDate', /.+/],
  ])('refuses %j, naming the field', async (body, field, message) => {
    const before = (await call(t.app, owner, 'GET', T('/target'))).json();
    const response = await call(t.app, owner, 'PUT', T('/target'), body);
    expect(response.statusCode).toBe(400);
    const detail = response.json().error.details.find((d: { field: string }) => d.field.startsWith(field));
    expect(detail, JSON.stringify(response.json().error.details)).toBeDefined();
    expect(detail.message).toMatch(message);
    // Nothing saved is lost.
    expect((await call(t.app, owner, 'GET', T('/target'))).json()).toEqual(before);
  });

  it('is cleared, and every change is in the audit trail', async () => {
    expect((await call(t.app, assessor, 'DELETE', T('/target'))).statusCode).toBe(204);
    expect((await call(t.app, owner, 'GET', T('/target'))).json()).toEqual({ target: null, progress: null });
    expect((await call(t.app, assessor, 'DELETE', T('/target'))).statusCode).toBe(204);
    const audit = (await call(t.app, owner, 'GET', W('/audit?limit=200'))).json().items as { action: string; target: { id: string } | null; details: Record<string, unknown> }[];
    expect(audit.filter((e) => e.action === 'target.cleared')).toHaveLength(1);
    const sets = audit.filter((e) => e.action === 'target.set');
    expect(sets.length).toBeGreaterThanOrEqual(5);
    expect(sets[0]).toMatchObject({ target: { id: teamId }, details: { level: 2, dueDate: '2020-06-30', previousLevel: 3 } });
  });
});

describe('the workspace time zone', () => {
  it('is UTC by default, set by owners and admins to an IANA name, and dates the target’s today', async () => {
    expect((await call(t.app, owner, 'GET', W())).json().timeZone).toBe('UTC');
    const bad = await call(t.app, admin, 'PATCH', W(), { timeZone: 'Mars/Olympus_Mons' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'body.timeZone', message: expect.stringMatching(/IANA time zone/) });
    expect((await call(t.app, admin, 'PATCH', W(), { timeZone: '+03:00' })).statusCode).toBe(400);
    expect((await call(t.app, assessor, 'PATCH', W(), { timeZone: 'Asia/Tokyo' })).statusCode).toBe(403);
    const set = await call(t.app, admin, 'PATCH', W(), { timeZone: 'Pacific/Kiritimati' });
    expect(set.statusCode).toBe(200);
    expect(set.json().timeZone).toBe('Pacific/Kiritimati');
    const view = (await call(t.app, owner, 'PUT', T('/target'), { level: 3, dueDate: '2030-01-31' })).json();
    expect(view.progress).toMatchObject({ timeZone: 'Pacific/Kiritimati', today: todayIn('Pacific/Kiritimati') });
    const audit = (await call(t.app, owner, 'GET', W('/audit?limit=200'))).json().items;
    expect(audit.find((e: { action: string }) => e.action === 'workspace.time_zone_changed').details).toEqual({ from: 'UTC', to: 'Pacific/Kiritimati' });
    expect((await call(t.app, owner, 'PATCH', W(), { timeZone: 'UTC' })).statusCode).toBe(200);
  });
});

describe('actions', () => {
  const create = (who: Session, body: Record<string, unknown>) =>
    call(t.app, who, 'POST', T('/actions'), { assessmentId: round1, ownerId: member.userId, dueDate: '2030-01-31', ...body });
  let runtimeAction: string;
  let ciAction: string;
  let versioningAction: string;

  it('turn a gap or a roadmap step of a closed assessment into actions (owners, admins, assessors)', async () => {
    const gap = await create(owner, { title: 'Move models to production servers', target: { kind: 'gap', gapId: 'blocker:l3.production_runtime' } });
    expect(gap.statusCode).toBe(201);
    const action = ActionSchema.parse(gap.json());
    expect(action).toMatchObject({
      teamId,
      assessmentId: round1,
      title: 'Move models to production servers',
      target: { kind: 'gap', gapId: 'blocker:l3.production_runtime' },
      owner: { userId: member.userId, name: member.name },
      status: 'open',
      notes: '',
      overdue: false,
      closure: null,
    });
    runtimeAction = action.id;
    const step = await create(admin, { title: 'Automate CI/CD', target: { kind: 'practice', practiceId: 'ci_cd' }, ownerId: assessor.userId, dueDate: '2020-01-31' });
    expect(step.statusCode).toBe(201);
    // The step keeps the state the roadmap asked for; its due date has passed.
    expect(step.json()).toMatchObject({ target: { kind: 'practice', practiceId: 'ci_cd', state: 'automated' }, overdue: true });
    ciAction = step.json().id;
    const versioning = await create(assessor, { title: 'Version datasets', target: { kind: 'practice', practiceId: 'dataset_versioning' }, notes: 'Start with the credit data.' });
    expect(versioning.statusCode).toBe(201);
    versioningAction = versioning.json().id;
  });

  it('refuse a step or gap the result does not have, an owner outside the workspace, and bad input, naming what was wrong', async () => {
    const notAGap = await create(owner, { title: 'x', target: { kind: 'gap', gapId: 'blocker:l2.business_consumption' } });
    expect(notAGap.statusCode).toBe(400);
    expect(notAGap.json().error).toMatchObject({ reason: 'action_target_unknown', details: [{ field: 'body.target.gapId' }] });
    const atTarget = await create(owner, { title: 'x', target: { kind: 'practice', practiceId: 'feature_management' } });
    expect(atTarget.json().error.reason).toBe('action_target_unknown');
    const stranger = await signUp(t.app);
    const outsider = await create(owner, { title: 'x', target: { kind: 'gap', gapId: 'blocker:l3.serving' }, ownerId: stranger.userId });
    expect(outsider.json().error.reason).toBe('owner_not_member');
    for (const [body, field] of [
      [{ title: '', target: { kind: 'gap', gapId: 'blocker:l3.serving' } }, 'body.title'],
      [{ title: 'x', target: { kind: 'gap', gapId: 'DROP TABLE' } }, 'body.target.gapId'],
      [{ title: 'x', target: { kind: 'step', practiceId: 'ci_cd' } }, 'body.target.kind'],
      [{ title: 'x', target: { kind: 'gap', gapId: 'blocker:l3.serving' }, dueDate: '2030-13-01' }, 'body.dueDate'],
      [{ title: 'x', target: { kind: 'gap', gapId: 'blocker:l3.serving' }, notes: 'n'.repeat(4001) }, 'body.notes'],
    ] as const) {
      const response = await create(owner, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const open = await createAssessment(t.app, owner, ws, teamId);
    const pending = await create(owner, { title: 'x', assessmentId: open.assessmentId, target: { kind: 'gap', gapId: 'blocker:l3.serving' } });
    expect(pending.json().error.reason).toBe('team_result_pending');
    const elsewhere = await call(t.app, owner, 'POST', W(`/teams/${otherTeamId}/actions`), {
      assessmentId: round1,
      ownerId: member.userId,
      dueDate: '2030-01-31',
      title: 'x',
      target: { kind: 'gap', gapId: 'blocker:l3.serving' },
    });
    expect(elsewhere.json().error.reason).toBe('assessment_not_found');
  });

  it('are listed newest first in pages of the shared shape', async () => {
    const first = await call(t.app, viewer, 'GET', T('/actions?limit=2'));
    expect(first.statusCode).toBe(200);
    const page = ActionPageSchema.parse(first.json());
    expect(page.total).toBe(3);
    expect(page.items.map((a) => a.id)).toEqual([versioningAction, ciAction]);
    expect(page.nextCursor).not.toBeNull();
    const second = ActionPageSchema.parse((await call(t.app, member, 'GET', T(`/actions?limit=2&cursor=${page.nextCursor}`))).json());
    expect(second).toMatchObject({ nextCursor: null, total: 3 });
    expect(second.items.map((a) => a.id)).toEqual([runtimeAction]);
    const tooMany = await call(t.app, owner, 'GET', T('/actions?limit=201'));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0]).toMatchObject({ field: 'querystring.limit', message: expect.stringMatching(/at most 200/) });
    expect(ActionPageSchema.parse((await call(t.app, owner, 'GET', T('/actions'))).json()).items).toHaveLength(3);
  });

  it('are changed by their owning member (status and notes only), by managers (anything), and by nobody else', async () => {
    const mine = await call(t.app, member, 'PATCH', T(`/actions/${runtimeAction}`), { status: 'in_progress', notes: 'Cloud account requested.' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ status: 'in_progress', notes: 'Cloud account requested.' });
    const retitle = await call(t.app, member, 'PATCH', T(`/actions/${runtimeAction}`), { title: 'Mine now', status: 'done' });
    expect(retitle.statusCode).toBe(403);
    expect(retitle.json().error).toMatchObject({ reason: 'action_owner_only', message: expect.stringMatching(/title/) });
    const notMine = await call(t.app, member, 'PATCH', T(`/actions/${ciAction}`), { status: 'done' });
    expect(notMine.json().error.reason).toBe('action_owner_only');
    expect((await call(t.app, viewer, 'PATCH', T(`/actions/${runtimeAction}`), { status: 'done' })).statusCode).toBe(403);
    expect((await call(t.app, otherMember, 'PATCH', T(`/actions/${runtimeAction}`), { status: 'done' })).statusCode).toBe(404);
    expect((await call(t.app, otherMember, 'GET', T('/actions'))).statusCode).toBe(404);
    expect((await call(t.app, member, 'DELETE', T(`/actions/${runtimeAction}`))).statusCode).toBe(403);
    const managed = await call(t.app, assessor, 'PATCH', T(`/actions/${ciAction}`), { status: 'done', dueDate: '2030-06-30', ownerId: owner.userId });
    expect(managed.json()).toMatchObject({ status: 'done', dueDate: '2030-06-30', owner: { userId: owner.userId }, overdue: false });
    expect((await call(t.app, owner, 'PATCH', T(`/actions/${ciAction}`), {})).statusCode).toBe(400);
    // Unchanged by the refusals.
    const after = ActionPageSchema.parse((await call(t.app, owner, 'GET', T('/actions'))).json()).items.find((a) => a.id === runtimeAction);
    expect(after).toMatchObject({ title: 'Move models to production servers', status: 'in_progress' });
  });

  it('are hidden from another workspace (404)', async () => {
    const stranger = await signUp(t.app);
    await createWorkspace(t.app, stranger, 'Elsewhere');
    expect((await call(t.app, stranger, 'GET', T('/actions'))).statusCode).toBe(404);
    expect((await call(t.app, stranger, 'PATCH', T(`/actions/${runtimeAction}`), { status: 'dropped' })).statusCode).toBe(404);
    expect((await call(t.app, stranger, 'DELETE', T(`/actions/${runtimeAction}`))).statusCode).toBe(404);
  });

  it('say, after a second round, whether each gap closed: closed, done but still open, not answered', async () => {
    expect((await call(t.app, member, 'PATCH', T(`/actions/${runtimeAction}`), { status: 'done' })).statusCode).toBe(200);
    const round2 = await closeRound(ROUND_2);
    const later = await create(owner, { title: 'After the round', target: { kind: 'gap', gapId: 'blocker:l3.serving' } });
    expect(later.statusCode).toBe(201);
    const items = ActionPageSchema.parse((await call(t.app, member, 'GET', T('/actions'))).json()).items;
    const byId = new Map(items.map((a) => [a.id, a]));
    expect(byId.get(runtimeAction)!.closure).toMatchObject({ assessmentId: round2, outcome: 'closed', because: null, doneButOpen: false });
    expect(byId.get(runtimeAction)!.closure!.evidence.map((e) => [e.questionId, e.answer])).toEqual([['model_runtime', 'cloud']]);
    // Marked done, but CI/CD is still manual in the second round.
    expect(byId.get(ciAction)!.closure).toMatchObject({ outcome: 'open', doneButOpen: true });
    // "Don't know" is not "no".
    expect(byId.get(versioningAction)!.closure).toMatchObject({ outcome: 'not_judged', because: 'dont_know', doneButOpen: false });
    // An action made after the round waits for the next one.
    expect(byId.get(later.json().id)!.closure).toBeNull();
    // The target is judged on the second round now.
    const view = TeamTargetViewSchema.parse((await call(t.app, viewer, 'GET', T('/target'))).json());
    expect(view.progress).toMatchObject({ state: 'met', basedOn: { assessmentId: round2, level: 3 } });
  });

  it('are deleted by managers, and every change is in the audit trail and the workspace export', async () => {
    expect((await call(t.app, assessor, 'DELETE', T(`/actions/${versioningAction}`))).statusCode).toBe(204);
    expect((await call(t.app, assessor, 'DELETE', T(`/actions/${versioningAction}`))).json().error.reason).toBe('action_not_found');
    const audit = (await call(t.app, owner, 'GET', W('/audit?limit=200'))).json().items as { action: string; target: { id: string } | null; details: Record<string, unknown> }[];
    expect(audit.filter((e) => e.action === 'action.created')).toHaveLength(4);
    expect(audit.find((e) => e.action === 'action.deleted')).toMatchObject({ target: { id: versioningAction } });
    const memberUpdate = audit.find((e) => e.action === 'action.updated' && e.details.fields === 'notes,status');
    expect(memberUpdate).toMatchObject({ target: { id: runtimeAction }, details: { statusFrom: 'open', statusTo: 'in_progress' } });
    const exported = (await call(t.app, owner, 'GET', W('/export'))).json();
    expect(exported.workspace.timeZone).toBe('UTC');
    expect(exported.teamTargets).toEqual([expect.objectContaining({ team_id: teamId, level: 3, due_date: '2030-01-31' })]);
    expect(exported.actions.map((a: { id: string }) => a.id).sort()).toEqual(
      ActionPageSchema.parse((await call(t.app, owner, 'GET', T('/actions'))).json()).items.map((a) => a.id).sort(),
    );
  });
});
