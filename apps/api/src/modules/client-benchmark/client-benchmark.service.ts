import { createHash } from 'node:crypto';
import type { ClientBenchmark } from '@assay/contracts';
import { benchmarkClients, releaseAllowed, type ClientContribution, type Level } from '@assay/domain';
import type { Caller, Deps } from '../../deps.ts';
import { authorize } from '../../permissions.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './client-benchmark.repo.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A release as stored: SHA-256 of each contributing workspace's id → SHA-256 of the result it
 * contributed, so the viewed workspace's rows hold no other workspace's id or figures.
 */
function releaseOf(rows: readonly repo.ContributionRow[]): { contributors: Record<string, string>; fingerprint: string } {
  const entries = rows.map((row) => [sha256(row.workspace_id), sha256(`${row.workspace_id}:${row.assessment_id}:${row.computed_at}`)] as const);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { contributors: Object.fromEntries(entries), fingerprint: sha256(entries.map(([w, r]) => `${w}=${r}`).join('\n')) };
}

/**
 * How the caller's other client workspaces stand (owner, admin, assessor of the viewed one only:
 * members and viewers 403, non-members 404). Under 5 contributing workspaces: `not_enough`. Else
 * the release (the set of contributed results) is shown when it is one already shown for this
 * workspace, or differs from every one shown by two or more workspaces (it is then recorded);
 * otherwise `held`: comparing it with an earlier view would give one client's result.
 */
export async function clientBenchmark(deps: Deps, params: { workspaceId: string } & Omit<Caller, 'ip'>): Promise<ClientBenchmark> {
  const access = await requireAccess(deps, params);
  authorize(access, 'benchmark.clients');
  const rows = await repo.listContributions(deps.database, { userId: params.userId, workspaceId: params.workspaceId });
  const figures = benchmarkClients(
    rows.map((row): ClientContribution => ({ level: row.level as Level, practices: (row.practices as ClientContribution['practices'] | null) ?? null })),
  );
  if (figures.status === 'not_enough') return figures;
  const release = releaseOf(rows);
  const shown = await deps.db.transaction(async (tx) => {
    await repo.lockWorkspace(tx, { workspaceId: params.workspaceId });
    const earlier = await repo.listReleases(tx, { workspaceId: params.workspaceId });
    if (earlier.some((previous) => previous.fingerprint === release.fingerprint)) return true;
    if (!releaseAllowed(release.contributors, earlier.map((previous) => previous.contributors))) return false;
    await repo.insertRelease(tx, { workspaceId: params.workspaceId, ...release });
    return true;
  });
  if (!shown) return { status: 'held', minimum: figures.minimum };
  const cell = (c: { count: number } | { suppressed: true }) => ('count' in c ? { count: c.count } : { suppressed: true as const });
  return {
    status: 'shown',
    minimum: figures.minimum,
    workspaces: figures.levels.workspaces,
    levels: figures.levels.cells.map((c) => ({ level: c.key, cell: cell(c.cell) })),
    practices:
      figures.practices.status === 'shown'
        ? {
            status: 'shown',
            workspaces: figures.practices.workspaces,
            items: figures.practices.items.map((item) => ({ practiceId: item.practiceId, cells: item.cells.map((c) => ({ state: c.key, cell: cell(c.cell) })) })),
          }
        : figures.practices,
  };
}
