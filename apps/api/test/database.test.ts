// The database itself guards the invariants the services also check, and every foreign key
// has an index that starts with its columns.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, memberships, responses } from '../src/db/schema/index.ts';
import { createAssessment, createTeam, createTestApp, createWorkspace, signUp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Rows of a raw query; both drivers answer `{ rows }`. */
async function rows(query: ReturnType<typeof sql>): Promise<unknown[]> {
  const result = (await t.database.db.execute(query)) as unknown as { rows: unknown[] };
  return result.rows;
}

async function rejects(promise: Promise<unknown>) {
  await expect(promise).rejects.toBeDefined();
}

describe('constraints', () => {
  // Covered: an index that starts with exactly the key's columns, or a unique index on a subset
  // of them (e.g. a result's primary key on assessment_id serves (workspace_id, assessment_id)).
  it('every foreign key is covered by an index', async () => {
    const result = await rows(sql`
      select c.conrelid::regclass::text as "table", c.conname as "constraint"
      from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (
              ((i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
              or (i.indisunique and (i.indkey::int2[]) <@ c.conkey)
            )
        )`);
    const count = await rows(sql`select count(*)::int as n from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`);
    expect((count[0] as { n: number }).n).toBeGreaterThan(20);
    expect(result).toEqual([]);
  });

  it('one membership per user and workspace; roles are checked', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    await rejects(t.database.db.insert(memberships).values({ workspaceId: ws, userId: owner.userId, role: 'admin' }));
    const other = await signUp(t.app);
    await rejects(t.database.db.insert(memberships).values({ workspaceId: ws, userId: other.userId, role: 'superuser' }));
  });

  it('one response per respondent and assessment; a response is a user’s or a guest’s, never both, and neither only once submitted (a deleted account’s)', async () => {
    const owner = await signUp(t.app);
    const ws = await createWorkspace(t.app, owner);
    const teamId = await createTeam(t.app, owner, ws);
    const { assessmentId } = await createAssessment(t.app, owner, ws, teamId);
    await t.database.db.insert(responses).values({ workspaceId: ws, assessmentId, userId: owner.userId });
    await rejects(t.database.db.insert(responses).values({ workspaceId: ws, assessmentId, userId: owner.userId }));
    await rejects(t.database.db.insert(responses).values({ workspaceId: ws, assessmentId }));
    await rejects(t.database.db.insert(responses).values({ workspaceId: ws, assessmentId, userId: owner.userId, accessKeyHash: 'x' }));
    await t.database.db.insert(responses).values({ workspaceId: ws, assessmentId, status: 'submitted', submittedAt: new Date() });
  });

  it('a child row cannot point into another workspace, and statuses are checked', async () => {
    const a = await signUp(t.app);
    const wsA = await createWorkspace(t.app, a);
    const teamA = await createTeam(t.app, a, wsA);
    const b = await signUp(t.app);
    const wsB = await createWorkspace(t.app, b);
    await rejects(t.database.db.insert(assessments).values({ workspaceId: wsB, teamId: teamA, title: 'x', questionnaireId: 'amorim-2023@1' }));
    await rejects(t.database.db.insert(assessments).values({ workspaceId: wsA, teamId: teamA, title: 'x', questionnaireId: 'amorim-2023@1', status: 'archived' }));
    await rejects(t.database.db.insert(assessments).values({ workspaceId: wsA, teamId: teamA, title: 'x', questionnaireId: 'amorim-2023@1', status: 'closed' }));
  });
});
