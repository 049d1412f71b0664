import { answerOf, visibilityOf } from '../questionnaire/visibility.ts';
import {
  DONT_KNOW,
  FREQUENCIES,
  type Answer,
  type Answers,
  type FrequencyItem,
  type Question,
  type Questionnaire,
} from '../questionnaire/types.ts';
import { getBenchmark, getSeries } from './amorim-2023.ts';
import type { Benchmark, BenchmarkCategory, BenchmarkComparison, BenchmarkPopulation, BenchmarkSeries } from './types.ts';

/** Question 17 (README): whether the company deploys models, which tells the paper's 57 from its 9. */
const DEPLOYS_MODELS = 'deploys_models';

/**
 * Bands of the paper's number series (section 5.2: "até no máximo 5", "de 6 a 10"; the rest is
 * more than 10), by series id. A number goes to the first band whose `upTo` it does not exceed.
 */
const NUMBER_BANDS: Readonly<Record<string, readonly { readonly upTo: number; readonly categoryId: string }[]>> = {
  models_in_production: [
    { upTo: 5, categoryId: 'up_to_5' },
    { upTo: 10, categoryId: 'from_6_to_10' },
    { upTo: Number.POSITIVE_INFINITY, categoryId: 'over_10' },
  ],
};

/** One question (or frequency item) linked to one series, with its answer → category lookups resolved. */
interface Link {
  readonly question: Question;
  readonly item: FrequencyItem | undefined;
  readonly series: BenchmarkSeries;
  readonly categories: ReadonlyMap<string, BenchmarkCategory>;
  /** Position of each category in the series, to list matches in the paper's order. */
  readonly order: ReadonlyMap<string, number>;
  /** Option id → category id (single and multiple questions). */
  readonly optionCategory: ReadonlyMap<string, string>;
  /** Category id → the combined categories that include it (e.g. level_2 → level_2_or_4). */
  readonly combinedInto: ReadonlyMap<string, readonly string[]>;
}

const plans = new WeakMap<Questionnaire, readonly Link[]>();

function definitionError(questionnaire: Questionnaire, message: string): Error {
  return new Error(`Questionnaire ${questionnaire.id} does not fit benchmark ${questionnaire.benchmarkId}: ${message}`);
}

function makeLink(
  questionnaire: Questionnaire,
  benchmark: Benchmark,
  question: Question,
  item: FrequencyItem | undefined,
  seriesId: string,
): Link {
  const where = item === undefined ? `question ${question.id}` : `question ${question.id}, item ${item.id}`;
  const series = getSeries(benchmark, seriesId);
  if (series === undefined) throw definitionError(questionnaire, `${where} links series "${seriesId}", which does not exist`);
  const categories = new Map(series.categories.map((category) => [category.id, category]));
  const order = new Map(series.categories.map((category, index) => [category.id, index]));

  const optionCategory = new Map<string, string>();
  if (question.kind === 'single' || question.kind === 'multiple') {
    for (const option of question.options) {
      if (option.benchmarkCategory === undefined) continue;
      if (!categories.has(option.benchmarkCategory)) {
        throw definitionError(
          questionnaire,
          `${where}, option ${option.id} maps to category "${option.benchmarkCategory}", which series ${seriesId} does not have`,
        );
      }
      optionCategory.set(option.id, option.benchmarkCategory);
    }
  } else if (question.kind === 'number') {
    const bands = NUMBER_BANDS[seriesId];
    if (bands === undefined) throw definitionError(questionnaire, `${where} is a number but series ${seriesId} has no number bands`);
    for (const band of bands) {
      if (!categories.has(band.categoryId)) {
        throw definitionError(questionnaire, `series ${seriesId} has no category "${band.categoryId}" for its number band`);
      }
    }
  } else if (question.kind !== 'frequency') {
    throw definitionError(questionnaire, `${where} is a ${question.kind} question, which cannot be compared with a series`);
  }

  if (question.kind === 'frequency' && series.choice !== 'frequency') {
    throw definitionError(questionnaire, `${where} is a frequency item but series ${seriesId} is not a frequency series`);
  }

  const combinedInto = new Map<string, string[]>();
  for (const combined of series.categories) {
    for (const part of combined.combines ?? []) combinedInto.set(part, [...(combinedInto.get(part) ?? []), combined.id]);
  }

  return { question, item, series, categories, order, optionCategory, combinedInto };
}

/**
 * Every link of a questionnaire to its benchmark, checked once per (immutable) questionnaire:
 * a link to a missing series or category is a definition error and throws here, whatever the answers.
 */
function linksOf(questionnaire: Questionnaire): readonly Link[] {
  const cached = plans.get(questionnaire);
  if (cached !== undefined) return cached;
  const benchmark = getBenchmark(questionnaire.benchmarkId);
  if (benchmark === undefined) {
    throw new Error(`Questionnaire ${questionnaire.id} names benchmark "${questionnaire.benchmarkId}", which does not exist`);
  }
  const links: Link[] = [];
  for (const question of questionnaire.questions) {
    if (question.kind === 'frequency') {
      for (const item of question.items) {
        if (item.benchmark !== undefined) links.push(makeLink(questionnaire, benchmark, question, item, item.benchmark));
      }
    } else {
      for (const seriesId of question.benchmark ?? []) {
        links.push(makeLink(questionnaire, benchmark, question, undefined, seriesId));
      }
    }
  }
  plans.set(questionnaire, links);
  return links;
}

function populationOf(answers: Answers): BenchmarkPopulation | undefined {
  const deploys = answerOf(answers, DEPLOYS_MODELS);
  if (deploys === 'yes') return 'deployers';
  if (deploys === 'no') return 'non_deployers';
  return undefined;
}

/** The categories an answer names directly: an option's category, a frequency point, a number's band. */
function directCategories(link: Link, value: unknown): string[] {
  const { question } = link;
  if (question.kind === 'frequency') {
    return typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value) && link.categories.has(value)
      ? [value]
      : [];
  }
  if (question.kind === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return [];
    const band = NUMBER_BANDS[link.series.id]?.find((candidate) => value <= candidate.upTo);
    return band === undefined ? [] : [band.categoryId];
  }
  const optionIds: readonly unknown[] = Array.isArray(value) ? value : [value];
  return optionIds.flatMap((optionId) => {
    const id = typeof optionId === 'string' ? link.optionCategory.get(optionId) : undefined;
    return id === undefined ? [] : [id];
  });
}

/**
 * The category ids an answer falls into: those it names and every combined category that
 * includes one of them, once each, in the series' order; [] when it has none.
 */
function matchedCategories(link: Link, value: unknown): string[] {
  const found = new Set<string>();
  for (const id of directCategories(link, value)) {
    found.add(id);
    for (const combined of link.combinedInto.get(id) ?? []) found.add(combined);
  }
  return [...found].sort((a, b) => (link.order.get(a) ?? 0) - (link.order.get(b) ?? 0));
}

function placementOf(link: Link, matched: readonly string[]): BenchmarkComparison['placement'] {
  if (matched.length === 0) return 'no_category';
  const counted = matched.some((id) => (link.categories.get(id)?.count ?? null) !== null);
  return counted ? 'matched' : 'not_reported';
}

function isUnanswered(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * Each answer of a response beside the paper's distribution (PRODUCT.md, "The benchmark"): one
 * comparison per shown question linked to a series, per linked frequency item, and per series when
 * a question links several. A series of the 57 who deploy is included only when `deploys_models`
 * is `yes` (and one of the 9 who do not only when it is `no`); hidden questions are left out.
 *
 * Placement: `unanswered` (no answer, or no value for the item); `no_category` (an answer with no
 * category in the series: "don't know", an option without a category, a malformed value);
 * `matched` when a category it falls into has a count (reported or derived); `not_reported` when
 * it falls only into categories the paper gives no count for. An answer falls into the category of
 * its option (several for multiple choice), its frequency point, or its number's band
 * (`models_in_production`: up_to_5 for ≤ 5, from_6_to_10 for ≤ 10, over_10 above), and into every
 * combined category that includes one of those (e.g. `frequently` → `frequently`,
 * `sometimes_or_frequently`; `level_2` → `level_2`, `level_2_or_4`).
 *
 * Pure. Malformed answers never throw; a questionnaire whose links do not resolve in its benchmark
 * (`benchmarkId`) throws an Error naming the question and the missing series or category.
 */
export function compareWithBenchmark(questionnaire: Questionnaire, answers: Answers): BenchmarkComparison[] {
  const links = linksOf(questionnaire);
  const isVisible = visibilityOf(questionnaire, answers);
  const population = populationOf(answers);
  const comparisons: BenchmarkComparison[] = [];

  for (const link of links) {
    const { question, item, series } = link;
    if (!isVisible(question.id)) continue;
    if (series.population !== 'all' && series.population !== population) continue;

    const given: unknown = answerOf(answers, question.id);
    let value: unknown = given;
    if (item !== undefined) {
      value =
        typeof given === 'object' && given !== null && !Array.isArray(given) && Object.hasOwn(given, item.id)
          ? (given as Readonly<Record<string, unknown>>)[item.id]
          : undefined;
    }

    const base = { questionId: question.id, ...(item === undefined ? {} : { itemId: item.id }), seriesId: series.id };
    if (isUnanswered(value)) {
      comparisons.push({ ...base, answer: null, matchedCategories: [], placement: 'unanswered' });
      continue;
    }
    const matched = value === DONT_KNOW ? [] : matchedCategories(link, value);
    comparisons.push({ ...base, answer: value as Answer, matchedCategories: matched, placement: placementOf(link, matched) });
  }
  return comparisons;
}
