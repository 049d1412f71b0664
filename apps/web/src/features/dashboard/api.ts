import { DashboardSchema, type Dashboard, type DashboardQuery } from '@assay/contracts';
import { http } from '../../lib/http.ts';

/** What the reader chose: sort, order and filters (the page size and cursor are the query's). */
export type DashboardView = Pick<DashboardQuery, 'sort' | 'order' | 'level' | 'onTrack' | 'q'>;

/** A page of the workspace dashboard, sorted and filtered by the server. */
export function getDashboard(workspaceId: string, view: DashboardView, cursor: string | null): Promise<Dashboard> {
  const query = new URLSearchParams({ sort: view.sort });
  if (view.order) query.set('order', view.order);
  if (view.level) query.set('level', view.level);
  if (view.onTrack) query.set('onTrack', view.onTrack);
  if (view.q) query.set('q', view.q);
  if (cursor) query.set('cursor', cursor);
  return http.get(`/workspaces/${workspaceId}/dashboard?${query.toString()}`, { schema: DashboardSchema });
}
