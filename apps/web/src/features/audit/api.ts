import { AuditPageSchema, type AuditAction, type AuditPage } from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { saveFile } from '../../lib/save-file.ts';

/** What the audit log is narrowed to: one kind of event, a time range (`from` included, `to` excluded). */
export interface AuditFilter {
  readonly action?: AuditAction | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export function auditPath(workspaceId: string, filter: AuditFilter, cursor: string | null, limit = 50): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filter.action) query.set('action', filter.action);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (cursor) query.set('cursor', cursor);
  return `/workspaces/${workspaceId}/audit?${query.toString()}`;
}

export const listAudit = (workspaceId: string, filter: AuditFilter, cursor: string | null): Promise<AuditPage> =>
  http.get(auditPath(workspaceId, filter, cursor), { schema: AuditPageSchema });

/** The whole log as a file (the download is itself recorded). */
export const downloadAudit = (workspaceId: string, format: 'csv' | 'json'): Promise<void> =>
  saveFile(`/workspaces/${workspaceId}/audit/export?format=${format}`, `assay-audit.${format}`);
