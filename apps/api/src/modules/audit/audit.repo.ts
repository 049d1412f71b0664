import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditAction } from '@assay/contracts';
import type { Database } from '../../db/client.ts';
import { auditEvents, memberships, users } from '../../db/schema/index.ts';
import { countAll, keysetQuery, type Keyset } from '../../lib/paging.ts';

export interface AuditRecord {
  readonly workspaceId: string;
  readonly actorUserId: string | null;
  readonly action: AuditAction;
  readonly target?: { readonly type: string; readonly id: string } | undefined;
  readonly details?: Record<string, string | number | boolean | null> | undefined;
  readonly ip: string | null;
}

export async function insertAuditEvent(db: Database, event: AuditRecord): Promise<void> {
  await db.insert(auditEvents).values({
    workspaceId: event.workspaceId,
    actorUserId: event.actorUserId,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    details: event.details ?? {},
    ip: event.ip,
  });
}

/** One event in every workspace the user is a member of (one statement). */
export async function insertAuditEventForMember(db: Database, params: { userId: string; action: AuditAction; ip: string | null }) {
  await db.execute(sql`
    insert into ${auditEvents} (workspace_id, actor_user_id, action, ip)
    select ${memberships.workspaceId}, ${memberships.userId}, ${params.action}, ${params.ip}
    from ${memberships} where ${memberships.userId} = ${params.userId}`);
}

const columns = {
  id: auditEvents.id,
  occurredAt: auditEvents.occurredAt,
  action: auditEvents.action,
  actorUserId: auditEvents.actorUserId,
  actorName: users.name,
  actorEmail: users.email,
  targetType: auditEvents.targetType,
  targetId: auditEvents.targetId,
  details: auditEvents.details,
  ip: auditEvents.ip,
};

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

export interface AuditFilter {
  readonly action?: AuditAction | undefined;
  /** Included. */
  readonly from?: Date | undefined;
  /** Excluded. */
  readonly to?: Date | undefined;
}

/** Newest first: the id grows with time, and the primary key (workspace_id, id) serves the order. */
export const AUDIT_KEYSET: Keyset = {
  list: 'audit',
  keys: [{ column: auditEvents.id, type: 'bigint' }],
  direction: 'desc',
};

function filterConditions(workspaceId: string, filter: AuditFilter): (SQL | undefined)[] {
  return [
    eq(auditEvents.workspaceId, workspaceId),
    filter.action === undefined ? undefined : eq(auditEvents.action, filter.action),
    filter.from === undefined ? undefined : gte(auditEvents.occurredAt, filter.from),
    filter.to === undefined ? undefined : lt(auditEvents.occurredAt, filter.to),
  ];
}

/** `limit` events after the cursor, newest first, of one action and a time range when given. */
export async function listAuditEvents(db: Database, params: { workspaceId: string; cursor?: string | undefined; limit: number; filter?: AuditFilter }) {
  const page = keysetQuery(AUDIT_KEYSET, params.cursor);
  return db
    .select({ ...columns, pageKey: page.key })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...filterConditions(params.workspaceId, params.filter ?? {}), page.after))
    .orderBy(...page.orderBy)
    .limit(params.limit);
}

/** How many events the same filters give (the list's `total`): an index range of the workspace's events. */
export async function countAuditEvents(db: Database, params: { workspaceId: string; filter?: AuditFilter }): Promise<number> {
  const [row] = await db.select({ total: countAll }).from(auditEvents).where(and(...filterConditions(params.workspaceId, params.filter ?? {})));
  return row!.total;
}
