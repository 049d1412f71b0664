import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { actions, users } from '../../db/schema/index.ts';

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
  // created_at is set here, to the millisecond, so the list's cursor (an ISO timestamp) is exact.
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

/** A page of a team's actions, newest first, strictly after the cursor's (created_at, id) when given. */
export async function listActions(db: Database, params: Scope & { after?: { createdAt: Date; id: string } | undefined; limit: number }): Promise<ActionRow[]> {
  const where = [eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId)];
  if (params.after) where.push(sql`(${actions.createdAt}, ${actions.id}) < (${params.after.createdAt.toISOString()}::timestamptz, ${params.after.id}::uuid)`);
  return db
    .select(actionColumns)
    .from(actions)
    .leftJoin(users, eq(users.id, actions.ownerId))
    .where(and(...where))
    .orderBy(desc(actions.createdAt), desc(actions.id))
    .limit(params.limit);
}

export async function countActions(db: Database, params: Scope): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(actions)
    .where(and(eq(actions.workspaceId, params.workspaceId), eq(actions.teamId, params.teamId)));
  return rows[0]?.n ?? 0;
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
