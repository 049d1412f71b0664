import type { ActionSort } from '@assay/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { actions, users } from '../../db/schema/index.ts';
import { countAll, keysetQuery, keysetsBySort } from '../../lib/paging.ts';

const actionColumns = {
  id: actions.id,
  teamId: actions.teamId,
  assessmentId: actions.assessmentId,
  title: actions.title,
  ownerId: actions.ownerId,
  ownerName: users.name,
  dueDate: actions.dueDate,
  status: actions.status,
  notes: actions.notes,
  targetKind: actions.targetKind,
  targetId: actions.targetId,
  targetState: actions.targetState,
  createdAt: actions.createdAt,
  updatedAt: actions.updatedAt,
};

export type ActionRow = {
  id: string;
  teamId: string;
  assessmentId: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: string;
  notes: string;
  targetKind: string;
  targetId: string;
  targetState: string | null;
  createdAt: Date;
  updatedAt: Date;
};

type Scope = { workspaceId: string; teamId: string };

export async function insertAction(
  db: Database,
  params: Scope & {
    assessmentId: string;
    title: string;
    ownerId: string;
    dueDate: string;
    notes: string;
    targetKind: 'practice' | 'gap';
    targetId: string;
    targetState: string | null;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const rows = await db
    .insert(actions)
    .values({ ...params, updatedAt: params.createdAt })
    .returning({ id: actions.id });
  return rows[0]!.id;
}

export async function findAction(db: Database, params: Scope & { actionId: string }): Promise<ActionRow | undefined> {
  const rows = await db
    .select(actionColumns)
    .from(actions)
    .leftJoin(users, eq(users.id, actions.ownerId))
    .where(and(eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId), eq(actions.id, params.actionId)));
  return rows[0];
}

/** Open, in progress, done, dropped: the order of the `status` sort. */
const statusRank = sql`(case ${actions.status} when 'open' then 1 when 'in_progress' then 2 when 'done' then 3 else 4 end)::bigint`;

/**
 * One keyset per sort (contracts' ACTION_SORTS). `created` is served by the index on (workspace,
 * team, created_at, id); `due` and `status` sort the team's actions, which are few.
 */
export const ACTIONS_KEYSETS = keysetsBySort<ActionSort>('actions', {
  created: {
    keys: [
      { column: actions.createdAt, type: 'timestamptz' },
      { column: actions.id, type: 'uuid' },
    ],
    direction: 'desc',
  },
  due: {
    keys: [
      { column: actions.dueDate, type: 'date' },
      { column: actions.id, type: 'uuid' },
    ],
    direction: 'asc',
  },
  status: {
    keys: [
      { column: statusRank, type: 'bigint' },
      { column: actions.dueDate, type: 'date' },
      { column: actions.id, type: 'uuid' },
    ],
    direction: 'asc',
  },
});

/** `limit` of a team's actions after the cursor, in the order of `sort`. */
export async function listActions(db: Database, params: Scope & { sort: ActionSort; cursor?: string | undefined; limit: number }): Promise<(ActionRow & { pageKey: string })[]> {
  const page = keysetQuery(ACTIONS_KEYSETS[params.sort], params.cursor);
  return db
    .select({ ...actionColumns, pageKey: page.key })
    .from(actions)
    .leftJoin(users, eq(users.id, actions.ownerId))
    .where(and(eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId), page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
}

export async function countActions(db: Database, params: Scope): Promise<number> {
  const [row] = await db
    .select({ total: countAll })
    .from(actions)
    .where(and(eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId)));
  return row!.total;
}

export async function updateAction(
  db: Database,
  params: Scope & { actionId: string; set: { title?: string; ownerId?: string; dueDate?: string; status?: string; notes?: string }; updatedAt: Date },
): Promise<void> {
  await db
    .update(actions)
    .set({ ...params.set, updatedAt: params.updatedAt })
    .where(and(eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId), eq(actions.id, params.actionId)));
}

export async function deleteAction(db: Database, params: Scope & { actionId: string }): Promise<boolean> {
  const rows = await db
    .delete(actions)
    .where(and(eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId), eq(actions.id, params.actionId)))
    .returning({ id: actions.id });
  return rows.length === 1;
}
