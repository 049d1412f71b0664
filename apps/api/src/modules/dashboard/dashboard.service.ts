import { amorim2023Benchmark, calendarDateIn, getSeries, percentOf, formatSource, targetProgress, type Level, type PracticeTargets } from '@assay/domain';
import type { Dashboard, DashboardLatest, DashboardQuery, DashboardTeam, OnTrackStateDto, PaperLevels } from '@assay/contracts';
import type { Caller, Deps } from '../../deps.ts';
import { BadRequestError } from '../../errors.ts';
import { iso } from '../../lib/time.ts';
import { authorize, visibleTeams } from '../../permissions.ts';
import { roadmapInputOf } from '../../lib/digest.ts';
import { findTimeZone } from '../targets/targets.repo.ts';
import { requireAccess } from '../workspaces/workspaces.service.ts';
import * as repo from './dashboard.repo.ts';

const LEVELS = [1, 2, 3, 4] as const;

/**
 * The paper's self-declared maturity levels (§5.1, Fig. 2) only as it reports them: levels 1 and 3
 * from the text, levels 2 and 4 as one derived count (the text does not split them). Categories
 * with no count are left out, never filled in.
 */
export function paperLevels(): PaperLevels {
  const series = getSeries(amorim2023Benchmark, 'maturity_level');
  if (!series) throw new Error('benchmark series maturity_level is missing');
  const levelOf = (id: string) => Number(/^level_(\d)$/.exec(id)?.[1]) as Level;
  return {
    seriesId: series.id,
    title: series.title,
    base: series.base,
    source: formatSource(series.source),
    note: series.note ?? null,
    categories: series.categories.flatMap((category) =>
      category.count === null || category.status === 'not_reported'
        ? []
        : [
            {
              id: category.id,
              levels: (category.combines ?? [category.id]).map(levelOf),
              label: category.label,
              count: category.count,
              percent: percentOf(category.count, series.base),
              status: category.status,
              note: category.note ?? null,
            },
          ],
    ),
  };
}

type Row = repo.TeamSummaryRow;
const toIso = (value: Date | string) => iso(value instanceof Date ? value : new Date(value));

function latestOf(row: Row): DashboardLatest | null {
  if (row.assessment_id === null || row.closed_at === null) return null;
  const base = { assessmentId: row.assessment_id, title: row.title ?? '', closedAt: toIso(row.closed_at) };
  if (row.level !== null && row.level_max !== null && row.respondents !== null) {
    return { status: 'shown', ...base, level: row.level as Level, levelMax: row.level_max as Level, respondents: row.respondents };
  }
  return { status: 'withheld', ...base, respondents: row.submitted ?? 0, minimum: row.minimum ?? 1 };
}

/** A team being listed: what the first statement read, and its on-track state once judged. */
interface Entry {
  row: Row;
  latest: DashboardLatest | null;
  state: OnTrackStateDto | null;
}

/** The sort key of an entry: the primary value (null sorts last in either direction), then name and id. */
type Key = [primary: number | string | null, name: string, id: string];

function keyOf(entry: Entry, sort: DashboardQuery['sort']): Key {
  const { row, latest } = entry;
  const primary =
    sort === 'level' ? (latest?.status === 'shown' ? latest.level : null)
    : sort === 'last_assessment' ? (latest?.closedAt ?? null)
    : sort === 'overdue_actions' ? row.overdue_actions
    : row.name.toLocaleLowerCase('en');
  return [primary, row.name.toLocaleLowerCase('en'), row.team_id];
}

const DEFAULT_DESC: Record<DashboardQuery['sort'], boolean> = { name: false, level: true, last_assessment: true, overdue_actions: true };

function compareKeys(a: Key, b: Key, desc: boolean): number {
  if (a[0] !== b[0]) {
    if (a[0] === null) return 1;
    if (b[0] === null) return -1;
    const order = a[0] < b[0] ? -1 : 1;
    return desc ? -order : order;
  }
  // Ties by name (A–Z), then id, whatever the direction.
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

function encodeCursor(sort: string, desc: boolean, key: Key): string {
  return Buffer.from(JSON.stringify([sort, desc ? 'desc' : 'asc', ...key])).toString('base64url');
}

function decodeCursor(cursor: string, sort: string, desc: boolean): Key {
  const refuse = () =>
    new BadRequestError('cursor_invalid', 'This cursor was not given by a previous page of this sort: pass nextCursor as it came with the same sort and order, or leave cursor out for the first page.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) throw refuse();
  const [s, o, primary, name, id] = parsed as unknown[];
  if (s !== sort || o !== (desc ? 'desc' : 'asc') || typeof name !== 'string' || typeof id !== 'string') throw refuse();
  if (primary !== null && typeof primary !== 'number' && typeof primary !== 'string') throw refuse();
  return [primary, name, id];
}

function matchesLevel(latest: DashboardLatest | null, filter: DashboardQuery['level']): boolean {
  if (filter === undefined) return true;
  if (filter === 'none') return latest === null;
  if (filter === 'withheld') return latest?.status === 'withheld';
  return latest?.status === 'shown' && latest.level === Number(filter);
}

/**
 * The workspace dashboard (every role; a member sees only their teams, as the team list does):
 * a page of teams with their latest level or "withheld", the level history, the latest dimension
 * scores, target and on-track state and action counts; the distribution of all the caller's teams
 * over the levels beside the paper's. Five statements whatever the number of teams: the caller's
 * access, the time zone, one summary row per team, the roadmap input of the teams judged against a
 * target, and the histories of the page's teams. Sorting, filtering and paging are done here, on
 * the summaries, because the on-track state is the domain's judgement, not a column.
 */
export async function getDashboard(deps: Deps, params: { workspaceId: string } & Omit<Caller, 'ip'> & DashboardQuery): Promise<Dashboard> {
  const desc = params.order === undefined ? DEFAULT_DESC[params.sort] : params.order === 'desc';
  const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor, params.sort, desc);
  const access = await requireAccess(deps, params);
  authorize(access, 'teams.read');
  const visible = visibleTeams(access, 'teams.read');
  const timeZone = await findTimeZone(deps.db, params);
  const today = calendarDateIn(Date.now(), timeZone);
  const rows = await repo.listTeamSummaries(deps.database, {
    workspaceId: params.workspaceId,
    teamIds: visible === 'all' ? null : visible,
    today,
  });

  const entries: Entry[] = rows.map((row) => ({ row, latest: latestOf(row), state: null }));
  // The distribution is over every team the caller may see, whatever the filters.
  const distribution = { teams: 0, levels: LEVELS.map((level) => ({ level, teams: 0 })), withheld: 0, noResult: 0 };
  for (const entry of entries) {
    distribution.teams += 1;
    if (entry.latest === null) distribution.noResult += 1;
    else if (entry.latest.status === 'withheld') distribution.withheld += 1;
    else distribution.levels[entry.latest.level - 1]!.teams += 1;
  }

  // On-track states: for every team with a target when filtering by them, else only the page's.
  const judge = async (list: readonly Entry[]) => {
    const targeted = list.filter((entry) => entry.row.target_level !== null);
    const inputs = await repo.listRoadmapInputs(deps.database, { workspaceId: params.workspaceId, teamIds: targeted.map((entry) => entry.row.team_id) });
    const byTeam = new Map(inputs.map((input) => [input.team_id, input]));
    for (const entry of targeted) {
      const input = byTeam.get(entry.row.team_id);
      const result = input ? roadmapInputOf(input.roadmap) : null;
      entry.state = targetProgress(result, { level: entry.row.target_level as Level, practices: (entry.row.practices ?? {}) as PracticeTargets, dueDate: entry.row.due_date! }, today).state;
    }
  };

  const text = params.q?.toLocaleLowerCase('en') ?? '';
  let filtered = entries.filter((entry) => matchesLevel(entry.latest, params.level) && (text === '' || entry.row.name.toLocaleLowerCase('en').includes(text)));
  if (params.onTrack !== undefined) {
    await judge(filtered);
    filtered = filtered.filter((entry) => (params.onTrack === 'no_target' ? entry.row.target_level === null : entry.state === params.onTrack));
  }
  const keyed = filtered.map((entry) => ({ entry, key: keyOf(entry, params.sort) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, desc));
  const start = after === undefined ? 0 : keyed.findIndex((item) => compareKeys(item.key, after, desc) > 0);
  const slice = start < 0 ? [] : keyed.slice(start, start + params.limit);
  const more = start >= 0 && start + params.limit < keyed.length;
  const page = slice.map((item) => item.entry);
  if (params.onTrack === undefined) await judge(page);

  const histories = await repo.listHistories(deps.database, { workspaceId: params.workspaceId, teamIds: page.map((entry) => entry.row.team_id) });
  const historyOf = new Map<string, repo.HistoryRow[]>();
  for (const row of histories) historyOf.set(row.team_id, [...(historyOf.get(row.team_id) ?? []), row]);

  const items: DashboardTeam[] = page.map(({ row, latest, state }) => {
    const history = historyOf.get(row.team_id) ?? [];
    const newest = history[0];
    return {
      teamId: row.team_id,
      name: row.name,
      latest,
      history: history
        .map((h) => ({ assessmentId: h.assessment_id, closedAt: toIso(h.closed_at), level: h.level === null ? null : (h.level as Level) }))
        .reverse(),
      dimensions: latest?.status === 'shown' && newest?.assessment_id === latest.assessmentId ? ((newest.dimensions ?? []) as DashboardTeam['dimensions']) : [],
      target: row.target_level !== null && row.due_date !== null ? { level: row.target_level as Level, dueDate: row.due_date, state: state ?? 'no_result' } : null,
      actions: { open: row.open_actions, overdue: row.overdue_actions },
    };
  });
  const last = slice[slice.length - 1];
  return {
    items,
    nextCursor: more && last ? encodeCursor(params.sort, desc, last.key) : null,
    total: filtered.length,
    today,
    timeZone,
    distribution,
    paper: paperLevels(),
  };
}
