// The portfolio's read: one statement for a page of workspaces, whatever their number of teams.
// Hand-written SQL through `database.query` (a named prepared statement on PostgreSQL).
import { PORTFOLIO_TEAMS_LISTED } from '@assay/contracts';
import type { DatabaseHandle } from '../../db/client.ts';

type Query = Pick<DatabaseHandle, 'query'>;

/** A listed team and its latest closed round (`level` null: withheld, or no round when `closed_at` is null too). */
export interface ListedTeamRow {
  team_id: string;
  name: string;
  closed_at: string | null;
  level: number | null;
  level_max: number | null;
  /** Withheld rounds: submitted responses and the frozen k. */
  submitted: number | null;
  minimum: number | null;
}

export interface WorkspaceSummaryRow {
  workspace_id: string;
  teams: number;
  level_1: number;
  level_2: number;
  level_3: number;
  level_4: number;
  withheld: number;
  no_result: number;
  listed: ListedTeamRow[] | null;
  open_assessments: number;
  started: number;
  submitted: number;
  below_threshold: number;
  last_activity_at: Date | string | null;
}

/**
 * For each of `workspaceIds` the caller is a member of (a workspace they are not in yields no row:
 * the membership is joined here, not trusted from the caller), what their role lets them see:
 * every team not archived, or (`seeOwn` roles: members) only their own teams, or none. Per team the latest closed round,
 * its level only when the result may be shown (as `resultShown`: a stored result with at least the
 * k frozen on the assessment), else the submitted count for "not enough responses"; the open
 * assessments with their response counts; the last activity. Last activity needs no scan of every
 * assessment: saves stop when an assessment closes, so it is the latest of each team's newest
 * creation (index), latest close, and its open assessments' openings and response saves.
 */
export async function listWorkspaceSummaries(
  database: Query,
  params: {
    userId: string;
    workspaceIds: readonly string[];
    /** Roles that see every team, and roles that see only their own teams (`permissions.ts`). */
    seeAll: readonly string[];
    seeOwn: readonly string[];
  },
): Promise<WorkspaceSummaryRow[]> {
  return database.query<WorkspaceSummaryRow>(
    'portfolio_workspace_summaries',
    `with page as (
       select m.workspace_id, m.role
       from unnest($1::uuid[]) as p(workspace_id)
       join memberships m on m.workspace_id = p.workspace_id and m.user_id = $2::uuid
     ),
     seen as (
       select t.workspace_id, t.id, t.name
       from page p
       join teams t on t.workspace_id = p.workspace_id and t.archived_at is null
       where p.role = any($3::text[])
          or p.role = any($4::text[]) and exists (select 1 from team_members tm where tm.team_id = t.id and tm.user_id = $2::uuid and tm.workspace_id = t.workspace_id)
     ),
     latest as (
       select s.workspace_id, s.id as team_id, s.name,
         row_number() over (partition by s.workspace_id order by s.name, s.id) as n,
         la.id as assessment_id, la.closed_at,
         case when r.respondents >= la.anonymity_threshold then r.level::int end as level,
         case when r.respondents >= la.anonymity_threshold then r.level_max::int end as level_max,
         case when la.id is not null and (r.assessment_id is null or r.respondents < la.anonymity_threshold) then
           (select count(*)::int from responses x where x.workspace_id = s.workspace_id and x.assessment_id = la.id and x.status = 'submitted')
         end as submitted,
         case when la.id is not null then la.anonymity_threshold::int end as minimum,
         (select max(a.created_at) from assessments a where a.workspace_id = s.workspace_id and a.team_id = s.id) as created_at
       from seen s
       left join lateral (
         select a.id, a.closed_at, a.anonymity_threshold from assessments a
         where a.workspace_id = s.workspace_id and a.team_id = s.id and a.status = 'closed'
         order by a.closed_at desc, a.id desc limit 1
       ) la on true
       left join assessment_results r on r.workspace_id = s.workspace_id and r.assessment_id = la.id
     ),
     by_team as (
       select workspace_id,
         count(*)::int as teams,
         count(*) filter (where level = 1)::int as level_1,
         count(*) filter (where level = 2)::int as level_2,
         count(*) filter (where level = 3)::int as level_3,
         count(*) filter (where level = 4)::int as level_4,
         count(*) filter (where assessment_id is not null and level is null)::int as withheld,
         count(*) filter (where assessment_id is null)::int as no_result,
         json_agg(json_build_object('team_id', team_id, 'name', name, 'closed_at', closed_at, 'level', level, 'level_max', level_max,
                                    'submitted', submitted, 'minimum', minimum) order by n)
           filter (where n <= ${PORTFOLIO_TEAMS_LISTED}) as listed,
         greatest(max(closed_at), max(created_at)) as changed_at
       from latest group by workspace_id
     ),
     open_rounds as (
       select s.workspace_id,
         count(*)::int as open_assessments,
         coalesce(sum(rc.started), 0)::int as started,
         coalesce(sum(rc.submitted), 0)::int as submitted,
         count(*) filter (where rc.submitted < a.anonymity_threshold)::int as below_threshold,
         greatest(max(a.opened_at), max(rc.saved_at)) as changed_at
       from seen s
       join assessments a on a.workspace_id = s.workspace_id and a.team_id = s.id and a.status = 'open'
       cross join lateral (
         select count(*) as started, count(*) filter (where x.status = 'submitted') as submitted, max(x.updated_at) as saved_at
         from responses x where x.workspace_id = a.workspace_id and x.assessment_id = a.id
       ) rc
       group by s.workspace_id
     )
     select p.workspace_id,
       coalesce(b.teams, 0) as teams, coalesce(b.level_1, 0) as level_1, coalesce(b.level_2, 0) as level_2,
       coalesce(b.level_3, 0) as level_3, coalesce(b.level_4, 0) as level_4,
       coalesce(b.withheld, 0) as withheld, coalesce(b.no_result, 0) as no_result, b.listed,
       coalesce(o.open_assessments, 0) as open_assessments, coalesce(o.started, 0) as started,
       coalesce(o.submitted, 0) as submitted, coalesce(o.below_threshold, 0) as below_threshold,
       greatest(b.changed_at, o.changed_at) as last_activity_at
     from page p
     left join by_team b on b.workspace_id = p.workspace_id
     left join open_rounds o on o.workspace_id = p.workspace_id`,
    [[...params.workspaceIds], params.userId, [...params.seeAll], [...params.seeOwn]],
  );
}
