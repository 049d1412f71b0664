import { amorim2023Benchmark, getSeries } from './amorim-2023.ts';
import { percentOf } from './percent.ts';
import type { Benchmark, BenchmarkCount, BenchmarkSource } from './types.ts';

/**
 * A series' source in a language-neutral form, e.g. `Amorim et al. (2023), §5.3, Fig. 6` or
 * `Amorim et al. (2023), §5.1, §6, Fig. 2` for a series taken from two sections.
 */
export function formatSource(source: BenchmarkSource): string {
  const sections = source.section.split(';').map((section) => `§${section.trim()}`);
  const parts = source.figure === undefined ? sections : [...sections, source.figure];
  return `Amorim et al. (2023), ${parts.join(', ')}`;
}

/**
 * How many of the paper's respondents fall in one category of a series, for a gap's
 * "share of respondents who report the same problem": count, base (66, 57 or 9), the percentage
 * computed from them (one decimal) and the source. For problem frequencies ask for the sum the
 * paper gives, e.g. (`data_problems.insufficient_data`, `sometimes_or_frequently`) → 54/66, §5.3.
 *
 * @returns null when the paper gives no count for the category (not reported), and also when the
 *   series or the category does not exist, so a caller can ask for any challenge it flags.
 */
export function benchmarkPrevalence(
  seriesId: string,
  categoryId: string,
  benchmark: Benchmark = amorim2023Benchmark,
): BenchmarkCount | null {
  const series = getSeries(benchmark, seriesId);
  const category = series?.categories.find((candidate) => candidate.id === categoryId);
  if (series === undefined || category === undefined || category.count === null) return null;
  return {
    seriesId,
    categoryId,
    count: category.count,
    base: series.base,
    percent: percentOf(category.count, series.base),
    source: formatSource(series.source),
    // A category with a count is reported, or derived by subtraction (not_reported has none).
    status: category.status === 'derived' ? 'derived' : 'reported',
  };
}
