// The workspace dashboard and team comparison through HTTP: what each team row says (shown, withheld, none), the level
// distribution beside the paper's, server sort, filters and paging, roles, tenancy, and a number of
// SQL statements that does not grow with the number of teams.
import { ComparisonSchema, DashboardSchema, TeamTargetViewSchema, type Dashboard } from '@assay/contracts';
import { readFileSync } from 'node:fs';
import type { Result } from '@assay/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentResults } from '../src/db/schema/index.ts';
import { resultDigest } from '../src/lib/digest.ts';
import { countedDatabase, counting, type Counted } from './counted-database.ts';
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let counted: Counted;
let owner: Session;
let member: Session;
let viewer: Session;
let stranger: Session;
let ws: string;
const team: Record<'credit' | 'fraud' | 'ops' | 'pricing', string> = { credit: '', fraud: '', ops: '', pricing: '' };
let creditLatest: string;

const D = (query = '', w = ws) => `/api/v1/workspaces/${w}/dashboard${query}`;

async function closeRound(who: Session, w: string, teamId: string, answers: Record<string, unknown>): Promise<string> {
  const { assessmentId, base } = await createAssessment(t.app, who, w, teamId);
  await respond(t.app, who, base, answers);
  const closed = await call(t.app, who, 'POST', `${base}/close`);
  if (closed.statusCode !== 200) throw new Error(`close failed: ${closed.statusCode} ${closed.body}`);
  return assessmentId;
}

async function dashboard(who: Session, query = '', w = ws): Promise<Dashboard> {
  const response = await call(t.app, who, 'GET', D(query, w));
  expect(response.statusCode, response.body).toBe(200);
  return DashboardSchema.parse(response.json());
}
const names = (d: Dashboard) => d.items.map((item) => item.name);

beforeAll(async () => {
  counted = await countedDatabase();
  t = await createTestApp({}, counted.handle);
  owner = await signUp(t.app, 'Olivia Owner');
  stranger = await signUp(t.app, 'Sam Stranger');
  await createWorkspace(t.app, stranger, 'Elsewhere');
  ws = await createWorkspace(t.app, owner, 'Acme', 1);
  team.credit = await createTeam(t.app, owner, ws, 'Credit models');
  team.fraud = await createTeam(t.app, owner, ws, 'Fraud');
  team.ops = await createTeam(t.app, owner, ws, 'ML Ops');
  team.pricing = await createTeam(t.app, owner, ws, 'Pricing');
  member = await addMember(t.app, owner, ws, 'member', team.credit);
  viewer = await addMember(t.app, owner, ws, 'viewer');
  await closeRound(owner, ws, team.credit, LEVEL_1);
  creditLatest = await closeRound(owner, ws, team.credit, LEVEL_3);
  await closeRound(owner, ws, team.fraud, LEVEL_1);
  // Fraud's second round opens with k = 2 and gets one response: its result is withheld.
  expect((await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}`, { anonymityThreshold: 2 })).statusCode).toBe(200);
  await closeRound(owner, ws, team.fraud, LEVEL_4);
  expect((await call(t.app, owner, 'PATCH', `/api/v1/workspaces/${ws}`, { anonymityThreshold: 1 })).statusCode).toBe(200);
  await closeRound(owner, ws, team.ops, LEVEL_4);
  // Credit: a target of level 4, one overdue action and one still in time.
  const T = `/api/v1/workspaces/${ws}/teams/${team.credit}`;
  expect((await call(t.app, owner, 'PUT', `${T}/target`, { level: 4, dueDate: '2031-06-30' })).statusCode).toBe(200);
  for (const dueDate of ['2020-01-31', '2031-01-31']) {
    const action = await call(t.app, owner, 'POST', `${T}/actions`, {
      assessmentId: creditLatest,
      ownerId: member.userId,
      dueDate,
      title: 'Automate CI/CD',
      target: { kind: 'practice', practiceId: 'ci_cd' },
    });
    expect(action.statusCode, action.body).toBe(201);
  }
});
afterAll(async () => {
  await t.close();
  await counted.handle.close();
});

describe('the dashboard', () => {
  it("shows each team's latest level, or 'withheld' without a level, with history, dimensions, target and actions", async () => {
    const d = await dashboard(owner);
    expect(names(d)).toEqual(['Credit models', 'Fraud', 'ML Ops', 'Pricing']);
    expect(d).toMatchObject({ total: 4, nextCursor: null, timeZone: 'UTC' });
    const [credit, fraud, ops, pricing] = d.items;

    expect(credit!.latest).toMatchObject({ status: 'shown', assessmentId: creditLatest, level: 3, respondents: 1 });
    expect(credit!.history.map((h) => h.level)).toEqual([1, 3]);
    // The dimension scores are the stored team result's, as the result route serves them.
    const result = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/assessments/${creditLatest}/result`)).json();
    expect(credit!.dimensions).toEqual(result.result.dimensions.map((dim: { id: string; score: number | null }) => ({ id: dim.id, score: dim.score })));
    expect(credit!.dimensions).toHaveLength(7);
    // The on-track state is the team page's.
    const target = TeamTargetViewSchema.parse((await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/teams/${team.credit}/target`)).json());
    expect(credit!.target).toEqual({ level: 4, dueDate: '2031-06-30', state: target.progress!.state });
    expect(credit!.actions).toEqual({ open: 2, overdue: 1 });

    // Withheld: the number of responses and the threshold, never a level or a dimension score.
    expect(fraud!.latest).toEqual({ status: 'withheld', assessmentId: fraud!.latest!.assessmentId, title: expect.any(String), closedAt: expect.any(String), respondents: 1, minimum: 2 });
    expect(fraud!.latest).not.toHaveProperty('level');
    expect(fraud!.dimensions).toEqual([]);
    expect(fraud!.history.map((h) => h.level)).toEqual([1, null]);
    expect(fraud!.target).toBeNull();
    expect(fraud!.actions).toEqual({ open: 0, overdue: 0 });

    expect(ops!.latest).toMatchObject({ status: 'shown', level: 4 });
    expect(pricing).toMatchObject({ latest: null, history: [], dimensions: [], target: null });
  });

  it("counts the teams at each level beside the paper's distribution as the paper reports it", async () => {
    const d = await dashboard(owner, '?level=3');
    // Whatever the filters: every team the caller may see.
    expect(d.distribution).toEqual({
      teams: 4,
      levels: [
        { level: 1, teams: 0 },
        { level: 2, teams: 0 },
        { level: 3, teams: 1 },
        { level: 4, teams: 1 },
      ],
      withheld: 1,
      noResult: 1,
    });
    expect(d.paper.base).toBe(66);
    expect(d.paper.source).toMatch(/^Amorim et al\. \(2023\), §5\.1/);
    expect(d.paper.categories.map((c) => [c.id, c.levels, c.count, c.percent, c.status])).toEqual([
      ['level_1', [1], 14, 21.2, 'reported'],
      ['level_3', [3], 26, 39.4, 'reported'],
      ['level_2_or_4', [2, 4], 26, 39.4, 'derived'],
    ]);
  });

  it('sorts on the server: by name, level (highest first), last assessment (newest first), overdue actions; order reverses', async () => {
    expect(names(await dashboard(owner, '?sort=name&order=desc'))).toEqual(['Pricing', 'ML Ops', 'Fraud', 'Credit models']);
    // Teams without a level come last in either direction.
    expect(names(await dashboard(owner, '?sort=level'))).toEqual(['ML Ops', 'Credit models', 'Fraud', 'Pricing']);
    expect(names(await dashboard(owner, '?sort=level&order=asc'))).toEqual(['Credit models', 'ML Ops', 'Fraud', 'Pricing']);
    expect(names(await dashboard(owner, '?sort=last_assessment'))).toEqual(['ML Ops', 'Fraud', 'Credit models', 'Pricing']);
    expect(names(await dashboard(owner, '?sort=overdue_actions'))).toEqual(['Credit models', 'Fraud', 'ML Ops', 'Pricing']);
  });

  it('filters on the server by level, on-track state and text', async () => {
    expect(names(await dashboard(owner, '?level=3'))).toEqual(['Credit models']);
    expect(names(await dashboard(owner, '?level=withheld'))).toEqual(['Fraud']);
    expect(names(await dashboard(owner, '?level=none'))).toEqual(['Pricing']);
    const state = (await dashboard(owner)).items[0]!.target!.state;
    expect(names(await dashboard(owner, `?onTrack=${state}`))).toEqual(['Credit models']);
    expect(names(await dashboard(owner, '?onTrack=no_target'))).toEqual(['Fraud', 'ML Ops', 'Pricing']);
    const byText = await dashboard(owner, '?q=OPS');
    expect(names(byText)).toEqual(['ML Ops']);
    expect(byText.total).toBe(1);
    expect(names(await dashboard(owner, '?q=%25'))).toEqual([]);
  });

  it('pages with the shared shape: limit, an opaque cursor, total; a bad limit or cursor is a 400 saying why', async () => {
    const first = await dashboard(owner, '?sort=level&limit=3');
    expect(names(first)).toEqual(['ML Ops', 'Credit models', 'Fraud']);
    expect(first.total).toBe(4);
    expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await dashboard(owner, `?sort=level&limit=3&cursor=${first.nextCursor}`);
    expect(names(second)).toEqual(['Pricing']);
    expect(second.nextCursor).toBeNull();

    const tooMany = await call(t.app, owner, 'GET', D('?limit=201'));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('limit must be at most 200');
    const otherSort = await call(t.app, owner, 'GET', D(`?sort=name&limit=3&cursor=${first.nextCursor}`));
    expect(otherSort.statusCode).toBe(400);
    expect(otherSort.json().error.reason).toBe('cursor_invalid');
    const badSort = await call(t.app, owner, 'GET', D('?sort=mood'));
    expect(badSort.statusCode).toBe(400);
    expect(badSort.body).toContain('sort must be one of name, level, last_assessment, overdue_actions');
  });

  it('is read by every role; a member sees only their teams, a viewer all; another workspace gets 404', async () => {
    const mine = await dashboard(member);
    expect(names(mine)).toEqual(['Credit models']);
    expect(mine.distribution.teams).toBe(1);
    expect(names(await dashboard(viewer))).toHaveLength(4);
    const outsider = await call(t.app, stranger, 'GET', D());
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain('Credit');
    expect((await call(t.app, null, 'GET', D())).statusCode).toBe(401);
  });

  it('runs the same number of SQL statements for 3 teams as for 12', async () => {
    const measure = async (teams: number) => {
      const w = await createWorkspace(t.app, owner, `Scale ${teams}`, 1);
      for (let i = 0; i < teams; i += 1) {
        const teamId = await createTeam(t.app, owner, w, `Team ${String(i).padStart(2, '0')}`);
        const assessmentId = await closeRound(owner, w, teamId, i % 2 === 0 ? LEVEL_3 : LEVEL_1);
        const T = `/api/v1/workspaces/${w}/teams/${teamId}`;
        expect((await call(t.app, owner, 'PUT', `${T}/target`, { level: 4, dueDate: '2031-06-30' })).statusCode).toBe(200);
        const action = await call(t.app, owner, 'POST', `${T}/actions`, { assessmentId, ownerId: owner.userId, dueDate: '2020-01-01', title: 'Act', target: { kind: 'practice', practiceId: 'ci_cd' } });
        expect(action.statusCode, action.body).toBe(201);
      }
      const plain = await counting(counted, () => dashboard(owner, '', w));
      expect(plain.result.items).toHaveLength(teams);
      expect(plain.result.items.every((item) => item.target !== null && item.actions.overdue === 1 && item.dimensions.length === 7)).toBe(true);
      const filtered = await counting(counted, () => dashboard(owner, '?onTrack=at_risk&sort=level', w));
      return { plain: plain.statements, filtered: filtered.statements };
    };
    const small = await measure(3);
    const large = await measure(12);
    expect(large).toEqual(small);
    // Access, time zone, team summaries, roadmap inputs, histories.
    expect(small).toEqual({ plain: 5, filtered: 5 });
  });
});

describe('comparing teams', () => {
  const C = (teams: string[], w = ws) => `/api/v1/workspaces/${w}/compare?teams=${teams.join(',')}`;

  it('puts two to six teams side by side in the order asked: level or withheld, dimensions, practice states, top steps', async () => {
    const response = await call(t.app, owner, 'GET', C([team.fraud, team.credit, team.pricing]));
    expect(response.statusCode, response.body).toBe(200);
    const { teams } = ComparisonSchema.parse(response.json());
    expect(teams.map((x) => x.name)).toEqual(['Fraud', 'Credit models', 'Pricing']);
    const [fraud, credit, pricing] = teams;
    const stored = (await call(t.app, owner, 'GET', `/api/v1/workspaces/${ws}/assessments/${creditLatest}/result`)).json().result;
    expect(credit!.latest).toMatchObject({ status: 'shown', level: 3 });
    expect(credit!.dimensions).toEqual(stored.dimensions.map((d: { id: string; score: number | null }) => ({ id: d.id, score: d.score })));
    expect(credit!.practices).toEqual(stored.practices.map((p: { practiceId: string; status: string }) => ({ practiceId: p.practiceId, status: p.status })));
    expect(credit!.practices.length).toBeGreaterThan(5);
    expect(credit!.steps).toEqual(stored.roadmap.slice(0, 3));
    expect(credit!.steps).toHaveLength(3);
    expect(fraud).toMatchObject({ latest: { status: 'withheld', respondents: 1, minimum: 2 }, dimensions: [], practices: [], steps: [] });
    expect(fraud!.latest).not.toHaveProperty('level');
    expect(pricing).toMatchObject({ latest: null, dimensions: [], practices: [], steps: [] });
  });

  it('refuses fewer than two teams, more than six, repeats and malformed ids, saying why', async () => {
    const cases: [string, string][] = [
      [C([team.credit]), 'compare at least 2 teams'],
      [C([team.credit, team.fraud, team.ops, team.pricing, team.credit.replace(/.$/, '0'), team.credit.replace(/.$/, '1'), team.credit.replace(/.$/, '2')]), 'compare at most 6 teams'],
      [C([team.credit, team.credit]), 'each team may be given once'],
      [C([team.credit, 'fraud']), 'each team must be a team id'],
      [`/api/v1/workspaces/${ws}/compare`, 'teams is required'],
    ];
    for (const [url, message] of cases) {
      const response = await call(t.app, owner, 'GET', url);
      expect(response.statusCode, url).toBe(400);
      expect(response.body).toContain(message);
    }
  });

  it("answers 404 for a team the caller cannot see: a member's other team, another workspace's, an unknown one", async () => {
    expect((await call(t.app, member, 'GET', C([team.credit, team.fraud]))).statusCode).toBe(404);
    expect((await call(t.app, viewer, 'GET', C([team.credit, team.fraud]))).statusCode).toBe(200);
    expect((await call(t.app, stranger, 'GET', C([team.credit, team.fraud]))).statusCode).toBe(404);
    const unknown = await call(t.app, owner, 'GET', C([team.credit, '00000000-0000-4000-8000-000000000000']));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.reason).toBe('team_not_found');
  });

  it('runs the same number of statements for two teams as for four', async () => {
    const two = await counting(counted, () => call(t.app, owner, 'GET', C([team.credit, team.fraud])));
    const four = await counting(counted, () => call(t.app, owner, 'GET', C([team.credit, team.fraud, team.ops, team.pricing])));
    expect(four.result.statusCode).toBe(200);
    expect([two.statements, four.statements]).toEqual([2, 2]);
  });
});

describe('the result digest', () => {
  it('is written with each result, and migration 0009 derives the same from a stored result', async () => {
    const read = async () =>
      (await t.database.db.select({ digest: assessmentResults.digest, result: assessmentResults.result }).from(assessmentResults).where(eq(assessmentResults.assessmentId, creditLatest)))[0]!;
    const written = await read();
    expect(written.digest).toEqual(resultDigest(written.result as unknown as Result));
    expect(written.digest!.roadmap!.practices.length).toBeGreaterThan(5);
    await t.database.db.update(assessmentResults).set({ digest: null }).where(eq(assessmentResults.assessmentId, creditLatest));
    const migration = readFileSync(new URL('../../../migrations/0009_result_digest.sql', import.meta.url), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').find((statement) => statement.includes('UPDATE'))!;
    await t.database.db.execute(sql.raw(backfill));
    expect((await read()).digest).toEqual(written.digest);
  });
});
