// The "Your clients" benchmark: how a consultant's other client workspaces stand, never fewer
// than 5 of them, only those whose owner opted in, only results that met their k, cells under 2
// suppressed, and never two views that differ by one client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers, LEVEL_1, LEVEL_3, LEVEL_4 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

/** Level 2: the business consumes the models, which run locally. */
const LEVEL_2 = completeAnswers({ deploys_models: 'yes', business_consumption: 'yes', model_runtime: 'local', self_declared_level: 'level_2' });
const ANSWERS = { 1: LEVEL_1, 2: LEVEL_2, 3: LEVEL_3, 4: LEVEL_4 } as const;
type Level = keyof typeof ANSWERS;

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

const wsUrl = (ws: string) => `/api/v1/workspaces/${ws}`;
const benchmarkOf = async (viewer: Session, ws: string) => {
  const response = await call(t.app, viewer, 'GET', `${wsUrl(ws)}/client-benchmark`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const optIn = async (owner: Session, ws: string, on = true) => {
  const response = await call(t.app, owner, 'PATCH', wsUrl(ws), { clientBenchmark: on });
  expect(response.statusCode, response.body).toBe(200);
};

/** Closes a new round of the team, answered by the owner alone (k = 1 unless the workspace says otherwise). */
async function closeRound(owner: Session, ws: string, team: string, level: Level): Promise<void> {
  const { base } = await createAssessment(t.app, owner, ws, team);
  await respond(t.app, owner, base, ANSWERS[level]);
  const closed = await call(t.app, owner, 'POST', `${base}/close`);
  expect(closed.statusCode, closed.body).toBe(200);
}

interface Client {
  ws: string;
  team: string;
}

/** A client workspace of `consultant` (owner), k = 1, one closed round at `level`, opted in unless said. */
async function client(consultant: Session, level: Level, options: { optIn?: boolean; k?: number } = {}): Promise<Client> {
  const ws = await createWorkspace(t.app, consultant, `Client ${level}`, options.k ?? 1);
  const team = await createTeam(t.app, consultant, ws);
  await closeRound(consultant, ws, team, level);
  if (options.optIn ?? true) await optIn(consultant, ws);
  return { ws, team };
}

/** Level cells as numbers or '*' (suppressed). */
const levelsOf = (benchmark: { levels: { cell: { count?: number } }[] }) => benchmark.levels.map((l) => l.cell.count ?? '*');

describe('the consent', () => {
  it('is off by default, changed by the owner only, and recorded in the audit trail', async () => {
    const owner = await signUp(t.app, 'Olga Owner');
    const ws = await createWorkspace(t.app, owner, 'Consent');
    expect((await call(t.app, owner, 'GET', wsUrl(ws))).json().clientBenchmark).toBe(false);
    const admin = await addMember(t.app, owner, ws, 'admin');
    const refused = await call(t.app, admin, 'PATCH', wsUrl(ws), { clientBenchmark: true, name: 'Renamed by admin' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.reason).toBe('role_forbidden');
    // Nothing of the refused request changed.
    expect((await call(t.app, owner, 'GET', wsUrl(ws))).json()).toMatchObject({ name: 'Consent', clientBenchmark: false });
    expect((await call(t.app, owner, 'PATCH', wsUrl(ws), { clientBenchmark: 'yes' })).statusCode).toBe(400);

    expect((await call(t.app, owner, 'PATCH', wsUrl(ws), { clientBenchmark: true })).json().clientBenchmark).toBe(true);
    // The same value again changes nothing and records nothing.
    await call(t.app, owner, 'PATCH', wsUrl(ws), { clientBenchmark: true });
    await call(t.app, owner, 'PATCH', wsUrl(ws), { clientBenchmark: false });
    const audit = (await call(t.app, owner, 'GET', `${wsUrl(ws)}/audit?action=workspace.client_benchmark_changed`)).json();
    expect(audit.items.map((e: { details: unknown }) => e.details)).toEqual([
      { from: true, to: false },
      { from: false, to: true },
    ]);
    expect(audit.items[0].actor).toMatchObject({ name: 'Olga Owner' });
  });
});

describe('who contributes', () => {
  it('is never fewer than 5 other client workspaces: 4 are not shown, 5 are; not opted in, below k, another role or the viewed client itself never count', async () => {
    const consultant = await signUp(t.app, 'Carla Consultant');
    const viewed = await client(consultant, 3); // opted in, with a result: still never in its own comparison
    const clients = [await client(consultant, 1), await client(consultant, 2), await client(consultant, 2), await client(consultant, 3)];

    // Not counted: not opted in; a result below its k (one response, k = 3); a workspace where the consultant is only a member or a viewer.
    await client(consultant, 4, { optIn: false });
    await client(consultant, 4, { k: 3 });
    for (const role of ['member', 'viewer'] as const) {
      const otherOwner = await signUp(t.app, `Owner of a ${role} workspace`);
      const other = await client(otherOwner, 4);
      const invited = await call(t.app, otherOwner, 'POST', `${wsUrl(other.ws)}/invitations`, { role });
      expect((await call(t.app, consultant, 'POST', '/api/v1/invitations/accept', { token: invited.json().token })).statusCode).toBe(200);
    }

    expect(await benchmarkOf(consultant, viewed.ws)).toEqual({ status: 'not_enough', minimum: 5 });

    clients.push(await client(consultant, 4));
    const shown = await benchmarkOf(consultant, viewed.ws);
    expect(shown.status).toBe('shown');
    expect(shown.workspaces).toBe(5);
    // 1, 2, 1, 1 → the three cells of 1 suppressed (together 3: enough); only level 2 is shown.
    expect(levelsOf(shown)).toEqual(['*', 2, '*', '*']);
    expect(shown.practices.status).toBe('shown');
    expect(shown.practices.workspaces).toBe(5);
    for (const item of shown.practices.items) {
      for (const { cell } of item.cells) if ('count' in cell) expect(cell.count).toBeGreaterThanOrEqual(2);
      const hidden = item.cells.filter((c: { cell: { suppressed?: boolean } }) => c.cell.suppressed);
      expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
    }

    // From another of the clients, the viewed one counts (it opted in) and that client does not:
    // 0, 2, 2, 1 → level 1 and level 4 hold 1 together, so the smallest shown (level 2) goes too.
    const fromAnother = await benchmarkOf(consultant, clients[0]!.ws);
    expect(fromAnother.workspaces).toBe(5);
    expect(levelsOf(fromAnother)).toEqual(['*', '*', 2, '*']);
  });

  it('a withheld latest round takes its team out, even with an older shown result', async () => {
    const consultant = await signUp(t.app, 'Withheld Consultant');
    const viewed = await client(consultant, 1);
    const clients = [];
    for (const level of [1, 1, 2, 2, 3] as const) clients.push(await client(consultant, level));
    expect((await benchmarkOf(consultant, viewed.ws)).workspaces).toBe(5);
    // The fifth client raises k and closes a round with one response: it has no shown latest result now.
    const fifth = clients[4]!;
    await call(t.app, consultant, 'PATCH', wsUrl(fifth.ws), { anonymityThreshold: 2 });
    await closeRound(consultant, fifth.ws, fifth.team, 4);
    expect(await benchmarkOf(consultant, viewed.ws)).toEqual({ status: 'not_enough', minimum: 5 });
  });
});

describe('roles', () => {
  it('owners, admins and assessors of the viewed client see it; members and viewers get 403; anyone else 404', async () => {
    const consultant = await signUp(t.app, 'Role Consultant');
    const viewed = await client(consultant, 2);
    for (const level of [1, 1, 2, 3, 3] as const) await client(consultant, level);
    expect((await benchmarkOf(consultant, viewed.ws)).status).toBe('shown');

    for (const role of ['admin', 'assessor'] as const) {
      const user = await addMember(t.app, consultant, viewed.ws, role);
      // Their own other workspaces: none, so nothing to show.
      expect(await benchmarkOf(user, viewed.ws)).toEqual({ status: 'not_enough', minimum: 5 });
    }
    for (const role of ['member', 'viewer'] as const) {
      const user = await addMember(t.app, consultant, viewed.ws, role);
      const refused = await call(t.app, user, 'GET', `${wsUrl(viewed.ws)}/client-benchmark`);
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().error.reason).toBe('role_forbidden');
    }
    // The consultant as a viewer of a client: refused there too, whatever their other roles.
    const stranger = await signUp(t.app, 'Stranger');
    const strangersWs = await createWorkspace(t.app, stranger, 'Elsewhere');
    const invited = await call(t.app, stranger, 'POST', `${wsUrl(strangersWs)}/invitations`, { role: 'viewer' });
    await call(t.app, consultant, 'POST', '/api/v1/invitations/accept', { token: invited.json().token });
    expect((await call(t.app, consultant, 'GET', `${wsUrl(strangersWs)}/client-benchmark`)).statusCode).toBe(403);
    expect((await call(t.app, stranger, 'GET', `${wsUrl(viewed.ws)}/client-benchmark`)).statusCode).toBe(404);
    expect((await call(t.app, null, 'GET', `${wsUrl(viewed.ws)}/client-benchmark`)).statusCode).toBe(401);
  });
});

describe('differencing two views', () => {
  /**
   * The rule under test: around any one client's change (opting in or out, a new round, the
   * consultant leaving or joining a client), the two views are the same, or one of them shows no
   * figure (held or not enough). Two different figures, one client apart, never both appear.
   */
  const readable = (before: { status: string }, after: { status: string }) =>
    before.status === 'shown' && after.status === 'shown' && JSON.stringify(before) !== JSON.stringify(after);

  it('no single client is read off by comparing the views before and after its change', async () => {
    const consultant = await signUp(t.app, 'Differencing Consultant');
    const viewed = await client(consultant, 1);
    const clients: Client[] = [];
    for (const level of [1, 1, 2, 2, 3, 3] as const) clients.push(await client(consultant, level));
    let view = await benchmarkOf(consultant, viewed.ws);
    expect(view.status).toBe('shown');
    // 2, 2, 2, 0: a lone 0 would read as 0, so the first smallest shown cell is suppressed with it.
    expect(levelsOf(view)).toEqual(['*', 2, 2, '*']);

    const changes: [string, () => Promise<void>][] = [
      ['a client opts in', async () => void clients.push(await client(consultant, 4))],
      ['a client closes a new round at another level', () => closeRound(consultant, clients[0]!.ws, clients[0]!.team, 4)],
      ['a client opts out', () => optIn(consultant, clients[1]!.ws, false)],
      ['a client opts back in', () => optIn(consultant, clients[1]!.ws, true)],
      ['a client closes a new round', () => closeRound(consultant, clients[2]!.ws, clients[2]!.team, 3)],
      ['the consultant is no longer assessor or above in a client', async () => {
        const owner = await addMember(t.app, consultant, clients[3]!.ws, 'owner');
        const demoted = await call(t.app, owner, 'PATCH', `${wsUrl(clients[3]!.ws)}/members/${consultant.userId}`, { role: 'viewer' });
        expect(demoted.statusCode, demoted.body).toBe(200);
      }],
    ];
    const statuses: string[] = [];
    for (const [what, change] of changes) {
      await change();
      const next = await benchmarkOf(consultant, viewed.ws);
      expect(readable(view, next), what).toBe(false);
      statuses.push(next.status);
      view = next;
    }
    // The views were not simply all held: two changes together may be shown, one alone never.
    expect(statuses).toContain('shown');
    expect(statuses).toContain('held');
  });

  it('holds one change, shows the same view again, and shows again once a second client changes', async () => {
    const consultant = await signUp(t.app, 'Held Consultant');
    const viewed = await client(consultant, 1);
    const clients: Client[] = [];
    for (const level of [1, 1, 2, 2, 3] as const) clients.push(await client(consultant, level));
    const first = await benchmarkOf(consultant, viewed.ws);
    expect(first.status).toBe('shown');
    // Asking again changes nothing.
    expect(await benchmarkOf(consultant, viewed.ws)).toEqual(first);

    // One client more: its level would be the difference. Held, with no figure at all.
    const sixth = await client(consultant, 3);
    expect(await benchmarkOf(consultant, viewed.ws)).toEqual({ status: 'held', minimum: 5 });
    // It opts out again: the first view exactly.
    await optIn(consultant, sixth.ws, false);
    expect(await benchmarkOf(consultant, viewed.ws)).toEqual(first);
    // Back in, and a second client closes a new round: two clients changed, so it may be shown.
    await optIn(consultant, sixth.ws, true);
    expect((await benchmarkOf(consultant, viewed.ws)).status).toBe('held');
    await closeRound(consultant, clients[0]!.ws, clients[0]!.team, 2);
    const second = await benchmarkOf(consultant, viewed.ws);
    expect(second.status).toBe('shown');
    expect(second.workspaces).toBe(6);
    // Now the first view, one client away from the second, is held in turn if things go back.
    await optIn(consultant, sixth.ws, false);
    const back = await benchmarkOf(consultant, viewed.ws);
    // Five contributions that differ from the first view by one client (the new round) and from the second by one (the sixth): held.
    expect(back).toEqual({ status: 'held', minimum: 5 });
  });

  it('views are recorded per viewed client, across viewers: a second consultant one client apart is held', async () => {
    const consultant = await signUp(t.app, 'First Consultant');
    const viewed = await client(consultant, 1);
    const clients: Client[] = [];
    for (const level of [1, 1, 2, 2, 3, 4] as const) clients.push(await client(consultant, level));
    // A colleague, assessor of the viewed client and of all the others but one.
    const colleague = await addMember(t.app, consultant, viewed.ws, 'assessor');
    for (const c of clients.slice(1)) {
      const invited = await call(t.app, consultant, 'POST', `${wsUrl(c.ws)}/invitations`, { role: 'assessor' });
      expect((await call(t.app, colleague, 'POST', '/api/v1/invitations/accept', { token: invited.json().token })).statusCode).toBe(200);
    }
    expect((await benchmarkOf(consultant, viewed.ws)).status).toBe('shown');
    expect(await benchmarkOf(colleague, viewed.ws)).toEqual({ status: 'held', minimum: 5 });
  });
});
