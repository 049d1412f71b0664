// Comparing teams: one statement for all of them, whatever their number (2–6).
import type { DatabaseHandle } from '../../db/client.ts';
import type { LatestRoundRow } from '../dashboard/dashboard.repo.ts';

export interface ComparedTeamRow extends LatestRoundRow {
  /** Of the latest round's result when it may be shown: `{ dimensions, practices, steps }` (steps: the roadmap's first three). */
  parts: { dimensions?: { id: string; score: number | null }[]; practices?: { practiceId: string; status: string }[] | null; steps?: unknown[] | null } | null;
}

/**
 * The teams of `teamIds` that exist in the workspace and are not archived, with their latest closed
 * round and, when its result may be shown (the anonymity rule of `resultShown`), the parts of it
 * that are compared.
 */
export async function listComparedTeams(database: Pick<DatabaseHandle, 'query'>, params: { workspaceId: string; teamIds: readonly string[] }): Promise<ComparedTeamRow[]> {
  return database.query<ComparedTeamRow>(
    'compare_teams',
    `select t.id as team_id, t.name,
       la.id as assessment_id, la.title, la.closed_at, la.anonymity_threshold::int as minimum,
       case when shown then r.level::int end as level,
       case when shown then r.level_max::int end as level_max,
       case when shown then r.respondents end as respondents,
       case when la.id is not null and not coalesce(shown, false) then
         (select count(*)::int from responses s where s.workspace_id = t.workspace_id and s.assessment_id = la.id and s.status = 'submitted')
       end as submitted,
       case when shown then (
         select jsonb_build_object(
           'dimensions', (select jsonb_agg(jsonb_build_object('id', d.value->'id', 'score', d.value->'score') order by d.i)
                          from jsonb_array_elements(doc->'dimensions') with ordinality as d(value, i)),
           'practices', (select jsonb_agg(jsonb_build_object('practiceId', p.value->'practiceId', 'status', p.value->'status') order by p.i)
                         from jsonb_array_elements(doc->'practices') with ordinality as p(value, i)),
           'steps', jsonb_path_query_array(doc, '$.roadmap[0 to 2]'))
         from (select r.result as doc) as stored)
       end as parts
     from teams t
     left join lateral (
       select a.id, a.title, a.closed_at, a.anonymity_threshold from assessments a
       where a.workspace_id = t.workspace_id and a.team_id = t.id and a.status = 'closed'
       order by a.closed_at desc, a.id desc limit 1
     ) la on true
     left join assessment_results r on r.workspace_id = t.workspace_id and r.assessment_id = la.id
     cross join lateral (select r.respondents >= la.anonymity_threshold as shown) v
     where t.workspace_id = $1 and t.id = any($2::uuid[]) and t.archived_at is null`,
    [params.workspaceId, [...params.teamIds]],
  );
}
