// Lists that offer `?sort=`: a team's actions (created, due, status) and the assessments of a team
// and of the workspace (created, closed, title). Each sort pages in its own order with ties broken
// the same way on every page (ties made on purpose: equal due dates, titles, creation and closing
// times), a cursor of one sort is refused by another sort and by another list, and an unknown sort
// is a 400 naming the allowed values.
import { ACTION_SORTS, ASSESSMENT_SORTS } from '@assay/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from './fixtures.ts';
import { call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

const LEVEL_2 = completeAnswers({ deploys_models: 'no', business_consumption: 'yes', model_runtime: 'local', self_declared_level: 'level_2' });

let t: TestApp;
let owner: Session;
let ws: string;
let team: string;
const W = () => `/api/v1/workspaces/${ws}`;
const execute = (statement: string) => t.database.db.execute(sql.raw(statement));

/** What the expected orders are computed from: the rows as the test wrote them. */
interface ActionFact {
  id: string;
  createdAt: string;
  dueDate: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
}
interface AssessmentFact {
  id: string;
  title: string;
  createdAt: string;
  closedAt: string | null;
}
const actionFacts: ActionFact[] = [];
const assessmentFacts: AssessmentFact[] = [];

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const RANK = { open: 1, in_progress: 2, done: 3, dropped: 4 } as const;

const ACTION_ORDERS: Record<(typeof ACTION_SORTS)[number], (a: ActionFact, b: ActionFact) => number> = {
  created: (a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id),
  due: (a, b) => cmp(a.dueDate, b.dueDate) || cmp(a.id, b.id),
  status: (a, b) => RANK[a.status] - RANK[b.status] || cmp(a.dueDate, b.dueDate) || cmp(a.id, b.id),
};
const ASSESSMENT_ORDERS: Record<(typeof ASSESSMENT_SORTS)[number], (a: AssessmentFact, b: AssessmentFact) => number> = {
  created: (a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id),
  closed: (a, b) => cmp(b.closedAt ?? '', a.closedAt ?? '') || cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id),
  title: (a, b) => cmp(a.title, b.title) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id),
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Owner');
  ws = await createWorkspace(t.app, owner, 'Sorting', 1);
  team = await createTeam(t.app, owner, ws, 'Platform');

  // Assessments: three called "Same" (ties on title), closed and not; creation and closing times
  // set below so that some are equal (ties broken by the next key, then the id).
  const titles = ['Same', 'Zeta', 'Same', 'Alpha', 'Same', 'Beta', 'Gamma'];
  const closes = [true, true, true, false, true, false, false];
  const ids: string[] = [];
  for (const [i, title] of titles.entries()) {
    const created = await call(t.app, owner, 'POST', `${W()}/teams/${team}/assessments`, { title });
    expect(created.statusCode).toBe(201);
    const id: string = created.json().id;
    ids.push(id);
    if (closes[i]) {
      const base = `${W()}/assessments/${id}`;
      expect((await call(t.app, owner, 'POST', `${base}/open`)).statusCode).toBe(200);
      await respond(t.app, owner, base, LEVEL_2);
      expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
    }
  }
  const createdAt = ['2026-01-01 10:00:00+00', '2026-01-01 10:00:00+00', '2026-01-02 10:00:00+00', '2026-01-02 10:00:00+00', '2026-01-01 10:00:00+00', '2026-01-03 10:00:00+00', '2026-01-03 10:00:00+00'];
  const closedAt = ['2026-02-01 10:00:00+00', '2026-02-01 10:00:00+00', '2026-03-01 10:00:00+00', null, '2026-02-01 10:00:00+00', null, null];
  for (const [i, id] of ids.entries()) {
    await execute(`update assessments set created_at = '${createdAt[i]}'${closedAt[i] ? `, closed_at = '${closedAt[i]}'` : ''} where id = '${id}'`);
    assessmentFacts.push({ id, title: titles[i]!, createdAt: createdAt[i]!, closedAt: closedAt[i]! });
  }
  // An assessment of another team: in the workspace's list, not in the team's.
  const other = await createTeam(t.app, owner, ws, 'Other');
  const { assessmentId: elsewhere } = await createAssessment(t.app, owner, ws, other, false);
  await execute(`update assessments set created_at = '2026-01-02 10:00:00+00' where id = '${elsewhere}'`);

  // Actions of the team, from its first closed round: equal due dates, equal creation times, every status.
  const dues = ['2030-03-01', '2030-01-15', '2030-03-01', '2029-12-31', '2030-01-15', '2030-03-01', '2030-01-15', '2031-01-01'];
  const statuses: ActionFact['status'][] = ['open', 'done', 'in_progress', 'open', 'open', 'dropped', 'in_progress', 'done'];
  const actionCreated = ['2026-04-01 09:00:00+00', '2026-04-01 09:00:00+00', '2026-04-02 09:00:00+00', '2026-04-01 09:00:00+00', '2026-04-03 09:00:00+00', '2026-04-02 09:00:00+00', '2026-04-01 09:00:00+00', '2026-04-03 09:00:00+00'];
  for (const [i, dueDate] of dues.entries()) {
    const created = await call(t.app, owner, 'POST', `${W()}/teams/${team}/actions`, {
      assessmentId: ids[0],
      ownerId: owner.userId,
      dueDate,
      title: `Action ${i}`,
      target: { kind: 'gap', gapId: 'blocker:l3.production_runtime' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().id;
    if (statuses[i] !== 'open') expect((await call(t.app, owner, 'PATCH', `${W()}/teams/${team}/actions/${id}`, { status: statuses[i] })).statusCode).toBe(200);
    await execute(`update actions set created_at = '${actionCreated[i]}' where id = '${id}'`);
    actionFacts.push({ id, createdAt: actionCreated[i]!, dueDate, status: statuses[i]! });
  }
});
afterAll(async () => t.close());

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

/** Every id of a list, `limit` at a time, following nextCursor; checks each page's size and total. */
async function walk(url: string, limit: number, total: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await call(t.app, owner, 'GET', withQuery(url, `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`));
    expect(response.statusCode, response.body).toBe(200);
    const page: { items: { id: string }[]; nextCursor: string | null; total: number } = response.json();
    expect(page.total).toBe(total);
    expect(page.items.length).toBe(Math.min(limit, total - seen.length));
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < 50);
  expect(pages).toBe(Math.max(1, Math.ceil(total / limit)));
  return seen;
}

describe('a team’s actions, sorted', () => {
  const url = () => `${W()}/teams/${team}/actions`;

  for (const sort of ACTION_SORTS) {
    it(`sort=${sort}: the same order in one page and across pages of 1, 2 and 3, ties broken by the next key`, async () => {
      const expected = [...actionFacts].sort(ACTION_ORDERS[sort]).map((a) => a.id);
      for (const limit of [200, 1, 2, 3]) expect(await walk(withQuery(url(), `sort=${sort}`), limit, actionFacts.length), `limit ${limit}`).toEqual(expected);
    });
  }

  it('without sort, newest created first (sort=created)', async () => {
    expect(await walk(url(), 3, actionFacts.length)).toEqual(await walk(withQuery(url(), 'sort=created'), 3, actionFacts.length));
  });

  it('due and status read as a reader expects: overdue and soonest first; open before in progress before done before dropped', async () => {
    const due = (await call(t.app, owner, 'GET', withQuery(url(), 'sort=due'))).json().items as { dueDate: string; status: string }[];
    expect(due[0]!.dueDate).toBe('2029-12-31');
    expect(due.at(-1)!.dueDate).toBe('2031-01-01');
    const status = (await call(t.app, owner, 'GET', withQuery(url(), 'sort=status'))).json().items as { status: string }[];
    expect(status.map((a) => a.status)).toEqual(['open', 'open', 'open', 'in_progress', 'in_progress', 'done', 'done', 'dropped']);
  });
});

describe('assessments, sorted', () => {
  const lists = [
    { name: 'of a team', url: () => `${W()}/teams/${team}/assessments`, facts: () => assessmentFacts },
    { name: 'of the workspace (closed only)', url: () => `${W()}/assessments?status=closed`, facts: () => assessmentFacts.filter((a) => a.closedAt !== null) },
  ];
  for (const list of lists) {
    for (const sort of ASSESSMENT_SORTS) {
      it(`${list.name}, sort=${sort}: the same order in one page and across pages of 1, 2 and 3`, async () => {
        const expected = [...list.facts()].sort(ASSESSMENT_ORDERS[sort]).map((a) => a.id);
        for (const limit of [200, 1, 2, 3]) expect(await walk(withQuery(list.url(), `sort=${sort}`), limit, expected.length), `limit ${limit}`).toEqual(expected);
      });
    }
  }

  it('the workspace’s list sorts every team’s assessments together', async () => {
    const all = (await call(t.app, owner, 'GET', `${W()}/assessments?sort=title&limit=200`)).json();
    expect(all.total).toBe(assessmentFacts.length + 1);
    const titles = all.items.map((a: { title: string }) => a.title);
    expect(titles).toEqual(['Alpha', 'Assessment 2026-12-03', 'Beta', 'Gamma', 'Same', 'Same', 'Same', 'Zeta'].map((title, i) => (i === 1 ? titles[1] : title)));
    expect(titles[1]).toMatch(/^Assessment /);
    expect(titles.at(-1)).toBe('Zeta');
    expect(await walk(`${W()}/assessments?sort=closed`, 2, assessmentFacts.length + 1)).toEqual((await call(t.app, owner, 'GET', `${W()}/assessments?sort=closed&limit=200`)).json().items.map((a: { id: string }) => a.id));
  });

  it('closed: the latest closed first, and those not closed after them, newest created first', async () => {
    const items = (await call(t.app, owner, 'GET', `${W()}/teams/${team}/assessments?sort=closed`)).json().items as { status: string; closedAt: string | null }[];
    expect(items.map((a) => a.status)).toEqual(['closed', 'closed', 'closed', 'closed', 'draft', 'draft', 'draft']);
    expect(items[0]!.closedAt).toBe('2026-03-01T10:00:00.000Z');
  });
});

describe('sorting refuses what it cannot serve', () => {
  const actions = () => `${W()}/teams/${team}/actions`;
  const assessments = () => `${W()}/teams/${team}/assessments`;

  it('an unknown sort is a 400 that names the allowed values', async () => {
    for (const [url, allowed] of [
      [actions(), ACTION_SORTS],
      [assessments(), ASSESSMENT_SORTS],
      [`${W()}/assessments`, ASSESSMENT_SORTS],
    ] as const) {
      for (const sort of ['name', 'DUE', '', 'created,due']) {
        const response = await call(t.app, owner, 'GET', withQuery(url, `sort=${sort}`));
        expect(response.statusCode, `${url} sort=${sort}`).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
        expect(response.json().error.details[0].field).toMatch(/sort/);
        expect(response.json().error.message).toContain(`sort must be one of ${allowed.join(', ')}`);
      }
    }
  });

  it('a cursor of one sort is refused by every other sort of the list, and by other lists', async () => {
    const cursors: Record<string, string> = {};
    for (const sort of ACTION_SORTS) cursors[`actions:${sort}`] = (await call(t.app, owner, 'GET', withQuery(actions(), `sort=${sort}&limit=1`))).json().nextCursor;
    for (const sort of ASSESSMENT_SORTS) cursors[`assessments:${sort}`] = (await call(t.app, owner, 'GET', withQuery(assessments(), `sort=${sort}&limit=1`))).json().nextCursor;
    cursors.audit = (await call(t.app, owner, 'GET', `${W()}/audit?limit=1`)).json().nextCursor;
    cursors.teams = (await call(t.app, owner, 'GET', `${W()}/teams?limit=1`)).json().nextCursor;
    for (const cursor of Object.values(cursors)) expect(cursor).toEqual(expect.any(String));

    const targets = [
      ...ACTION_SORTS.map((sort) => ({ key: `actions:${sort}`, url: withQuery(actions(), `sort=${sort}`) })),
      ...ASSESSMENT_SORTS.map((sort) => ({ key: `assessments:${sort}`, url: withQuery(assessments(), `sort=${sort}`) })),
      ...ASSESSMENT_SORTS.map((sort) => ({ key: `assessments:${sort}`, url: withQuery(`${W()}/assessments`, `sort=${sort}`) })),
      { key: 'audit', url: `${W()}/audit` },
    ];
    for (const target of targets) {
      for (const [key, cursor] of Object.entries(cursors)) {
        const response = await call(t.app, owner, 'GET', withQuery(target.url, `limit=1&cursor=${cursor}`));
        if (key === target.key) {
          expect(response.statusCode, `${key} on ${target.url}`).toBe(200);
        } else {
          expect(response.statusCode, `${key} on ${target.url}`).toBe(400);
          expect(response.json().error.reason).toBe('cursor_invalid');
        }
      }
    }
  });

  it('forged keys of the right list and sort are refused, not sent to the database', async () => {
    const forge = (...key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const forged: [string, string][] = [
      [withQuery(actions(), 'sort=due'), forge('actions:due', '2030-02-30', '00000000-0000-4000-8000-000000000000')],
      [withQuery(actions(), 'sort=due'), forge('actions:due', 'soon', '00000000-0000-4000-8000-000000000000')],
      [withQuery(actions(), 'sort=status'), forge('actions:status', 'open', '2030-01-01', '00000000-0000-4000-8000-000000000000')],
      [withQuery(actions(), 'sort=created'), forge('actions:created', '2026-13-01 00:00:00+00', '00000000-0000-4000-8000-000000000000')],
      [withQuery(assessments(), 'sort=closed'), forge('assessments:closed', 'infinity', '2026-01-01 00:00:00+00', '00000000-0000-4000-8000-000000000000')],
      [withQuery(assessments(), 'sort=title'), forge('assessments:title', 'Same', '2026-01-01 25:00:00+00', '00000000-0000-4000-8000-000000000000')],
      [`${W()}/audit`, forge('audit', '12.5')],
      [`${W()}/audit`, forge('audit', 12)],
    ];
    for (const [url, cursor] of forged) {
      const response = await call(t.app, owner, 'GET', withQuery(url, `cursor=${cursor}`));
      expect(response.statusCode, `${url} ${Buffer.from(cursor, 'base64url').toString()}`).toBe(400);
      expect(response.json().error.reason).toBe('cursor_invalid');
    }
    // A real key of the right shape is served, even one no row has.
    const real = await call(t.app, owner, 'GET', withQuery(assessments(), `sort=closed&cursor=${forge('assessments:closed', '-infinity', '2026-01-03 00:00:00+00', '00000000-0000-4000-8000-000000000000')}`));
    expect(real.statusCode).toBe(200);
    expect(real.json().items.map((a: { id: string }) => a.id)).toEqual(
      assessmentFacts.filter((a) => a.closedAt === null && a.createdAt < '2026-01-03').sort(ASSESSMENT_ORDERS.closed).map((a) => a.id),
    );
  });

  it('a limit over 200 is a 400 whatever the sort', async () => {
    for (const url of [withQuery(actions(), 'sort=due'), withQuery(assessments(), 'sort=title')]) {
      const response = await call(t.app, owner, 'GET', withQuery(url, 'limit=201'));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain('limit must be at most 200');
    }
  });
});
