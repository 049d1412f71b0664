// The "Your clients" benchmark: how a consultant's other client workspaces stand, level by level
// and practice by practice, released only in a form from which no single client can be read.
// Pure: the API gathers the contributions and keeps the releases; the rules live here.
import type { PracticeId } from '../scoring/practice-model.ts';
import { LEVELS, type Level, type PracticeStatus } from '../scoring/types.ts';

/** Fewest other client workspaces with a closed result for the benchmark to be shown. */
export const CLIENT_BENCHMARK_MINIMUM_WORKSPACES = 5;
/** Fewest clients a shown cell may count; smaller cells (0 or 1) are suppressed. */
export const CLIENT_BENCHMARK_MINIMUM_CELL = 2;

/** The practice states as the benchmark groups them: "don't know", unanswered and not asked are `unknown`. */
export const CLIENT_PRACTICE_STATES = ['absent', 'manual', 'automated', 'unknown'] as const;
export type ClientPracticeState = (typeof CLIENT_PRACTICE_STATES)[number];

/** One client workspace's contribution: the level and practice states of its chosen result. */
export interface ClientContribution {
  readonly level: Level;
  /** Null for an engine-1 result (no practice model): it counts in the levels only. */
  readonly practices: readonly { readonly practiceId: PracticeId; readonly status: PracticeStatus }[] | null;
}

/** A cell: how many clients, or suppressed (no number at all, whatever the reason). */
export type ClientCell = { readonly count: number } | { readonly suppressed: true };

export interface ClientDistribution<K extends string | number> {
  /** How many client workspaces the row counts (its base). */
  readonly workspaces: number;
  readonly cells: readonly { readonly key: K; readonly cell: ClientCell }[];
}

export type ClientBenchmarkFigures =
  | { readonly status: 'not_enough'; readonly minimum: number }
  | {
      readonly status: 'shown';
      readonly minimum: number;
      readonly levels: ClientDistribution<Level>;
      /** Per practice, among the clients whose result has practice states (engine 2); not_enough under the minimum. */
      readonly practices:
        | { readonly status: 'not_enough'; readonly minimum: number }
        | { readonly status: 'shown'; readonly workspaces: number; readonly items: readonly ({ readonly practiceId: PracticeId } & ClientDistribution<ClientPracticeState>)[] };
    };

/**
 * Which cells of one row to suppress, given its counts (all of one base, which is shown).
 *
 * 1. Every cell under `CLIENT_BENCHMARK_MINIMUM_CELL` (2) is suppressed.
 * 2. Complementary suppression: while some cell is suppressed and either only one is, or the
 *    suppressed cells hold fewer than 2 clients together, the smallest shown cell (the first of
 *    equals) is suppressed too. A lone suppressed cell would be the base minus the shown ones,
 *    and suppressed cells summing to 0 or 1 would tell 0 from 1; so every suppressed cell can be
 *    0, 1 or more, and no shown cell ever holds every client (the others would be 0).
 *
 * Returns, per cell, whether it is suppressed (in the order given).
 */
export function suppressCells(counts: readonly number[]): boolean[] {
  const suppressed = counts.map((count) => count < CLIENT_BENCHMARK_MINIMUM_CELL);
  const hidden = () => counts.filter((_, i) => suppressed[i]);
  for (;;) {
    const cells = hidden();
    const sum = cells.reduce((a, b) => a + b, 0);
    if (cells.length === 0 || (cells.length >= 2 && sum >= CLIENT_BENCHMARK_MINIMUM_CELL)) break;
    let smallest = -1;
    counts.forEach((count, i) => {
      if (!suppressed[i] && (smallest === -1 || count < counts[smallest]!)) smallest = i;
    });
    if (smallest === -1) break; // every cell suppressed already
    suppressed[smallest] = true;
  }
  return suppressed;
}

function distribution<K extends string | number>(keys: readonly K[], counts: readonly number[], workspaces: number): ClientDistribution<K> {
  const suppressed = suppressCells(counts);
  return { workspaces, cells: keys.map((key, i) => ({ key, cell: suppressed[i] ? { suppressed: true } : { count: counts[i]! } })) };
}

function groupState(status: PracticeStatus): ClientPracticeState {
  return status === 'absent' || status === 'manual' || status === 'automated' ? status : 'unknown';
}

/**
 * The benchmark of the other client workspaces, one contribution each (the viewed client is never
 * among them). Under `CLIENT_BENCHMARK_MINIMUM_WORKSPACES` (5) contributions: `not_enough`, with no
 * figure at all. Otherwise the clients over the four levels and, when at least 5 of them have
 * practice states, each practice's clients over absent, manual, automated and unknown; every row
 * suppressed by `suppressCells`. Practices are listed in the order first met.
 */
export function benchmarkClients(contributions: readonly ClientContribution[]): ClientBenchmarkFigures {
  const minimum = CLIENT_BENCHMARK_MINIMUM_WORKSPACES;
  if (contributions.length < minimum) return { status: 'not_enough', minimum };
  const levelCounts = LEVELS.map((level) => contributions.filter((c) => c.level === level).length);
  const withPractices = contributions.filter((c) => c.practices !== null);
  let practices: Extract<ClientBenchmarkFigures, { status: 'shown' }>['practices'] = { status: 'not_enough', minimum };
  if (withPractices.length >= minimum) {
    const counts = new Map<PracticeId, number[]>();
    for (const contribution of withPractices) {
      const seen = new Set<PracticeId>();
      for (const practice of contribution.practices!) {
        if (seen.has(practice.practiceId)) continue;
        seen.add(practice.practiceId);
        const row = counts.get(practice.practiceId) ?? CLIENT_PRACTICE_STATES.map(() => 0);
        row[CLIENT_PRACTICE_STATES.indexOf(groupState(practice.status))]! += 1;
        counts.set(practice.practiceId, row);
      }
    }
    // A practice a client's questionnaire did not have is "unknown" for that client: every row counts every client.
    const items = [...counts].map(([practiceId, row]) => {
      const missing = withPractices.length - row.reduce((a, b) => a + b, 0);
      const full = row.map((count, i) => (CLIENT_PRACTICE_STATES[i] === 'unknown' ? count + missing : count));
      return { practiceId, ...distribution(CLIENT_PRACTICE_STATES, full, withPractices.length) };
    });
    practices = { status: 'shown', workspaces: withPractices.length, items };
  }
  return { status: 'shown', minimum, levels: distribution(LEVELS, levelCounts, contributions.length), practices };
}

/**
 * How many client workspaces differ between two releases, each given as contributing workspace →
 * the result it contributed (opaque keys: the API passes digests). A workspace counts once whether
 * it joined, left or contributed another result.
 */
export function releaseDistance(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): number {
  let distance = 0;
  for (const [workspace, result] of Object.entries(a)) if (b[workspace] !== result) distance += 1;
  for (const workspace of Object.keys(b)) if (!(workspace in a)) distance += 1;
  return distance;
}

/**
 * Whether a release may be shown beside the releases already shown for the same viewed client:
 * never when it differs from one of them by exactly one client workspace, since comparing the two
 * would give that client's level and practice states (its arrival, departure or new round). The
 * same release again (distance 0) or one that differs by two or more clients may be shown.
 */
export function releaseAllowed(next: Readonly<Record<string, string>>, shown: readonly Readonly<Record<string, string>>[]): boolean {
  return shown.every((previous) => releaseDistance(previous, next) !== 1);
}
