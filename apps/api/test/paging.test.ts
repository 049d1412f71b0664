// Every list endpoint pages the same way (`?limit=&cursor=` → `{ items, nextCursor, total }`):
// paging through it with a small limit gives every row exactly once, in the order of one big
// page; a limit over the maximum, a forged cursor and another list's cursor are 400s; another
// workspace's user gets 404 whatever the cursor.
import { PAGE_LIMIT_MAX } from '@assay/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_1, LEVEL_3 } from './fixtures.ts';
import { addMember, call, createAssessment, createTeam, createTestApp, createWorkspace, respond, signUp, type Session, type TestApp } from './helpers.ts';

let t: TestApp;
let owner: Session;
let stranger: Session;
let ws: string;
let team: string;
let openBase: string;
let strangerCursors: Record<string, string> = {};
const W = () => `/api/v1/workspaces/${ws}`;

interface Row {
  id?: string;
  userId?: string;
  assessmentId?: string;
}
const idOf = (row: Row) => row.id ?? row.userId ?? row.assessmentId!;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'Owner');
  stranger = await signUp(t.app, 'Stranger');
  // k = 1 so one response closes with a team result (history points).
  ws = await createWorkspace(t.app, owner, 'Paging', 1);
  for (const name of ['Other 1', 'Other 2', 'Other 3']) await createWorkspace(t.app, owner, name);
  // Teams with equal names: the id breaks the tie.
  team = await createTeam(t.app, owner, ws, 'Same');
  for (const name of ['Same', 'Same', 'Alpha', 'Zeta']) await createTeam(t.app, owner, ws, name);
  const archived = await createTeam(t.app, owner, ws, 'Archived');
  await call(t.app, owner, 'PATCH', `${W()}/teams/${archived}`, { archived: true });
  // Members (each through an invitation: invitations too), all named "A member".
  for (let i = 0; i < 4; i++) await addMember(t.app, owner, ws, 'member', team);
  // History: closed assessments of one team.
  for (const answers of [LEVEL_1, LEVEL_3, LEVEL_1, LEVEL_3]) {
    const { base } = await createAssessment(t.app, owner, ws, team);
    await respond(t.app, owner, base, answers);
    expect((await call(t.app, owner, 'POST', `${base}/close`)).statusCode).toBe(200);
  }
  await createAssessment(t.app, owner, ws, team, false);
  ({ base: openBase } = await createAssessment(t.app, owner, ws, team));
  // Respondent links and guest responses.
  for (let i = 0; i < 5; i++) {
    const link = await call(t.app, owner, 'POST', `${openBase}/respondent-links`, { label: `Link ${i}` });
    expect(link.statusCode).toBe(201);
    if (i < 4) {
      const started = await call(t.app, null, 'POST', '/api/v1/guest/responses', { token: link.json().token, name: `Guest ${i}` });
      expect(started.statusCode).toBe(201);
    }
  }
  // A workspace of the stranger's, for cursors that are real but belong elsewhere.
  const theirs = await createWorkspace(t.app, stranger, 'Theirs');
  for (const name of ['A', 'B', 'C']) await createTeam(t.app, stranger, theirs, name);
  strangerCursors = { teams: (await call(t.app, stranger, 'GET', `/api/v1/workspaces/${theirs}/teams?limit=1`)).json().nextCursor };
});
afterAll(async () => t.close());

/** Every list, with the size it must have and a filter where it offers one. */
const LISTS: { name: string; url: () => string; expected: number; as?: () => Session }[] = [
  { name: 'workspaces of the user', url: () => '/api/v1/workspaces', expected: 4 },
  { name: 'members', url: () => `${W()}/members`, expected: 5 },
  { name: 'invitations', url: () => `${W()}/invitations`, expected: 4 },
  { name: 'teams', url: () => `${W()}/teams`, expected: 5 },
  { name: 'teams with archived', url: () => `${W()}/teams?includeArchived=true`, expected: 6 },
  { name: 'assessments of a team', url: () => `${W()}/teams/${team}/assessments`, expected: 6 },
  { name: 'closed assessments of a team', url: () => `${W()}/teams/${team}/assessments?status=closed`, expected: 4 },
  { name: 'assessments of the workspace', url: () => `${W()}/assessments`, expected: 6 },
  { name: 'closed assessments of the workspace', url: () => `${W()}/assessments?status=closed`, expected: 4 },
  { name: 'respondent links', url: () => `${openBase}/respondent-links`, expected: 5 },
  { name: 'responses', url: () => `${openBase}/responses`, expected: 4 },
  { name: 'team history', url: () => `${W()}/teams/${team}/history`, expected: 4 },
];

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

describe('every list is paged', () => {
  for (const list of LISTS) {
    it(`${list.name}: every row exactly once over several pages, in order, with the total`, async () => {
      const whole = await call(t.app, owner, 'GET', withQuery(list.url(), `limit=${PAGE_LIMIT_MAX}`));
      expect(whole.statusCode, whole.body).toBe(200);
      const all: string[] = whole.json().items.map(idOf);
      expect(all).toHaveLength(list.expected);
      expect(whole.json()).toMatchObject({ nextCursor: null, total: list.expected });

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await call(t.app, owner, 'GET', withQuery(list.url(), `limit=2${cursor ? `&cursor=${cursor}` : ''}`));
        expect(response.statusCode, response.body).toBe(200);
        const page: { items: Row[]; nextCursor: string | null; total: number } = response.json();
        expect(page.items.length).toBeLessThanOrEqual(2);
        expect(page.total).toBe(list.expected);
        seen.push(...page.items.map(idOf));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 20);
      expect(pages).toBe(Math.ceil(list.expected / 2));
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
    });
  }

  it('the default page is 50 rows', async () => {
    const page = (await call(t.app, owner, 'GET', `${W()}/teams`)).json();
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
  });
});

describe('paging refuses what it cannot serve', () => {
  for (const list of LISTS) {
    it(`${list.name}: a limit over ${PAGE_LIMIT_MAX} or under 1, and a forged cursor, are 400s saying why`, async () => {
      const over = await call(t.app, owner, 'GET', withQuery(list.url(), `limit=${PAGE_LIMIT_MAX + 1}`));
      expect(over.statusCode).toBe(400);
      expect(over.json().error.code).toBe('validation_failed');
      expect(over.json().error.message).toContain(`limit must be at most ${PAGE_LIMIT_MAX}`);
      expect(over.json().error.details[0].field).toMatch(/limit/);
      expect((await call(t.app, owner, 'GET', withQuery(list.url(), 'limit=0'))).statusCode).toBe(400);
      expect((await call(t.app, owner, 'GET', withQuery(list.url(), 'limit=two'))).statusCode).toBe(400);

      // Not base64url at all: the schema refuses it.
      const malformed = await call(t.app, owner, 'GET', withQuery(list.url(), 'cursor=%2A%2A%2A'));
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.details[0].field).toMatch(/cursor/);
      // base64url, but not a cursor: garbage, another list's, the right list with a key that is no key.
      const forged = [
        'abc',
        Buffer.from(JSON.stringify(['not-this-list', 'x', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
        Buffer.from(JSON.stringify(['teams', 'x'])).toString('base64url'),
        Buffer.from(JSON.stringify(['assessments', 'yesterday', 'not-a-uuid'])).toString('base64url'),
        Buffer.from(JSON.stringify(['history', '2026-01-01 00:00:00+00', 'not-a-uuid'])).toString('base64url'),
      ];
      for (const cursor of forged) {
        const response = await call(t.app, owner, 'GET', withQuery(list.url(), `cursor=${cursor}`));
        expect(response.statusCode, `${cursor}: ${response.body}`).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'validation_failed', reason: 'cursor_invalid' });
        expect(response.json().error.message).toContain('pass nextCursor back unchanged');
      }
    });
  }

  it('another workspace’s user gets 404 on every list of this workspace, with or without a cursor', async () => {
    for (const list of LISTS.filter((l) => l.url().startsWith(W()))) {
      const cursor = (await call(t.app, owner, 'GET', withQuery(list.url(), 'limit=1'))).json().nextCursor;
      expect((await call(t.app, stranger, 'GET', list.url())).statusCode, list.name).toBe(404);
      expect((await call(t.app, stranger, 'GET', withQuery(list.url(), `limit=1&cursor=${cursor}`))).statusCode, list.name).toBe(404);
    }
    // A cursor from their own workspace's team list reads nothing of another workspace.
    const theirCursor = strangerCursors.teams!;
    const page = (await call(t.app, owner, 'GET', `${W()}/teams?cursor=${theirCursor}`)).json();
    expect(page.items.every((team: { workspaceId: string }) => team.workspaceId === ws)).toBe(true);
    // The user's workspace list holds only their own.
    const mine = (await call(t.app, stranger, 'GET', '/api/v1/workspaces')).json();
    expect(mine).toMatchObject({ total: 1, nextCursor: null });
  });

  it('a member pages only through their own teams’ assessments', async () => {
    const other = await createTeam(t.app, owner, ws, 'Elsewhere');
    await createAssessment(t.app, owner, ws, other, false);
    const member = await addMember(t.app, owner, ws, 'member', other);
    const page = (await call(t.app, member, 'GET', `${W()}/assessments?limit=1`)).json();
    expect(page).toMatchObject({ total: 1, nextCursor: null });
    expect(page.items[0].teamId).toBe(other);
  });
});
