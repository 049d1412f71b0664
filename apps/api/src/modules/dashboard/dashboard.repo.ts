// The dashboard's reads: a fixed number of statements whatever the number of teams (no query per
// team). Hand-written SQL through `database.query` (named prepared statements on PostgreSQL).
import type { DatabaseHandle } from '../../db/client.ts';
import type { ResultDigest } from '../../lib/digest.ts';

type Query = Pick<DatabaseHandle, 'query'>;

/** A team with its latest closed round (null fields when it has none) and whether its result may be shown. */
export interface LatestRoundRow {
  team_id: string;
  name: string;
  assessment_id: string | null;
  title: string | null;
  closed_at: Date | string | null;
  minimum: number | null;
  level: number | null;
  level_max: number | null;
  respondents: number | null;
  /** Submitted responses of the latest round, when its result is withheld. */
  submitted: number | null;
}

/** One row per visible team: its latest closed round (and whether its result may be shown), target and action counts. */
export interface TeamSummaryRow extends LatestRoundRow {
  target_level: number | null;
  due_date: string | null;
  practices: Record<string, 'manual' | 'automated'> | null;
  open_actions: number;
  overdue_actions: number;
}

/**
 * Every team of the workspace that is not archived (only `teamIds` when given: a member's own
 * teams). The anonymity rule is the one of `resultShown`: a stored result
 * counts only with at least the assessment's frozen k respondents.
 */
export async function listTeamSummaries(
  database: Query,
  params: { workspaceId: string; teamIds: readonly string[] | null; today: string },
): Promise<TeamSummaryRow[]> {
  return database.query<TeamSummaryRow>(
    'dashboard_team_summaries',
    `select t.id as team_id, t.name,
       la.id as assessment_id, la.title, la.closed_at, la.anonymity_threshold::int as minimum,
       case when r.respondents >= la.anonymity_threshold then r.level::int end as level,
       case when r.respondents >= la.anonymity_threshold then r.level_max::int end as level_max,
       case when r.respondents >= la.anonymity_threshold then r.respondents end as respondents,
       case when la.id is not null and (r.assessment_id is null or r.respondents < la.anonymity_threshold) then
         (select count(*)::int from responses s where s.workspace_id = t.workspace_id and s.assessment_id = la.id and s.status = 'submitted')
       end as submitted,
       tt.level::int as target_level, tt.due_date::text as due_date, tt.practices,
       coalesce(ac.open, 0)::int as open_actions, coalesce(ac.overdue, 0)::int as overdue_actions
     from teams t
     left join lateral (
       select a.id, a.title, a.closed_at, a.anonymity_threshold from assessments a
       where a.workspace_id = t.workspace_id and a.team_id = t.id and a.status = 'closed'
       order by a.closed_at desc, a.id desc limit 1
     ) la on true
     left join assessment_results r on r.workspace_id = t.workspace_id and r.assessment_id = la.id
     left join team_targets tt on tt.workspace_id = t.workspace_id and tt.team_id = t.id
     left join lateral (
       select count(*) filter (where x.status in ('open', 'in_progress')) as open,
              count(*) filter (where x.status in ('open', 'in_progress') and x.due_date < $3::date) as overdue
       from actions x where x.workspace_id = t.workspace_id and x.team_id = t.id
     ) ac on true
     where t.workspace_id = $1 and t.archived_at is null
       and ($2::uuid[] is null or t.id = any($2::uuid[]))`,
    [params.workspaceId, params.teamIds === null ? null : [...params.teamIds], params.today],
  );
}

/** The roadmap part of a team's latest shown result's digest (null for an engine-1 result). */
export interface RoadmapInputRow {
  team_id: string;
  roadmap: ResultDigest['roadmap'];
}

/**
 * For each of `teamIds`, the latest closed round whose result may be shown (as `findLatestResult`),
 * read from its digest, never the whole result.
 */
export async function listRoadmapInputs(database: Query, params: { workspaceId: string; teamIds: readonly string[] }): Promise<RoadmapInputRow[]> {
  return database.query<RoadmapInputRow>(
    'dashboard_roadmap_inputs',
    `select p.team_id,
       r.digest->'roadmap' as roadmap
     from unnest($2::uuid[]) as p(team_id)
     cross join lateral (
       select x.assessment_id from assessment_results x
       join assessments a on a.workspace_id = x.workspace_id and a.id = x.assessment_id
       where x.workspace_id = $1 and x.team_id = p.team_id and x.respondents >= a.anonymity_threshold
       order by a.closed_at desc, a.id desc limit 1
     ) l
     join assessment_results r on r.workspace_id = $1 and r.assessment_id = l.assessment_id`,
    [params.workspaceId, [...params.teamIds]],
  );
}

export interface HistoryRow {
  team_id: string;
  assessment_id: string;
  closed_at: Date | string;
  /** Null when the round's result is withheld. */
  level: number | null;
  /** The latest round's dimension scores (`{ id, score }`), when it is shown; null on the others. */
  dimensions: { id: string; score: number | null }[] | null;
}

/** The last 12 closed rounds of each of `teamIds`, newest first, with the latest one's dimension scores. */
export async function listHistories(database: Query, params: { workspaceId: string; teamIds: readonly string[] }): Promise<HistoryRow[]> {
  return database.query<HistoryRow>(
    'dashboard_histories',
    `select h.team_id, h.id as assessment_id, h.closed_at,
       case when r.respondents >= h.anonymity_threshold then r.level::int end as level,
       case when h.n = 1 and r.respondents >= h.anonymity_threshold then
         r.digest->'dimensions'
       end as dimensions
     from unnest($2::uuid[]) as p(team_id)
     cross join lateral (
       select a.id, a.team_id, a.closed_at, a.anonymity_threshold,
              row_number() over (order by a.closed_at desc, a.id desc) as n
       from assessments a
       where a.workspace_id = $1 and a.team_id = p.team_id and a.status = 'closed'
       order by a.closed_at desc, a.id desc limit 12
     ) h
     left join assessment_results r on r.workspace_id = $1 and r.assessment_id = h.id
     order by h.team_id, h.n`,
    [params.workspaceId, [...params.teamIds]],
  );
}
