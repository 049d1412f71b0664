import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { AuditAction } from '@assay/contracts';
import type { Database } from '../../db/client.ts';
import { auditEvents, memberships, users } from '../../db/schema/index.ts';

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

/** The newest first, strictly older than `before` when given, of one action and a time range when given. */
export async function listAuditEvents(db: Database, params: { workspaceId: string; before?: number | undefined; limit: number; filter?: AuditFilter }) {
  const filter = params.filter ?? {};
  return db
    .select(columns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.workspaceId, params.workspaceId),
        params.before === undefined ? undefined : lt(auditEvents.id, params.before),
        filter.action === undefined ? undefined : eq(auditEvents.action, filter.action),
        filter.from === undefined ? undefined : gte(auditEvents.occurredAt, filter.from),
        filter.to === undefined ? undefined : lt(auditEvents.occurredAt, filter.to),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(params.limit);
}
