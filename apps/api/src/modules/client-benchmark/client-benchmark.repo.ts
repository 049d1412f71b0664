// The "Your clients" benchmark: the contributions of the caller's other client workspaces, and
// the releases already shown for a viewed workspace.
import { asc, eq } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import { clientBenchmarkReleases, workspaces } from '../../db/schema/index.ts';

export interface ContributionRow {
  workspace_id: string;
  assessment_id: string;
  /** Microseconds since the epoch, as text: a recompute of the same assessment is another contribution. */
  computed_at: string;
  level: number;
  /** The result digest's practice states; null for an engine-1 result. */
  practices: { practiceId: string; status: string }[] | null;
}

/**
 * One row per contributing workspace: every workspace other than `workspaceId` where the user is
 * owner, admin or assessor and whose owner opted in; of its teams not archived, each team's latest
 * closed assessment, kept only when its result met the k frozen on it (a withheld round is not
 * replaced by an older one); of those, the one closed last (ties: the greater id).
 */
export async function listContributions(database: Pick<DatabaseHandle, 'query'>, params: { userId: string; workspaceId: string }): Promise<ContributionRow[]> {
  return database.query<ContributionRow>(
    'client_benchmark_contributions',
    `select distinct on (t.workspace_id)
       t.workspace_id, la.id as assessment_id,
       (extract(epoch from r.computed_at) * 1000000)::bigint::text as computed_at,
       r.level::int as level,
       r.digest->'roadmap'->'practices' as practices
     from memberships m
     join workspaces w on w.id = m.workspace_id and w.client_benchmark
     join teams t on t.workspace_id = m.workspace_id and t.archived_at is null
     join lateral (
       select a.id, a.closed_at, a.anonymity_threshold from assessments a
       where a.workspace_id = t.workspace_id and a.team_id = t.id and a.status = 'closed'
       order by a.closed_at desc, a.id desc limit 1
     ) la on true
     join assessment_results r on r.workspace_id = t.workspace_id and r.assessment_id = la.id and r.respondents >= la.anonymity_threshold
     where m.user_id = $1 and m.role in ('owner', 'admin', 'assessor') and m.workspace_id <> $2
     order by t.workspace_id, la.closed_at desc, la.id desc`,
    [params.userId, params.workspaceId],
  );
}

/** Takes the viewed workspace's row lock: releases of one workspace are decided one at a time. */
export async function lockWorkspace(db: Database, params: { workspaceId: string }): Promise<void> {
  await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, params.workspaceId)).for('update');
}

export async function listReleases(db: Database, params: { workspaceId: string }) {
  return db
    .select({ fingerprint: clientBenchmarkReleases.fingerprint, contributors: clientBenchmarkReleases.contributors })
    .from(clientBenchmarkReleases)
    .where(eq(clientBenchmarkReleases.workspaceId, params.workspaceId))
    .orderBy(asc(clientBenchmarkReleases.createdAt));
}

export async function insertRelease(db: Database, params: { workspaceId: string; fingerprint: string; contributors: Record<string, string> }): Promise<void> {
  await db.insert(clientBenchmarkReleases).values(params);
}
