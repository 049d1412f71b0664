import { answerOf, indexOf, viewOf, type ResponseView } from '../questionnaire/visibility.ts';
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
import type { Benchmark, BenchmarkComparison, BenchmarkPopulation, BenchmarkSeries } from './types.ts';

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

/** The categories one answer value falls into, in the series' order, and its placement. */
interface Match {
  readonly categories: readonly string[];
  readonly placement: 'matched' | 'not_reported' | 'no_category';
}

const NO_CATEGORY: Match = Object.freeze({ categories: Object.freeze([]), placement: 'no_category' });

/**
 * One question (or frequency item) linked to one series, with every answer value's match worked
 * out in advance: scoring calls the comparison on every response, so the per-answer work is lookups.
 */
interface Link {
  readonly question: Question;
  /** Position of the question in the questionnaire (of the definition its id resolves to). */
  readonly position: number;
  readonly item: FrequencyItem | undefined;
  readonly series: BenchmarkSeries;
  /** Option id (single, multiple) or frequency → its match. */
  readonly byValue: ReadonlyMap<string, Match>;
  /** Number bands with their matches, in order. */
  readonly bands: readonly { readonly upTo: number; readonly match: Match }[];
  /** Position of each category in the series, to list matches in the paper's order. */
  readonly order: ReadonlyMap<string, number>;
  /** Category id → itself and the combined categories that include it (e.g. level_2 → level_2, level_2_or_4). */
  readonly expanded: ReadonlyMap<string, readonly string[]>;
  /** Category id → whether the paper gives it a count (reported or derived). */
  readonly counted: ReadonlyMap<string, boolean>;
  /**
   * Multiple choice, when the series has at most MASK_BITS categories: option id → the bit mask
   * (bit i for the series' category i) of the categories a list with this option falls into, its
   * own and the combined ones; null for a larger series, matched the general way.
   */
  readonly optionMasks: ReadonlyMap<string, number> | null;
  /**
   * The match of every set of categories (as a mask) met so far, so that scoring the same kinds of
   * lists again allocates nothing. Matches are frozen and shared like those of single options.
   */
  readonly byMask: Map<number, Match>;
  /**
   * The comparison of every string answer whose match is known in advance (each value of
   * `byValue`, and "don't know"), and of no answer: frozen and shared by every result, so the
   * comparison of such an answer is one lookup and allocates nothing.
   */
  readonly byAnswer: ReadonlyMap<string, BenchmarkComparison>;
  readonly unanswered: BenchmarkComparison;
}

/** Categories a series may have for its matches to be cached by mask (masks stay small integers). */
const MASK_BITS = 30;
/** Distinct category sets cached per link; beyond it, a match is computed and not kept. */
const MASK_CACHE_LIMIT = 1024;

const plans = new WeakMap<Questionnaire, readonly Link[]>();

function definitionError(questionnaire: Questionnaire, message: string): Error {
  return new Error(`Questionnaire ${questionnaire.id} does not fit benchmark ${questionnaire.benchmarkId}: ${message}`);
}

function makeLink(
  questionnaire: Questionnaire,
  benchmark: Benchmark,
  question: Question,
  position: number,
  item: FrequencyItem | undefined,
  seriesId: string,
): Link {
  const where = item === undefined ? `question ${question.id}` : `question ${question.id}, item ${item.id}`;
  const series = getSeries(benchmark, seriesId);
  if (series === undefined) throw definitionError(questionnaire, `${where} links series "${seriesId}", which does not exist`);
  const categories = new Map(series.categories.map((category) => [category.id, category]));
  const order = new Map(series.categories.map((category, index) => [category.id, index]));
  const counted = new Map(series.categories.map((category) => [category.id, category.count !== null]));
  const expanded = new Map<string, readonly string[]>(
    series.categories.map((category) => [
      category.id,
      [category.id, ...series.categories.filter((other) => other.combines?.includes(category.id) === true).map((other) => other.id)],
    ]),
  );
  const matchOf = (categoryIds: readonly string[]): Match => matchOfCategories({ order, expanded, counted }, categoryIds);

  const byValue = new Map<string, Match>();
  let bands: Link['bands'] = [];
  if (question.kind === 'single' || question.kind === 'multiple') {
    for (const option of question.options) {
      if (option.benchmarkCategory === undefined) continue;
      if (!categories.has(option.benchmarkCategory)) {
        throw definitionError(
          questionnaire,
          `${where}, option ${option.id} maps to category "${option.benchmarkCategory}", which series ${seriesId} does not have`,
        );
      }
      byValue.set(option.id, matchOf([option.benchmarkCategory]));
    }
  } else if (question.kind === 'number') {
    const numberBands = NUMBER_BANDS[seriesId];
    if (numberBands === undefined) {
      throw definitionError(questionnaire, `${where} is a number but series ${seriesId} has no number bands`);
    }
    bands = numberBands.map((band) => {
      if (!categories.has(band.categoryId)) {
        throw definitionError(questionnaire, `series ${seriesId} has no category "${band.categoryId}" for its number band`);
      }
      return { upTo: band.upTo, match: matchOf([band.categoryId]) };
    });
  } else if (question.kind === 'frequency') {
    if (series.choice !== 'frequency') {
      throw definitionError(questionnaire, `${where} is a frequency item but series ${seriesId} is not a frequency series`);
    }
    for (const frequency of FREQUENCIES) {
      if (categories.has(frequency)) byValue.set(frequency, matchOf([frequency]));
    }
  } else {
    throw definitionError(questionnaire, `${where} is a ${question.kind} question, which cannot be compared with a series`);
  }

  // A list of options is matched on the categories of its options' matches, each expanded again
  // (as matchOfCategories does, so a combined category of a combined category counts too).
  let optionMasks: Map<string, number> | null = null;
  if (question.kind === 'multiple' && series.categories.length <= MASK_BITS) {
    optionMasks = new Map();
    for (const [optionId, match] of byValue) {
      let mask = 0;
      for (const id of match.categories) for (const expandedId of expanded.get(id) ?? []) mask |= 1 << (order.get(expandedId) ?? 0);
      optionMasks.set(optionId, mask);
    }
  }
  const byAnswer = new Map<string, BenchmarkComparison>();
  for (const [value, match] of byValue) byAnswer.set(value, Object.freeze(comparisonOf(question, item, series, value, match, match.placement)));
  byAnswer.set(DONT_KNOW, Object.freeze(comparisonOf(question, item, series, DONT_KNOW, NO_CATEGORY, NO_CATEGORY.placement)));
  const unanswered = Object.freeze(comparisonOf(question, item, series, null, NO_CATEGORY, 'unanswered'));
  return { question, position, item, series, byValue, bands, order, expanded, counted, optionMasks, byMask: new Map(), byAnswer, unanswered };
}

/** One comparison, its properties always in this order (with `itemId` only for a frequency item). */
function comparisonOf(
  question: Question,
  item: FrequencyItem | undefined,
  series: BenchmarkSeries,
  answer: Answer | null,
  match: Match,
  placement: BenchmarkComparison['placement'],
): BenchmarkComparison {
  const matchedCategories = match.categories;
  return item === undefined
    ? { questionId: question.id, seriesId: series.id, answer, matchedCategories, placement }
    : { questionId: question.id, itemId: item.id, seriesId: series.id, answer, matchedCategories, placement };
}

/** The match of an answer naming these categories directly: them and their combined categories. */
function matchOfCategories(link: Pick<Link, 'order' | 'expanded' | 'counted'>, categoryIds: readonly string[]): Match {
  const found = new Set<string>();
  for (const id of categoryIds) for (const expandedId of link.expanded.get(id) ?? []) found.add(expandedId);
  if (found.size === 0) return NO_CATEGORY;
  const categories = [...found].sort((a, b) => (link.order.get(a) ?? 0) - (link.order.get(b) ?? 0));
  const placement = categories.some((id) => link.counted.get(id) === true) ? 'matched' : 'not_reported';
  return Object.freeze({ categories: Object.freeze(categories), placement });
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
  const index = indexOf(questionnaire);
  const links: Link[] = [];
  for (const question of questionnaire.questions) {
    // Visibility and answers are read by id, so by the position the id resolves to.
    const position = index.position.get(question.id) ?? 0;
    if (question.kind === 'frequency') {
      for (const item of question.items) {
        if (item.benchmark !== undefined) links.push(makeLink(questionnaire, benchmark, question, position, item, item.benchmark));
      }
    } else {
      for (const seriesId of question.benchmark ?? []) {
        links.push(makeLink(questionnaire, benchmark, question, position, undefined, seriesId));
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

/** The match of one (non-empty, not "don't know") answer value; malformed values have no category. */
function matchOfValue(link: Link, value: unknown): Match {
  if (typeof value === 'string') return link.byValue.get(value) ?? NO_CATEGORY;
  if (typeof value === 'number') {
    if (link.question.kind !== 'number' || !Number.isFinite(value) || value < 0) return NO_CATEGORY;
    for (const band of link.bands) {
      if (value <= band.upTo) return band.match;
    }
    return NO_CATEGORY;
  }
  if (!Array.isArray(value) || link.question.kind !== 'multiple') return NO_CATEGORY;
  if (value.length === 1) return matchOfValue(link, value[0]);
  return matchOfOptions(link, value as readonly unknown[]);
}

/** The match of a list of several options: every category one of them falls into, once, in the series' order. */
function matchOfOptions(link: Link, options: readonly unknown[]): Match {
  const masks = link.optionMasks;
  if (masks === null) {
    const direct: string[] = [];
    for (const optionId of options) {
      const match = typeof optionId === 'string' ? link.byValue.get(optionId) : undefined;
      if (match !== undefined) direct.push(...match.categories);
    }
    return matchOfCategories(link, direct);
  }
  let mask = 0;
  for (const optionId of options) {
    if (typeof optionId === 'string') mask |= masks.get(optionId) ?? 0;
  }
  if (mask === 0) return NO_CATEGORY;
  let match = link.byMask.get(mask);
  if (match === undefined) {
    match = matchOfMask(link, mask);
    if (link.byMask.size < MASK_CACHE_LIMIT) link.byMask.set(mask, match);
  }
  return match;
}

/** What matchOfCategories gives for the categories in the mask: already unique and in series order. */
function matchOfMask(link: Link, mask: number): Match {
  const categories: string[] = [];
  let counted = false;
  link.series.categories.forEach((category, at) => {
    if ((mask & (1 << at)) === 0) return;
    categories.push(category.id);
    counted = counted || category.count !== null;
  });
  return Object.freeze({ categories: Object.freeze(categories), placement: counted ? 'matched' : 'not_reported' });
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
  return comparisonsOf(links, viewOf(questionnaire, answers), populationOf(answers));
}

/**
 * `compareWithBenchmark` of a response already read into a view (the scoring engine shares one
 * view between pruning, progress and this), for the population its `deploys_models` answer names.
 */
export function compareView(view: ResponseView, answers: Answers): BenchmarkComparison[] {
  return comparisonsOf(linksOf(view.questionnaire), view, populationOf(answers));
}

/** The links a population is compared on (series of everyone, and of that population), by links list. */
const linksByPopulation = new WeakMap<readonly Link[], Map<BenchmarkPopulation | undefined, readonly Link[]>>();

function linksFor(links: readonly Link[], population: BenchmarkPopulation | undefined): readonly Link[] {
  let byPopulation = linksByPopulation.get(links);
  if (byPopulation === undefined) {
    byPopulation = new Map();
    linksByPopulation.set(links, byPopulation);
  }
  let list = byPopulation.get(population);
  if (list === undefined) {
    list = links.filter((link) => link.series.population === 'all' || link.series.population === population);
    byPopulation.set(population, list);
  }
  return list;
}

function comparisonsOf(links: readonly Link[], view: ResponseView, population: BenchmarkPopulation | undefined): BenchmarkComparison[] {
  const comparisons: BenchmarkComparison[] = [];
  for (const link of linksFor(links, population)) {
    const { question, item, series } = link;
    if (view.shown[link.position] !== 1) continue;

    const given: unknown = view.values[link.position];
    let value: unknown = given;
    if (item !== undefined) {
      // An item's rating is an own property of the matrix answer (read first, checked when present).
      value = typeof given === 'object' && given !== null && !Array.isArray(given) ? (given as Readonly<Record<string, unknown>>)[item.id] : undefined;
      if (value !== undefined && !Object.hasOwn(given as object, item.id)) value = undefined;
    }

    if (isUnanswered(value)) {
      comparisons.push(link.unanswered);
      continue;
    }
    const shared = typeof value === 'string' ? link.byAnswer.get(value) : undefined;
    if (shared !== undefined) {
      comparisons.push(shared);
      continue;
    }
    const match = value === DONT_KNOW ? NO_CATEGORY : matchOfValue(link, value);
    comparisons.push(comparisonOf(question, item, series, value as Answer, match, match.placement));
  }
  return comparisons;
}
