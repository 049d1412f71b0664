// The portfolio through HTTP: only the caller's own workspaces, what each role may see there
// (members: their teams), the anonymity threshold (a round under its k is never a level), open
// assessments and their responses, last activity, paging and search, and two statements a page
// whatever the number of workspaces.
import { PORTFOLIO_TEAMS_LISTED, PortfolioSchema, WorkspaceListSchema, type Portfolio, type PortfolioItem } from '@assay/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedDatabase, counting, type Counted } from './counted-database.ts';
import { LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let counted: Counted;
let consultant: Session;
let client: Session;
let stranger: Session;
/** The consultant's own workspaces (k = 1 and the default k = 3), and a client's where they are a member or a viewer. */
const ws = { acme: '', beta: '', gamma: '', delta: '', elsewhere: '' };
const team = { credit: '', fraud: '', ops: '', archived: '', betaData: '', gammaMine: '', gammaOther: '' };
let acmeClosedAt = '';

async function closeRound(who: Session, w: string, teamId: string, answers: Record<string, unknown>, also: Session[] = []): Promise<string> {
  const { base } = await createAssessment(t.app, who, w, teamId);
  await respond(t.app, who, base, answers);
  for (const other of also) await respond(t.app, other, base, answers);
  const closed = await call(t.app, who, 'POST', `${base}/close`);
  if (closed.statusCode !== 200) throw new Error(`close failed: ${closed.statusCode} ${closed.body}`);
  return closed.json().closedAt as string;
}

async function portfolio(who: Session, query = ''): Promise<Portfolio> {
  const response = await call(t.app, who, 'GET', `/api/v1/portfolio${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return PortfolioSchema.parse(response.json());
}
const itemOf = (p: Portfolio, id: string): PortfolioItem => {
  const item = p.items.find((i) => i.workspaceId === id);
  if (!item) throw new Error(`workspace ${id} is not in the portfolio`);
  return item;
};
const levels = (item: PortfolioItem) => item.teams.levels.map((l) => l.teams);

beforeAll(async () => {
  counted = await countedDatabase();
  t = await createTestApp({}, counted.handle);
  consultant = await signUp(t.app, 'Carla Consultant');
  client = await signUp(t.app, 'Gil Client');
  stranger = await signUp(t.app, 'Sam Stranger');
  ws.elsewhere = await createWorkspace(t.app, stranger, 'Elsewhere Ltd', 1);
  const strangerTeam = await createTeam(t.app, stranger, ws.elsewhere, 'Secret team');
  await closeRound(stranger, ws.elsewhere, strangerTeam, LEVEL_4);

  // Acme (k = 1): Credit at level 3; Fraud's latest round opened with k = 2 and got one response
  // (withheld); Ops has no closed round but an open one with one submitted and one begun response;
  // an archived team is left out.
  ws.acme = await createWorkspace(t.app, consultant, 'Acme Bank', 1);
  team.credit = await createTeam(t.app, consultant, ws.acme, 'Credit');
  team.fraud = await createTeam(t.app, consultant, ws.acme, 'Fraud');
  team.ops = await createTeam(t.app, consultant, ws.acme, 'Ops');
  team.archived = await createTeam(t.app, consultant, ws.acme, 'Zeta archived');
  await closeRound(consultant, ws.acme, team.archived, LEVEL_4);
  expect((await call(t.app, consultant, 'PATCH', `/api/v1/workspaces/${ws.acme}/teams/${team.archived}`, { archived: true })).statusCode).toBe(200);
  await closeRound(consultant, ws.acme, team.credit, LEVEL_1);
  await closeRound(consultant, ws.acme, team.credit, LEVEL_3);
  await closeRound(consultant, ws.acme, team.fraud, LEVEL_1);
  expect((await call(t.app, consultant, 'PATCH', `/api/v1/workspaces/${ws.acme}`, { anonymityThreshold: 2 })).statusCode).toBe(200);
  acmeClosedAt = await closeRound(consultant, ws.acme, team.fraud, LEVEL_4);
  const helper = await addMember(t.app, consultant, ws.acme, 'assessor');
  const open = await createAssessment(t.app, consultant, ws.acme, team.ops);
  await respond(t.app, consultant, open.base, LEVEL_3);
  expect((await call(t.app, helper, 'POST', `${open.base}/responses`)).statusCode).toBe(201);

  // Beta (the default k = 3): its only round closed with two responses, so it has no result; an
  // open round with none.
  ws.beta = await createWorkspace(t.app, consultant, 'Beta Retail');
  team.betaData = await createTeam(t.app, consultant, ws.beta, 'Data');
  const second = await addMember(t.app, consultant, ws.beta, 'assessor');
  await closeRound(consultant, ws.beta, team.betaData, LEVEL_4, [second]);
  await createAssessment(t.app, consultant, ws.beta, team.betaData);

  // Gamma (the client's, k = 1): the consultant is a member of one of its two teams.
  ws.gamma = await createWorkspace(t.app, client, 'Gamma Insurance', 1);
  team.gammaMine = await createTeam(t.app, client, ws.gamma, 'Claims');
  team.gammaOther = await createTeam(t.app, client, ws.gamma, 'Actuarial');
  await closeRound(client, ws.gamma, team.gammaMine, LEVEL_1);
  await closeRound(client, ws.gamma, team.gammaOther, LEVEL_4);
  await createAssessment(t.app, client, ws.gamma, team.gammaOther);
  const invitation = await call(t.app, client, 'POST', `/api/v1/workspaces/${ws.gamma}/invitations`, { role: 'member', teamId: team.gammaMine });
  expect((await call(t.app, consultant, 'POST', '/api/v1/invitations/accept', { token: invitation.json().token })).statusCode).toBe(200);

  // Delta (the client's): the consultant is a viewer; twelve teams and nothing assessed yet.
  ws.delta = await createWorkspace(t.app, client, 'Delta Foods');
  for (let i = 1; i <= 12; i += 1) await createTeam(t.app, client, ws.delta, `Team ${String(i).padStart(2, '0')}`);
  const viewing = await call(t.app, client, 'POST', `/api/v1/workspaces/${ws.delta}/invitations`, { role: 'viewer' });
  expect((await call(t.app, consultant, 'POST', '/api/v1/invitations/accept', { token: viewing.json().token })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
  await counted.handle.close();
});

describe('the portfolio', () => {
  it("lists every workspace the caller belongs to, by name, with their role, and never another's", async () => {
    const p = await portfolio(consultant);
    expect(p.items.map((i) => [i.name, i.role])).toEqual([
      ['Acme Bank', 'owner'],
      ['Beta Retail', 'owner'],
      ['Delta Foods', 'viewer'],
      ['Gamma Insurance', 'member'],
    ]);
    expect(p).toMatchObject({ total: 4, nextCursor: null });
    expect(JSON.stringify(p)).not.toContain('Elsewhere');
    expect(JSON.stringify(p)).not.toContain('Secret team');
    // The stranger sees only their own; the client two.
    expect((await portfolio(stranger)).items.map((i) => i.name)).toEqual(['Elsewhere Ltd']);
    expect((await portfolio(client)).items.map((i) => [i.name, i.role])).toEqual([
      ['Delta Foods', 'owner'],
      ['Gamma Insurance', 'owner'],
    ]);
  });

  it('counts teams by the level of their latest closed round, without archived teams, and lists them by name', async () => {
    const acme = itemOf(await portfolio(consultant), ws.acme);
    expect(acme.anonymityThreshold).toBe(2);
    expect(acme.teams).toMatchObject({ total: 3, withheld: 1, noResult: 1 });
    expect(levels(acme)).toEqual([0, 0, 1, 0]);
    expect(acme.teams.listed.map((team) => [team.name, team.latest?.status ?? null])).toEqual([
      ['Credit', 'shown'],
      ['Fraud', 'withheld'],
      ['Ops', null],
    ]);
    expect(acme.teams.listed[0]!.latest).toMatchObject({ status: 'shown', level: 3, levelMax: expect.any(Number) });
  });

  it('never gives a level for a round under its k: "not enough responses" with the count and k instead', async () => {
    const p = await portfolio(consultant);
    const fraud = itemOf(p, ws.acme).teams.listed.find((row) => row.teamId === team.fraud)!;
    // Fraud's latest round scored level 4 from one response under k = 2: neither the level nor the earlier level 1 shows.
    expect(fraud.latest).toEqual({ status: 'withheld', closedAt: acmeClosedAt, respondents: 1, minimum: 2 });
    expect(fraud.latest).not.toHaveProperty('level');

    const beta = itemOf(p, ws.beta);
    expect(beta.teams).toMatchObject({ total: 1, withheld: 1, noResult: 0 });
    expect(levels(beta)).toEqual([0, 0, 0, 0]);
    expect(beta.teams.listed[0]!.latest).toMatchObject({ status: 'withheld', respondents: 2, minimum: 3 });
    expect(JSON.stringify(beta.teams.listed)).not.toMatch(/"level/);
  });

  it('holds back a stored result whose responses are fewer than the k its assessment froze', async () => {
    // Not reachable through the routes today (closing under k stores nothing); the read must not rely on that.
    const [latest] = await t.database.query<{ id: string; anonymity_threshold: number }>(
      'portfolio_test_latest',
      `select id, anonymity_threshold from assessments where team_id = $1 and status = 'closed' order by closed_at desc limit 1`,
      [team.credit],
    );
    await t.database.query('portfolio_test_raise', 'update assessments set anonymity_threshold = 5 where id = $1', [latest!.id]);
    try {
      const acme = itemOf(await portfolio(consultant), ws.acme);
      expect(levels(acme)).toEqual([0, 0, 0, 0]);
      expect(acme.teams.withheld).toBe(2);
      expect(acme.teams.listed[0]!.latest).toMatchObject({ status: 'withheld', respondents: 1, minimum: 5 });
    } finally {
      await t.database.query('portfolio_test_restore', 'update assessments set anonymity_threshold = $2 where id = $1', [latest!.id, latest!.anonymity_threshold]);
    }
  });

  it('counts open assessments, their begun and submitted responses, and those still under k', async () => {
    const p = await portfolio(consultant);
    expect(itemOf(p, ws.acme).open).toEqual({ assessments: 1, started: 2, submitted: 1, belowThreshold: 1 });
    expect(itemOf(p, ws.beta).open).toEqual({ assessments: 1, started: 0, submitted: 0, belowThreshold: 1 });
  });

  it("shows a member only their own teams: counts, listed teams and open assessments", async () => {
    const gamma = itemOf(await portfolio(consultant), ws.gamma);
    expect(gamma.teams.total).toBe(1);
    expect(levels(gamma)).toEqual([1, 0, 0, 0]);
    expect(gamma.teams.listed.map((team) => team.name)).toEqual(['Claims']);
    // The open round is Actuarial's, which the member does not see.
    expect(gamma.open.assessments).toBe(0);
    expect(JSON.stringify(gamma)).not.toContain('Actuarial');
    // The owner sees both teams and the open round.
    const owners = itemOf(await portfolio(client), ws.gamma);
    expect(owners.teams.total).toBe(2);
    expect(levels(owners)).toEqual([1, 0, 0, 1]);
    expect(owners.open.assessments).toBe(1);
  });

  it('lets a viewer see every team, and lists at most the first teams by name', async () => {
    const delta = itemOf(await portfolio(consultant), ws.delta);
    expect(delta.role).toBe('viewer');
    expect(delta.teams).toMatchObject({ total: 12, noResult: 12, withheld: 0 });
    expect(delta.teams.listed).toHaveLength(PORTFOLIO_TEAMS_LISTED);
    expect(delta.teams.listed.map((team) => team.name)).toEqual(Array.from({ length: PORTFOLIO_TEAMS_LISTED }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`));
    expect(delta.open.assessments).toBe(0);
    expect(delta.lastActivityAt).toBeNull();
  });

  it('gives the last activity: the newest creation, opening, close or response save of the teams seen', async () => {
    const p = await portfolio(consultant);
    const acme = itemOf(p, ws.acme);
    // Ops' open round had a response saved after Fraud's round closed.
    expect(acme.lastActivityAt).not.toBeNull();
    expect(Date.parse(acme.lastActivityAt!)).toBeGreaterThan(Date.parse(acmeClosedAt));
    const save = await call(t.app, consultant, 'GET', `/api/v1/workspaces/${ws.acme}/assessments?status=open`);
    const opened = save.json().items[0];
    expect(Date.parse(acme.lastActivityAt!)).toBeGreaterThanOrEqual(Date.parse(opened.openedAt));
    // A member's last activity is their teams': Actuarial's open round is newer than Claims' close.
    const gamma = itemOf(p, ws.gamma);
    const owners = itemOf(await portfolio(client), ws.gamma);
    expect(Date.parse(gamma.lastActivityAt!)).toBeLessThan(Date.parse(owners.lastActivityAt!));
  });

  it('pages by name with the shared shape and cursor, and finds workspaces by part of their name', async () => {
    const first = await portfolio(consultant, '?limit=3');
    expect(first.items.map((i) => i.name)).toEqual(['Acme Bank', 'Beta Retail', 'Delta Foods']);
    expect(first.total).toBe(4);
    expect(first.nextCursor).not.toBeNull();
    const second = await portfolio(consultant, `?limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.name)).toEqual(['Gamma Insurance']);
    expect(second).toMatchObject({ total: 4, nextCursor: null });
    // The page after the cursor is summarised like the first.
    expect(second.items[0]!.teams.total).toBe(1);

    const found = await portfolio(consultant, '?q=%20BETA%20');
    expect(found.items.map((i) => i.name)).toEqual(['Beta Retail']);
    expect(found.total).toBe(1);
    const none = await portfolio(consultant, '?q=Elsewhere');
    expect(none).toEqual({ items: [], nextCursor: null, total: 0 });
    // "%" is a character like any other, not a wildcard.
    expect((await portfolio(consultant, '?q=%25')).total).toBe(0);
  });

  it('refuses a limit over 200, an empty search, and a cursor of another list', async () => {
    const over = await call(t.app, consultant, 'GET', '/api/v1/portfolio?limit=201');
    expect(over.statusCode).toBe(400);
    expect(over.body).toContain('at most 200');
    expect((await call(t.app, consultant, 'GET', '/api/v1/portfolio?q=')).statusCode).toBe(400);
    const workspaces = WorkspaceListSchema.parse((await call(t.app, consultant, 'GET', '/api/v1/workspaces?limit=1')).json());
    const foreign = await call(t.app, consultant, 'GET', `/api/v1/portfolio?cursor=${workspaces.nextCursor}`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.reason).toBe('cursor_invalid');
    expect((await call(t.app, consultant, 'GET', '/api/v1/portfolio?unknown=1')).statusCode).toBe(400);
  });

  it('needs a current session', async () => {
    expect((await call(t.app, null, 'GET', '/api/v1/portfolio')).statusCode).toBe(401);
    const gone = await signUp(t.app, 'Gone Soon');
    await createWorkspace(t.app, gone, 'Short lived');
    expect((await call(t.app, gone, 'POST', '/api/v1/auth/sign-out-everywhere')).statusCode).toBe(204);
    expect((await call(t.app, gone, 'GET', '/api/v1/portfolio')).statusCode).toBe(401);
  });

  it('runs two statements a page, whatever the number of workspaces and teams', async () => {
    const small = await counting(counted, () => portfolio(consultant, '?limit=1'));
    const large = await counting(counted, () => portfolio(consultant, '?limit=4'));
    expect(small.statements).toBe(2);
    expect(large.statements).toBe(2);
    expect(large.transactions).toBe(0);
  });
});

describe('the workspace list', () => {
  it('finds workspaces by part of their name, any case, with the total of the matches', async () => {
    const found = WorkspaceListSchema.parse((await call(t.app, consultant, 'GET', '/api/v1/workspaces?q=E%20b&limit=1')).json());
    expect(found.items.map((w) => w.name)).toEqual(['Acme Bank']);
    expect(found.total).toBe(1);
    const all = WorkspaceListSchema.parse((await call(t.app, consultant, 'GET', '/api/v1/workspaces?q=A')).json());
    expect(all.items.map((w) => w.name)).toEqual(['Acme Bank', 'Beta Retail', 'Delta Foods', 'Gamma Insurance']);
    const paged = WorkspaceListSchema.parse((await call(t.app, consultant, 'GET', '/api/v1/workspaces?q=a&limit=2')).json());
    const next = WorkspaceListSchema.parse((await call(t.app, consultant, 'GET', `/api/v1/workspaces?q=a&limit=2&cursor=${paged.nextCursor}`)).json());
    expect([...paged.items, ...next.items].map((w) => w.name)).toEqual(all.items.map((w) => w.name));
    expect(next).toMatchObject({ total: 4, nextCursor: null });
  });
});
