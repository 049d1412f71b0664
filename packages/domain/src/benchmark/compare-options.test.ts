import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import type { Answers, MultipleQuestion, Questionnaire } from '../questionnaire/types.ts';
import { getBenchmark, getSeries } from './amorim-2023.ts';
import { compareWithBenchmark } from './compare.ts';
import { comparisonFixture } from './compare.fixture.ts';

/*
 * A list of several options is matched through a cache keyed by the set of categories it reaches.
 * Here the matches are worked out from the series the plain way: each option's category and the
 * combined categories that include it, then the combined categories that include any of those,
 * in the series' order; "matched" when one of them has a count.
 */

function expectedMatch(questionnaire: Questionnaire, question: MultipleQuestion, seriesId: string, picked: readonly string[]) {
  const benchmark = getBenchmark(questionnaire.benchmarkId);
  const series = benchmark === undefined ? undefined : getSeries(benchmark, seriesId);
  if (series === undefined) throw new Error(`no series ${seriesId}`);
  const including = (ids: ReadonlySet<string>) =>
    series.categories.filter((category) => category.combines?.some((id) => ids.has(id)) === true).map((category) => category.id);
  const direct = new Set<string>();
  for (const optionId of picked) {
    const category = question.options.find((option) => option.id === optionId)?.benchmarkCategory;
    if (category === undefined) continue;
    direct.add(category);
    for (const id of including(new Set([category]))) direct.add(id);
  }
  const all = new Set([...direct, ...including(direct)]);
  const categories = series.categories.filter((category) => all.has(category.id));
  if (categories.length === 0) return { matchedCategories: [], placement: 'no_category' };
  return {
    matchedCategories: categories.map((category) => category.id),
    placement: categories.some((category) => category.count !== null) ? 'matched' : 'not_reported',
  };
}

describe.each([
  ['amorim-2023@1', amorim2023v1],
  ['the comparison fixture', comparisonFixture],
] as const)('several options of a multiple choice on %s', (_name, questionnaire) => {
  const linked = questionnaire.questions.filter(
    (question): question is MultipleQuestion => question.kind === 'multiple' && (question.benchmark?.length ?? 0) > 0,
  );

  it.each(linked.map((question) => [question.id, question] as const))('%s: matched like the series says, again and again', (_id, question) => {
    const ids = question.options.map((option) => option.id);
    // deploys_models answered both ways so the deployers' and the non-deployers' series are both compared.
    const picks = fc.tuple(fc.subarray(ids, { minLength: 2 }), fc.constantFrom('yes', 'no'), fc.boolean());
    fc.assert(
      fc.property(picks, ([picked, deploys, reversed]) => {
        const list = reversed ? [...picked].reverse() : picked;
        const answers: Answers = { deploys_models: deploys, [question.id]: list };
        const first = compareWithBenchmark(questionnaire, answers).filter((comparison) => comparison.questionId === question.id);
        for (const comparison of first) {
          expect(comparison).toMatchObject(expectedMatch(questionnaire, question, comparison.seriesId, list));
          expect(Object.isFrozen(comparison.matchedCategories)).toBe(true);
        }
        // The second time the match comes from the cache: the same comparison.
        expect(compareWithBenchmark(questionnaire, answers).filter((comparison) => comparison.questionId === question.id)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
