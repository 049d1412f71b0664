import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREQUENCIES } from '../questionnaire/types.ts';
import { amorim2023Benchmark, BENCHMARKS, getBenchmark, getSeries } from './amorim-2023.ts';
import { percentOf } from './percent.ts';
import { benchmarkPrevalence, formatSource } from './prevalence.ts';
import type { BenchmarkCategory, BenchmarkSeries } from './types.ts';
import { README_SERIES_IDS } from '../readme-contract.fixture.ts';

const benchmark = amorim2023Benchmark;
const allSeries = benchmark.series;

function seriesOf(id: string): BenchmarkSeries {
  const series = getSeries(benchmark, id);
  if (series === undefined) throw new Error(`no series ${id}`);
  return series;
}

function categoryOf(seriesId: string, categoryId: string): BenchmarkCategory {
  const category = seriesOf(seriesId).categories.find((candidate) => candidate.id === categoryId);
  if (category === undefined) throw new Error(`no category ${seriesId}/${categoryId}`);
  return category;
}


/**
 * Every percentage the paper prints beside a count, read from the text by hand:
 * [series, category, printed %, count, base, disagrees]. Only section 6's "44% (26/66)" disagrees.
 */
const PRINTED: readonly (readonly [string, string, number, number, number, boolean])[] = [
  ['education', 'incomplete_higher', 3, 2, 66, false],
  ['education', 'bachelor', 45, 30, 66, false],
  ['education', 'specialist', 16, 11, 66, false],
  ['education', 'master', 27, 18, 66, false],
  ['education', 'doctorate', 7, 5, 66, false],
  ['company_type', 'national', 68, 45, 66, false],
  ['company_type', 'multinational', 31, 21, 66, false],
  ['company_size', 'from_100_to_500', 27, 18, 66, false],
  ['company_size', 'over_500', 54, 36, 66, false],
  ['sector', 'software_internet', 19, 13, 66, false],
  ['sector', 'financial_services', 24, 16, 66, false],
  ['maturity_level', 'level_1', 21, 14, 66, false],
  ['maturity_level', 'level_3', 44, 26, 66, true],
  ['data_team_professions', 'data_scientist', 95, 63, 66, false],
  ['data_team_professions', 'data_engineer', 83, 55, 66, false],
  ['data_team_professions', 'bi_analyst', 68, 45, 66, false],
  ['dedicated_deployment_team', 'no', 37, 25, 66, false],
  ['dedicated_deployment_team_deployers', 'no', 43, 25, 57, false],
  ['lifecycle_activities.new_model_development', 'frequently_or_always', 57, 38, 66, false],
  ['development_environment', 'cloud', 63, 42, 66, false],
  ['development_environment', 'local_or_on_premises', 27, 18, 66, false],
  ['languages', 'python', 98, 65, 66, false],
  ['languages', 'r', 28, 19, 66, false],
  ['tools', 'scikit_learn', 87, 58, 66, false],
  ['tools', 'xgboost', 60, 40, 66, false],
  ['tools', 'tensorflow', 53, 35, 66, false],
  ['tools', 'keras', 48, 32, 66, false],
  ['tools', 'pycaret', 22, 15, 66, false],
  ['tools', 'r_packages', 30, 20, 66, false],
  ['deploys_models', 'yes', 86, 57, 66, false],
  ['deploys_models', 'no', 13, 9, 66, false],
  ['models_in_production', 'up_to_5', 45, 26, 57, false],
  ['models_in_production', 'from_6_to_10', 19, 11, 57, false],
  ['data_problems.insufficient_data', 'sometimes_or_frequently', 81, 54, 66, false],
  ['data_problems.dataset_versioning', 'at_least_rarely', 53, 35, 66, false],
  ['who_deploys', 'ml_engineers', 23, 13, 57, false],
  ['who_deploys', 'software_engineers', 16, 9, 57, false],
  ['who_deploys', 'devops', 16, 9, 57, false],
  ['deployment_difficulties', 'insufficient_engineering_teams', 59, 34, 57, false],
  ['deployment_difficulties', 'lack_of_technical_knowledge', 52, 30, 57, false],
  ['deployment_difficulties', 'low_model_metrics_visibility', 43, 25, 57, false],
  ['deployment_difficulties', 'reproducing_results_in_production', 52, 30, 57, false],
  ['model_consumption', 'api', 47, 27, 57, false],
  ['model_consumption', 'batch', 14, 8, 57, false],
  ['model_consumption', 'notebook', 10, 6, 57, false],
];

/** Counts the text states without a percentage of their own: [series, category, count]. */
const REPORTED_WITHOUT_PERCENT: readonly (readonly [string, string, number])[] = [
  ['data_problems.insufficient_data', 'sometimes', 29],
  ['data_problems.insufficient_data', 'frequently', 25],
];

/** Every subtraction: [series, category, from (the base), minus these categories]. */
const DERIVED: readonly (readonly [string, string, number, readonly string[]])[] = [
  ['company_size', 'under_100', 66, ['from_100_to_500', 'over_500']],
  ['sector', 'other', 66, ['software_internet', 'financial_services']],
  ['maturity_level', 'level_2_or_4', 66, ['level_1', 'level_3']],
  ['dedicated_deployment_team_deployers', 'yes', 57, ['no']],
];

const everyCategory = allSeries.flatMap((series) => series.categories.map((category) => ({ series, category })));

describe('benchmark amorim-2023: registry', () => {
  it('is found by id and only by its id', () => {
    expect(getBenchmark('amorim-2023')).toBe(amorim2023Benchmark);
    expect(BENCHMARKS).toContain(amorim2023Benchmark);
    expect(getBenchmark('amorim-2024')).toBeUndefined();
    expect(getBenchmark('AMORIM-2023')).toBeUndefined();
  });

  it('counts 66 respondents', () => {
    expect(benchmark.respondents).toBe(66);
    expect(benchmark.citation).toContain('Amorim');
  });

  it.each(README_SERIES_IDS)('has the README series %s', (id) => {
    expect(getSeries(benchmark, id)?.id).toBe(id);
  });

  it('has no series the README does not list, and no id twice', () => {
    const ids = allSeries.map((series) => series.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...README_SERIES_IDS].sort());
  });

  it('getSeries returns undefined for an unknown id', () => {
    expect(getSeries(benchmark, 'data_problems')).toBeUndefined();
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(benchmark)).toBe(true);
    expect(Object.isFrozen(benchmark.series)).toBe(true);
    for (const { series, category } of everyCategory) {
      expect(Object.isFrozen(series)).toBe(true);
      expect(Object.isFrozen(series.source)).toBe(true);
      expect(Object.isFrozen(category)).toBe(true);
      expect(Object.isFrozen(category.label)).toBe(true);
    }
    const category = categoryOf('maturity_level', 'level_3') as { count: number | null };
    expect(() => {
      category.count = 29;
    }).toThrow(TypeError);
    expect(categoryOf('maturity_level', 'level_3').count).toBe(26);
  });
});

describe.each(allSeries.map((series) => [series.id, series] as const))('series %s', (_id, series) => {
  it('has its base from its population', () => {
    const expected = { all: 66, deployers: 57, non_deployers: 9 }[series.population];
    expect(series.base).toBe(expected);
    expect(series.baseLabel.en).toContain(String(expected));
    expect(series.baseLabel['pt-BR']).toContain(String(expected));
  });

  it('has bilingual title, labels and notes, and a source with the quoted sentence', () => {
    const texts = [series.title, series.baseLabel, ...series.categories.map((category) => category.label)];
    for (const text of [...texts, ...series.categories.flatMap((category) => (category.note ? [category.note] : []))]) {
      expect(text.en.trim()).not.toBe('');
      expect(text['pt-BR'].trim()).not.toBe('');
    }
    if (series.note) {
      expect(series.note.en.trim()).not.toBe('');
      expect(series.note['pt-BR'].trim()).not.toBe('');
    }
    expect(series.source.section).toMatch(/^\d(\.\d)?(; \d(\.\d)?)*$/);
    expect(series.source.quote?.length ?? 0).toBeGreaterThan(20);
  });

  it('has unique category ids', () => {
    const ids = series.categories.map((category) => category.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a count exactly when the category is not not_reported, an integer 0..base', () => {
    for (const category of series.categories) {
      expect(category.count === null, category.id).toBe(category.status === 'not_reported');
      if (category.count !== null) {
        expect(Number.isInteger(category.count)).toBe(true);
        expect(category.count).toBeGreaterThanOrEqual(0);
        expect(category.count).toBeLessThanOrEqual(series.base);
      }
    }
  });

  it('has a note on every derived category saying the subtraction', () => {
    for (const category of series.categories.filter((candidate) => candidate.status === 'derived')) {
      expect(category.note?.en).toMatch(new RegExp(`^Derived: ${series.base} − .* = ${category.count}`));
      expect(category.note?.['pt-BR']).toMatch(new RegExp(`^Derivado: ${series.base} − .* = ${category.count}`));
    }
  });

  it('prints percentages only beside counts, flagged exactly when they disagree', () => {
    for (const category of series.categories) {
      if (category.printedPercent === undefined) {
        expect(category.printedDisagrees).toBeUndefined();
        continue;
      }
      expect(category.status).toBe('reported');
      const row = PRINTED.find(([seriesId, categoryId]) => seriesId === series.id && categoryId === category.id);
      expect(row, `${series.id}/${category.id} is missing from the PRINTED table`).toBeDefined();
      expect(category.printedDisagrees).toBe(row?.[5]);
      // The quoted sentence is the evidence: it must contain "printed% (count/base)".
      expect(series.source.quote).toContain(`${category.printedPercent}% (${category.count}/${series.base})`);
    }
  });

  it('has combined categories over existing, uncombined parts, equal to their sum when all parts are known', () => {
    for (const category of series.categories.filter((candidate) => candidate.combines !== undefined)) {
      const parts = (category.combines ?? []).map((id) => series.categories.find((candidate) => candidate.id === id));
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const part of parts) {
        expect(part, `${category.id} combines an unknown category`).toBeDefined();
        expect(part?.combines).toBeUndefined();
      }
      const known = parts.flatMap((part) => (part?.count === null || part === undefined ? [] : [part.count]));
      const sum = known.reduce((total, count) => total + count, 0);
      if (category.count !== null && known.length === parts.length) expect(category.count).toBe(sum);
      if (category.count !== null) expect(category.count).toBeGreaterThanOrEqual(sum);
    }
  });

  if (series.choice === 'single' || series.choice === 'frequency') {
    it('adds up to at most the base (one answer per respondent)', () => {
      // Count each respondent once: a combined category only when none of its parts is counted.
      const counted = series.categories.filter((category) => {
        if (category.count === null) return false;
        if (category.combines === undefined) return true;
        return category.combines.every((id) => series.categories.find((part) => part.id === id)?.count === null);
      });
      const total = counted.reduce((sum, category) => sum + (category.count ?? 0), 0);
      expect(total).toBeLessThanOrEqual(series.base);
    });
  }

  if (series.choice === 'frequency') {
    it('starts with the five points of the paper’s scale, in order', () => {
      expect(series.categories.slice(0, 5).map((category) => category.id)).toEqual([...FREQUENCIES]);
      for (const category of series.categories.slice(5)) expect(category.combines).toBeDefined();
    });
  }
});

describe('figures read from the text', () => {
  it.each(PRINTED)('%s/%s: printed %d percent for %d of %d (disagrees: %s)', (seriesId, categoryId, printed, count, base, disagrees) => {
    const category = categoryOf(seriesId, categoryId);
    expect(category.status).toBe('reported');
    expect(category.count).toBe(count);
    expect(category.printedPercent).toBe(printed);
    expect(category.printedDisagrees).toBe(disagrees);
    expect(seriesOf(seriesId).base).toBe(base);
  });

  it.each(REPORTED_WITHOUT_PERCENT)('%s/%s: %d, no percentage printed', (seriesId, categoryId, count) => {
    const category = categoryOf(seriesId, categoryId);
    expect(category.status).toBe('reported');
    expect(category.count).toBe(count);
    expect(category.printedPercent).toBeUndefined();
  });

  it.each(DERIVED)('%s/%s is %d minus %j', (seriesId, categoryId, from, minus) => {
    const category = categoryOf(seriesId, categoryId);
    const subtracted = minus.map((id) => categoryOf(seriesId, id).count ?? Number.NaN);
    expect(category.status).toBe('derived');
    expect(from).toBe(seriesOf(seriesId).base);
    expect(category.count).toBe(subtracted.reduce((rest, count) => rest - count, from));
    for (const id of minus) expect(['reported', 'derived']).toContain(categoryOf(seriesId, id).status);
  });

  it('has no count the tables above do not account for', () => {
    const accounted = new Set([
      ...PRINTED.map(([series, category]) => `${series}/${category}`),
      ...REPORTED_WITHOUT_PERCENT.map(([series, category]) => `${series}/${category}`),
      ...DERIVED.map(([series, category]) => `${series}/${category}`),
    ]);
    const counted = everyCategory
      .filter(({ category }) => category.count !== null)
      .map(({ series, category }) => `${series.id}/${category.id}`);
    expect([...counted].sort()).toEqual([...accounted].sort());
  });

  it.each([
    // What the text does not give stays not reported, never guessed.
    ['maturity_level', 'level_2'],
    ['maturity_level', 'level_4'],
    ['dedicated_deployment_team', 'yes'],
    ['models_in_production', 'over_10'],
    ['data_problems.dataset_versioning', 'never'],
    ['data_problems.insufficient_data', 'always'],
    ['who_deploys', 'data_scientists'],
    ['deployment_difficulties', 'retraining_complexity'],
    ['non_deployment_reasons', 'lack_of_technical_knowledge'],
    ['data_types.structured', 'always'],
  ])('%s/%s is not reported', (seriesId, categoryId) => {
    const category = categoryOf(seriesId, categoryId);
    expect(category.status).toBe('not_reported');
    expect(category.count).toBeNull();
  });

  it('keeps both readings of the 25 without a dedicated deployment team', () => {
    expect(seriesOf('dedicated_deployment_team').population).toBe('all');
    expect(seriesOf('dedicated_deployment_team_deployers').population).toBe('deployers');
    expect(seriesOf('dedicated_deployment_team').note?.en).toContain('25/66');
    expect(seriesOf('dedicated_deployment_team').note?.en).toContain('25/57');
  });

  it('notes the introduction’s 90% on the deploys series instead of storing it', () => {
    expect(seriesOf('deploys_models').note?.en).toContain('90%');
    expect(seriesOf('deploys_models').categories.map((category) => category.printedPercent)).toEqual([86, 13]);
  });

  it('has the level split of the paper: levels 2 and 4 only together', () => {
    expect(categoryOf('maturity_level', 'level_2_or_4').combines).toEqual(['level_2', 'level_4']);
    expect(categoryOf('maturity_level', 'level_2_or_4').count).toBe(26);
  });
});

describe('benchmarkPrevalence', () => {
  it.each([
    ['data_problems.insufficient_data', 'sometimes_or_frequently', 54, 66, 81.8, 'Amorim et al. (2023), §5.3, Fig. 6'],
    ['data_problems.dataset_versioning', 'at_least_rarely', 35, 66, 53, 'Amorim et al. (2023), §5.3, Fig. 6'],
    ['deployment_difficulties', 'low_model_metrics_visibility', 25, 57, 43.9, 'Amorim et al. (2023), §5.4, Fig. 9'],
    ['deployment_difficulties', 'insufficient_engineering_teams', 34, 57, 59.6, 'Amorim et al. (2023), §5.4, Fig. 9'],
    ['maturity_level', 'level_3', 26, 66, 39.4, 'Amorim et al. (2023), §5.1, §6, Fig. 2'],
    ['sector', 'other', 37, 66, 56.1, 'Amorim et al. (2023), §5.1'],
  ])('%s/%s is %d of %d (%d percent)', (seriesId, categoryId, count, base, percent, source) => {
    const status = seriesId === 'sector' ? 'derived' : 'reported';
    expect(benchmarkPrevalence(seriesId, categoryId)).toEqual({ seriesId, categoryId, count, base, percent, source, status });
  });

  it.each([
    ['model_difficulties.experiment_tracking', 'frequently'],
    ['data_problems.data_access', 'sometimes_or_frequently'],
    ['deployment_difficulties', 'retraining_complexity'],
    ['no_such_series', 'yes'],
  ])('is null for %s/%s (no count in the paper)', (seriesId, categoryId) => {
    expect(benchmarkPrevalence(seriesId, categoryId)).toBeNull();
  });

  it('agrees with every category of the data', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyCategory), ({ series, category }) => {
        const prevalence = benchmarkPrevalence(series.id, category.id);
        if (category.count === null) {
          expect(prevalence).toBeNull();
        } else {
          expect(prevalence).toEqual({
            seriesId: series.id,
            categoryId: category.id,
            count: category.count,
            base: series.base,
            percent: percentOf(category.count, series.base),
            source: formatSource(series.source),
            status: category.status,
          });
        }
      }),
    );
  });
});
