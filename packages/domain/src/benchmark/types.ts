import type { LocalizedText } from '../i18n.ts';
import type { Answer } from '../questionnaire/types.ts';

/**
 * - reported: the paper's text gives the count.
 * - derived: obtained by subtraction from reported counts (e.g. 66 − 45 − 21).
 * - not_reported: the paper shows or mentions the category without giving its count.
 */
export type CategoryStatus = 'reported' | 'derived' | 'not_reported';

export interface BenchmarkCategory {
  readonly id: string;
  readonly label: LocalizedText;
  /** null exactly when status is not_reported. */
  readonly count: number | null;
  readonly status: CategoryStatus;
  /** The percentage printed in the paper next to the count, when it prints one. */
  readonly printedPercent?: number;
  /**
   * True when the printed percentage is not the count over the base rounded or truncated
   * to an integer (e.g. "44% (26/66)" where 26/66 is 39.4%).
   */
  readonly printedDisagrees?: boolean;
  /**
   * For a category that is the sum of others, the ids it sums (e.g. the paper's 54/66 for
   * "sometimes" plus "frequently"); such a category is shown beside its parts, never added to them.
   */
  readonly combines?: readonly string[];
  /** How a derived value was obtained, or why a printed figure is doubtful. */
  readonly note?: LocalizedText;
}

/** How many of the paper's respondents fall in one category of a series, with its base and source. */
export interface BenchmarkCount {
  readonly seriesId: string;
  readonly categoryId: string;
  readonly count: number;
  readonly base: number;
  /** Computed from count and base, 0–100, one decimal. */
  readonly percent: number;
  /** Section and figure, e.g. "Amorim et al. (2023), §5.3, Fig. 6". */
  readonly source: string;
  /** Reported by the paper's text, or derived from its counts by subtraction. */
  readonly status: 'reported' | 'derived';
}

export interface BenchmarkSource {
  /** Section of the paper, e.g. "5.1". */
  readonly section: string;
  /** Figure, e.g. "Fig. 2", when the figure shows the series. */
  readonly figure?: string;
  /** The sentence of the paper the counts come from (pt-BR, as printed). */
  readonly quote?: string;
}

/** The respondents a series is out of (see `BenchmarkSeries.population`). */
export const BENCHMARK_POPULATIONS = ['all', 'deployers', 'non_deployers'] as const;
export type BenchmarkPopulation = (typeof BENCHMARK_POPULATIONS)[number];

/**
 * One figure of the paper as counts. `choice` says how categories relate:
 * - single: each respondent is in one category (counts add up to at most the base);
 * - multiple: a respondent may be in several (each count at most the base);
 * - frequency: categories are points of the frequency scale for one item.
 */
export interface BenchmarkSeries {
  readonly id: string;
  readonly title: LocalizedText;
  /** The number of respondents the counts are out of: 66, the 57 who deploy, or the 9 who do not. */
  readonly base: number;
  readonly baseLabel: LocalizedText;
  /**
   * Who the base counts (paper 5.4): every respondent, only the 57 who deploy models, or only
   * the 9 who do not. A team is compared with a deployers' series only when it deploys models.
   */
  readonly population: BenchmarkPopulation;
  readonly choice: 'single' | 'multiple' | 'frequency';
  readonly source: BenchmarkSource;
  readonly categories: readonly BenchmarkCategory[];
  readonly note?: LocalizedText;
}

export interface Benchmark {
  readonly id: string;
  readonly citation: string;
  readonly respondents: number;
  readonly series: readonly BenchmarkSeries[];
}

/** A team's answer to one linked question, beside the paper's distribution. */
export interface BenchmarkComparison {
  readonly questionId: string;
  readonly itemId?: string;
  readonly seriesId: string;
  /** The team's answer, as given; null when unanswered. */
  readonly answer: Answer | null;
  /** The benchmark categories the answer falls into (several for multiple choice). */
  readonly matchedCategories: readonly string[];
  /** Whether the team's answer can be placed in the paper's categories at all. */
  readonly placement: 'matched' | 'not_reported' | 'unanswered' | 'no_category';
}
