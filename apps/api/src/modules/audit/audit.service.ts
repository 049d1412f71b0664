import type { AuditAction, AuditEvent, AuditPage } from '@assay/contracts';
import type { Deps } from '../../deps.ts';
import { csvRow } from '../../lib/csv.ts';
import { pageOf } from '../../lib/paging.ts';
import { iso } from '../../lib/time.ts';
import { authorize } from '../../permissions.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './audit.repo.ts';

export type { AuditRecord } from './audit.repo.ts';

/** Records an event in the workspace's audit trail. */
export async function record(deps: Pick<Deps, 'db'>, event: repo.AuditRecord): Promise<void> {
  await repo.insertAuditEvent(deps.db, event);
}

function toEvent(row: repo.AuditRow): AuditEvent {
  return {
    id: String(row.id),
    occurredAt: iso(row.occurredAt),
    action: row.action as AuditEvent['action'],
    actor: row.actorUserId && row.actorName !== null && row.actorEmail !== null ? { userId: row.actorUserId, name: row.actorName, email: row.actorEmail } : null,
    target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
    details: row.details,
    ip: row.ip,
  };
}

type Params = { workspaceId: string; userId: string; tokenVersion: number; ip: string };

/** A page of the workspace's audit trail, newest first, of one action and a time range when asked (owners and admins). */
export async function listAudit(
  deps: Deps,
  params: Params & { cursor?: string | undefined; limit: number; action?: AuditAction | undefined; from?: string | undefined; to?: string | undefined },
): Promise<AuditPage> {
  const filter = { action: params.action, from: params.from === undefined ? undefined : new Date(params.from), to: params.to === undefined ? undefined : new Date(params.to) };
  authorize(await requireAccess(deps, params), 'audit.read');
  const query = { workspaceId: params.workspaceId, cursor: params.cursor, limit: params.limit + 1, filter };
  const [rows, total] = await Promise.all([repo.listAuditEvents(deps.db, query), repo.countAuditEvents(deps.db, query)]);
  return pageOf(repo.AUDIT_KEYSET, rows, params.limit, total, toEvent);
}

const PAGE = 1000;

/** The whole trail as a file (JSON or CSV); the export itself is recorded. */
export async function exportAudit(deps: Deps, params: Params & { format: 'json' | 'csv' }): Promise<{ filename: string; contentType: string; body: string }> {
  authorize(await requireAccess(deps, params), 'audit.read');
  const events: AuditEvent[] = [];
  for (let cursor: string | undefined; ; ) {
    const rows = await repo.listAuditEvents(deps.db, { workspaceId: params.workspaceId, cursor, limit: PAGE + 1 });
    const page = pageOf(repo.AUDIT_KEYSET, rows, PAGE, 0, toEvent);
    events.push(...page.items);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  await record(deps, { workspaceId: params.workspaceId, actorUserId: params.userId, action: 'audit.exported', details: { format: params.format, events: events.length }, ip: params.ip });
  const stem = `assay-audit-${params.workspaceId.slice(0, 8)}`;
  if (params.format === 'csv') {
    const header = ['id', 'occurred_at', 'action', 'actor_user_id', 'actor_name', 'actor_email', 'target_type', 'target_id', 'details', 'ip'];
    const rows = events.map((e) => [e.id, e.occurredAt, e.action, e.actor?.userId ?? '', e.actor?.name ?? '', e.actor?.email ?? '', e.target?.type ?? '', e.target?.id ?? '', JSON.stringify(e.details), e.ip ?? '']);
    return { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: `${[header, ...rows].map(csvRow).join('\r\n')}\r\n` };
  }
  return { filename: `${stem}.json`, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify({ workspaceId: params.workspaceId, events }, null, 2)}\n` };
}
