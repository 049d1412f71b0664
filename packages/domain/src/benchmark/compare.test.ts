import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/amorim-2023-v1.ts';
import { isQuestionVisible } from '../questionnaire/visibility.ts';
import {
  DONT_KNOW,
  FREQUENCIES,
  PRACTICE_STATES,
  type Answer,
  type Answers,
  type Question,
  type Questionnaire,
} from '../questionnaire/types.ts';
import { amorim2023Benchmark, getSeries } from './amorim-2023.ts';
import { compareWithBenchmark } from './compare.ts';
import { comparisonFixture, fixtureWith } from './compare.fixture.ts';
import type { BenchmarkComparison, BenchmarkSeries } from './types.ts';

function seriesOf(id: string): BenchmarkSeries {
  const series = getSeries(amorim2023Benchmark, id);
  if (series === undefined) throw new Error(`no series ${id}`);
  return series;
}

function find(
  comparisons: readonly BenchmarkComparison[],
  seriesId: string,
): BenchmarkComparison | undefined {
  return comparisons.find((comparison) => comparison.seriesId === seriesId);
}

/** [case, answers, series id, expected answer, matched categories, placement] */
const PLACEMENTS: readonly (readonly [
  string,
  Answers,
  string,
  Answer | null,
  readonly string[],
  BenchmarkComparison['placement'],
])[] = [
  // matched: the category has a reported or derived count
  ['reported option', { company_size: 'from_100_to_500' }, 'company_size', 'from_100_to_500', ['from_100_to_500'], 'matched'],
  ['derived option', { company_size: 'under_100' }, 'company_size', 'under_100', ['under_100'], 'matched'],
  ['level 2 joins the derived "level 2 or 4"', { self_declared_level: 'level_2' }, 'maturity_level', 'level_2', ['level_2', 'level_2_or_4'], 'matched'],
  ['level 3 with its disagreeing printed figure', { self_declared_level: 'level_3' }, 'maturity_level', 'level_3', ['level_3'], 'matched'],
  [
    'two options lumped in one category, listed once in series order',
    { development_environment: ['local', 'on_premises', 'cloud'] },
    'development_environment',
    ['local', 'on_premises', 'cloud'],
    ['cloud', 'local_or_on_premises'],
    'matched',
  ],
  [
    'one option with a category and one without',
    { development_environment: ['other', 'local'] },
    'development_environment',
    ['other', 'local'],
    ['local_or_on_premises'],
    'matched',
  ],
  [
    'a reported point and its sum',
    { data_problems: { insufficient_data: 'frequently' } },
    'data_problems.insufficient_data',
    'frequently',
    ['frequently', 'sometimes_or_frequently'],
    'matched',
  ],
  [
    'a point known only through its sum',
    { data_problems: { dataset_versioning: 'rarely' } },
    'data_problems.dataset_versioning',
    'rarely',
    ['rarely', 'at_least_rarely'],
    'matched',
  ],
  [
    'always, in "frequently or always"',
    { lifecycle_activities: { new_model_development: 'always' } },
    'lifecycle_activities.new_model_development',
    'always',
    ['always', 'frequently_or_always'],
    'matched',
  ],
  ['number band 1..5', { deploys_models: 'yes', models_in_production: 5 }, 'models_in_production', 5, ['up_to_5'], 'matched'],
  ['number band 6..10', { deploys_models: 'yes', models_in_production: 6 }, 'models_in_production', 6, ['from_6_to_10'], 'matched'],
  ['number band upper edge', { deploys_models: 'yes', models_in_production: 10 }, 'models_in_production', 10, ['from_6_to_10'], 'matched'],
  ['deployers only for deploys = yes', { deploys_models: 'yes', dedicated_deployment_team: 'yes' }, 'dedicated_deployment_team_deployers', 'yes', ['yes'], 'matched'],
  // not_reported: the category exists but the paper gives no count
  ['number over 10', { deploys_models: 'yes', models_in_production: 11 }, 'models_in_production', 11, ['over_10'], 'not_reported'],
  ['"yes" of the 66-base dedicated team', { dedicated_deployment_team: 'yes' }, 'dedicated_deployment_team', 'yes', ['yes'], 'not_reported'],
  [
    'a point outside the reported sum',
    { data_problems: { insufficient_data: 'always' } },
    'data_problems.insufficient_data',
    'always',
    ['always'],
    'not_reported',
  ],
  ['never, outside "at least rarely"', { data_problems: { dataset_versioning: 'never' } }, 'data_problems.dataset_versioning', 'never', ['never'], 'not_reported'],
  ['only not-reported options', { deploys_models: 'yes', who_deploys: ['data_scientists'] }, 'who_deploys', ['data_scientists'], ['data_scientists'], 'not_reported'],
  ['reasons of the 9 who do not deploy', { deploys_models: 'no', non_deployment_reasons: ['lack_of_tools'] }, 'non_deployment_reasons', ['lack_of_tools'], ['lack_of_tools'], 'not_reported'],
  // unanswered
  ['no answer', {}, 'company_size', null, [], 'unanswered'],
  ['empty list', { development_environment: [] }, 'development_environment', null, [], 'unanswered'],
  ['item without a value', { data_problems: { dataset_versioning: 'never' } }, 'data_problems.insufficient_data', null, [], 'unanswered'],
  ['number question shown but empty', { deploys_models: 'yes' }, 'models_in_production', null, [], 'unanswered'],
  // no_category
  ["don't know", { company_size: DONT_KNOW }, 'company_size', DONT_KNOW, [], 'no_category'],
  ["don't know for an item", { data_problems: { insufficient_data: DONT_KNOW } }, 'data_problems.insufficient_data', DONT_KNOW, [], 'no_category'],
  ["don't know for a number", { deploys_models: 'yes', models_in_production: DONT_KNOW }, 'models_in_production', DONT_KNOW, [], 'no_category'],
  ['option without a category', { company_size: 'unsure_band' }, 'company_size', 'unsure_band', [], 'no_category'],
  ['only options without a category', { development_environment: ['other'] }, 'development_environment', ['other'], [], 'no_category'],
  ['an option the question does not have', { company_size: 'tiny' }, 'company_size', 'tiny', [], 'no_category'],
  ['a value of the wrong type', { company_size: 42 }, 'company_size', 42, [], 'no_category'],
  ['a negative number', { deploys_models: 'yes', models_in_production: -3 }, 'models_in_production', -3, [], 'no_category'],
  ['a frequency off the scale', { data_problems: { insufficient_data: 'often' } }, 'data_problems.insufficient_data', 'often', [], 'no_category'],
];

describe('compareWithBenchmark on a fixture questionnaire', () => {
  it.each(PLACEMENTS)('%s', (_case, answers, seriesId, answer, matched, placement) => {
    const comparison = find(compareWithBenchmark(comparisonFixture, answers), seriesId);
    expect(comparison).toBeDefined();
    expect(comparison?.answer).toEqual(answer);
    expect(comparison?.matchedCategories).toEqual(matched);
    expect(comparison?.placement).toBe(placement);
  });

  it('lists every shown link in questionnaire order, items in order, with item ids only on items', () => {
    const comparisons = compareWithBenchmark(comparisonFixture, { deploys_models: 'yes' });
    expect(comparisons.map((comparison) => [comparison.questionId, comparison.itemId ?? null, comparison.seriesId])).toEqual([
      ['company_size', null, 'company_size'],
      ['self_declared_level', null, 'maturity_level'],
      ['development_environment', null, 'development_environment'],
      ['deploys_models', null, 'deploys_models'],
      ['dedicated_deployment_team', null, 'dedicated_deployment_team'],
      ['dedicated_deployment_team', null, 'dedicated_deployment_team_deployers'],
      ['models_in_production', null, 'models_in_production'],
      ['who_deploys', null, 'who_deploys'],
      ['data_problems', 'insufficient_data', 'data_problems.insufficient_data'],
      ['data_problems', 'dataset_versioning', 'data_problems.dataset_versioning'],
      ['lifecycle_activities', 'new_model_development', 'lifecycle_activities.new_model_development'],
    ]);
    expect(comparisons.filter((comparison) => 'itemId' in comparison).map((comparison) => comparison.questionId)).toEqual([
      'data_problems',
      'data_problems',
      'lifecycle_activities',
    ]);
  });

  it.each([
    ['yes', ['dedicated_deployment_team', 'dedicated_deployment_team_deployers'], true, false],
    ['no', ['dedicated_deployment_team'], false, true],
    [undefined, ['dedicated_deployment_team'], false, false],
    [DONT_KNOW, ['dedicated_deployment_team'], false, false],
  ])(
    'deploys_models = %s: dedicated team compared with %j; deployers’ questions %s, non-deployers’ %s',
    (deploysModels, dedicatedSeries, deployersShown, nonDeployersShown) => {
      const answers: Answers = {
        ...(deploysModels === undefined ? {} : { deploys_models: deploysModels }),
        dedicated_deployment_team: 'no',
        models_in_production: 3,
        who_deploys: ['ml_engineers'],
        non_deployment_reasons: ['other'],
      };
      const comparisons = compareWithBenchmark(comparisonFixture, answers);
      const seriesIds = comparisons.map((comparison) => comparison.seriesId);
      expect(seriesIds.filter((id) => id.startsWith('dedicated_deployment_team'))).toEqual(dedicatedSeries);
      // Hidden questions are left out even when the answers still hold a value for them.
      expect(seriesIds.includes('models_in_production')).toBe(deployersShown);
      expect(seriesIds.includes('who_deploys')).toBe(deployersShown);
      expect(seriesIds.includes('non_deployment_reasons')).toBe(nonDeployersShown);
    },
  );

  it.each([
    [0, 'up_to_5'],
    [1, 'up_to_5'],
    [5, 'up_to_5'],
    [5.5, 'from_6_to_10'],
    [10, 'from_6_to_10'],
    [10.5, 'over_10'],
    [100_000, 'over_10'],
  ])('places %d models in production in %s', (count, category) => {
    const comparisons = compareWithBenchmark(comparisonFixture, { deploys_models: 'yes', models_in_production: count });
    expect(find(comparisons, 'models_in_production')?.matchedCategories).toEqual([category]);
  });

  it('does not compare unlinked questions or items', () => {
    const comparisons = compareWithBenchmark(comparisonFixture, { notes: 'hello', data_problems: { noisy_labels: 'always' } });
    expect(comparisons.some((comparison) => comparison.questionId === 'notes')).toBe(false);
    expect(comparisons.some((comparison) => comparison.itemId === 'noisy_labels')).toBe(false);
  });

  it('treats a malformed frequency answer as no value for its items', () => {
    for (const malformed of ['frequently', ['frequently'], 7]) {
      const comparison = find(compareWithBenchmark(comparisonFixture, { data_problems: malformed }), 'data_problems.insufficient_data');
      expect(comparison?.placement).toBe('unanswered');
    }
  });
});

describe('compareWithBenchmark rejects definitions that do not fit the benchmark', () => {
  const questions = comparisonFixture.questions;
  const replace = (id: string, question: Question): Question[] =>
    questions.map((candidate) => (candidate.id === id ? question : candidate));
  const companySize = questions.find((question) => question.id === 'company_size');
  const notes = questions.find((question) => question.id === 'notes');
  if (companySize?.kind !== 'single' || notes === undefined) throw new Error('fixture changed');

  it.each([
    ['an unknown benchmark', fixtureWith(questions, 'amorim-2099'), /names benchmark "amorim-2099", which does not exist/],
    [
      'an unknown series',
      fixtureWith(replace('company_size', { ...companySize, benchmark: ['company_headcount'] })),
      /question company_size links series "company_headcount", which does not exist/,
    ],
    [
      'an option mapped to a category the series lacks',
      fixtureWith(
        replace('company_size', {
          ...companySize,
          options: [{ id: 'tiny', label: { en: 'tiny', 'pt-BR': 'pequena' }, benchmarkCategory: 'under_10' }],
        }),
      ),
      /option tiny maps to category "under_10", which series company_size does not have/,
    ],
    [
      'a number question on a series without bands',
      fixtureWith(
        replace('company_size', { ...companySize, kind: 'number', min: 0, max: 10, integer: true } as unknown as Question),
      ),
      /question company_size is a number but series company_size has no number bands/,
    ],
    [
      'a text question with a series',
      fixtureWith(replace('notes', { ...notes, benchmark: ['sector'] })),
      /question notes is a text question, which cannot be compared with a series/,
    ],
    [
      'a frequency item on a choice series',
      fixtureWith([
        {
          id: 'data_problems',
          number: 1,
          section: 'challenges',
          kind: 'frequency',
          prompt: { en: 'p', 'pt-BR': 'p' },
          allowDontKnow: true,
          required: false,
          paperRef: 'test',
          items: [{ id: 'x', label: { en: 'x', 'pt-BR': 'x' }, benchmark: 'sector' }],
        },
      ]),
      /item x is a frequency item but series sector is not a frequency series/,
    ],
  ])('throws for %s, whatever the answers', (_case, questionnaire: Questionnaire, message) => {
    expect(() => compareWithBenchmark(questionnaire, {})).toThrow(message);
  });
});

describe('compareWithBenchmark on amorim-2023@1', () => {
  it('links every question and item to an existing series', () => {
    const links = amorim2023v1.questions.flatMap((question) =>
      question.kind === 'frequency'
        ? question.items.flatMap((item) => (item.benchmark === undefined ? [] : [item.benchmark]))
        : [...(question.benchmark ?? [])],
    );
    expect(links.length).toBeGreaterThanOrEqual(amorim2023Benchmark.series.length);
    for (const seriesId of links) expect(getSeries(amorim2023Benchmark, seriesId), seriesId).toBeDefined();
    // Every series of the paper is reachable from the questionnaire.
    expect(new Set(links)).toEqual(new Set(amorim2023Benchmark.series.map((series) => series.id)));
  });

  it('maps every option with a category to a category of each series its question links', () => {
    for (const question of amorim2023v1.questions) {
      if (question.kind !== 'single' && question.kind !== 'multiple') continue;
      for (const seriesId of question.benchmark ?? []) {
        const ids = new Set(seriesOf(seriesId).categories.map((category) => category.id));
        for (const option of question.options) {
          if (option.benchmarkCategory !== undefined) {
            expect(ids.has(option.benchmarkCategory), `${question.id}/${option.id} → ${option.benchmarkCategory}`).toBe(true);
          }
        }
      }
    }
  });

  it('offers an option for every category of the paper (sums aside) of each linked choice series', () => {
    for (const question of amorim2023v1.questions) {
      if (question.kind !== 'single' && question.kind !== 'multiple') continue;
      const mapped = new Set(question.options.map((option) => option.benchmarkCategory));
      for (const seriesId of question.benchmark ?? []) {
        for (const category of seriesOf(seriesId).categories) {
          if (category.combines === undefined) expect(mapped.has(category.id), `${seriesId}/${category.id}`).toBe(true);
        }
      }
    }
  });

  it('compares nothing answered as unanswered, for every question shown without conditions', () => {
    const comparisons = compareWithBenchmark(amorim2023v1, {});
    expect(comparisons.length).toBeGreaterThan(20);
    for (const comparison of comparisons) {
      expect(comparison.placement).toBe('unanswered');
      expect(isQuestionVisible(amorim2023v1, comparison.questionId, {})).toBe(true);
      expect(seriesOf(comparison.seriesId).population).toBe('all');
    }
  });

  it('places a level-3 team’s answers', () => {
    const answers: Answers = {
      education: 'master',
      company_type: 'multinational',
      company_size: 'over_500',
      sector: 'retail',
      self_declared_level: 'level_3',
      dedicated_deployment_team: 'no',
      deploys_models: 'yes',
      models_in_production: 4,
      languages: ['python', 'sql'],
      model_consumption: ['api', 'dashboard'],
      data_problems: { insufficient_data: 'sometimes', unreliable_data: 'frequently' },
    };
    const bySeries = new Map(compareWithBenchmark(amorim2023v1, answers).map((comparison) => [comparison.seriesId, comparison]));
    expect(bySeries.get('sector')).toMatchObject({ matchedCategories: ['other'], placement: 'matched' });
    expect(bySeries.get('maturity_level')).toMatchObject({ matchedCategories: ['level_3'], placement: 'matched' });
    expect(bySeries.get('dedicated_deployment_team')).toMatchObject({ matchedCategories: ['no'], placement: 'matched' });
    expect(bySeries.get('dedicated_deployment_team_deployers')).toMatchObject({ matchedCategories: ['no'], placement: 'matched' });
    expect(bySeries.get('models_in_production')).toMatchObject({ matchedCategories: ['up_to_5'], placement: 'matched' });
    expect(bySeries.get('languages')).toMatchObject({ matchedCategories: ['python', 'sql'], placement: 'matched' });
    expect(bySeries.get('model_consumption')).toMatchObject({ matchedCategories: ['api', 'dashboard'], placement: 'matched' });
    expect(bySeries.get('data_problems.insufficient_data')).toMatchObject({
      itemId: 'insufficient_data',
      matchedCategories: ['sometimes', 'sometimes_or_frequently'],
      placement: 'matched',
    });
    expect(bySeries.get('data_problems.unreliable_data')).toMatchObject({ placement: 'not_reported' });
    expect(bySeries.get('who_deploys')).toMatchObject({ answer: null, placement: 'unanswered' });
    expect(bySeries.has('non_deployment_reasons')).toBe(false);
  });

  it('never throws on arbitrary JSON answers, and keeps its invariants', () => {
    const questionIds = amorim2023v1.questions.map((question) => question.id);
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('yes', 'no', DONT_KNOW, 'level_2', ...FREQUENCIES),
      fc.array(fc.constantFrom('python', 'api', 'cloud', 'local', 'other', 'nope')),
      fc.dictionary(fc.constantFrom('insufficient_data', 'dataset_versioning', 'structured', 'x'), fc.constantFrom(...FREQUENCIES, 'x')),
    );
    const answersArbitrary = fc.dictionary(fc.constantFrom(...questionIds, '__proto__', 'constructor'), value);
    fc.assert(
      fc.property(answersArbitrary, (raw) => {
        const answers = raw as Answers;
        const comparisons = compareWithBenchmark(amorim2023v1, answers);
        for (const comparison of comparisons) checkInvariants(amorim2023v1, answers, comparison);
      }),
      { numRuns: 300 },
    );
  });

  it('compares every answered, shown, linked question of valid answers', () => {
    fc.assert(
      fc.property(validAnswers(amorim2023v1), (answers) => {
        const comparisons = compareWithBenchmark(amorim2023v1, answers);
        for (const comparison of comparisons) checkInvariants(amorim2023v1, answers, comparison);
        for (const question of amorim2023v1.questions) {
          if (!isQuestionVisible(amorim2023v1, question.id, answers) || answers[question.id] === undefined) continue;
          if (question.kind === 'frequency') {
            const given = answers[question.id] as Readonly<Record<string, string>>;
            for (const item of question.items) {
              if (item.benchmark === undefined || given[item.id] === undefined) continue;
              const comparison = comparisons.find((candidate) => candidate.seriesId === item.benchmark);
              expect(comparison?.answer).toBe(given[item.id]);
              expect(comparison?.placement).not.toBe('unanswered');
            }
          } else {
            for (const seriesId of question.benchmark ?? []) {
              const comparison = comparisons.find((candidate) => candidate.seriesId === seriesId);
              if (seriesOf(seriesId).population === 'all') expect(comparison).toBeDefined();
              if (comparison !== undefined) {
                expect(comparison.answer).toBe(answers[question.id]);
                expect(comparison.placement).not.toBe('unanswered');
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

function checkInvariants(questionnaire: Questionnaire, answers: Answers, comparison: BenchmarkComparison): void {
  const series = seriesOf(comparison.seriesId);
  expect(isQuestionVisible(questionnaire, comparison.questionId, answers)).toBe(true);
  expect(comparison.placement === 'unanswered').toBe(comparison.answer === null);
  expect(comparison.placement === 'no_category' || comparison.placement === 'unanswered').toBe(
    comparison.matchedCategories.length === 0,
  );
  const categories = comparison.matchedCategories.map((id) => series.categories.find((category) => category.id === id));
  for (const category of categories) expect(category).toBeDefined();
  if (comparison.placement === 'matched') expect(categories.some((category) => category?.count !== null)).toBe(true);
  if (comparison.placement === 'not_reported') expect(categories.every((category) => category?.count === null)).toBe(true);
  if (series.population === 'deployers') expect(answers.deploys_models).toBe('yes');
  if (series.population === 'non_deployers') expect(answers.deploys_models).toBe('no');
}

/** Answers valid by construction from a questionnaire's definition (each question answered or not). */
function validAnswers(questionnaire: Questionnaire): fc.Arbitrary<Answers> {
  const perQuestion = questionnaire.questions.map((question) =>
    fc.option(answerFor(question), { nil: undefined }).map((answer) => [question.id, answer] as const),
  );
  return fc.tuple(...perQuestion).map((entries) => {
    const answers: Record<string, Answer> = {};
    for (const [id, answer] of entries) if (answer !== undefined) answers[id] = answer;
    return answers;
  });
}

function answerFor(question: Question): fc.Arbitrary<Answer> {
  const dontKnow: fc.Arbitrary<Answer>[] = question.allowDontKnow ? [fc.constant(DONT_KNOW)] : [];
  switch (question.kind) {
    case 'single':
      return fc.oneof(fc.constantFrom(...question.options.map((option) => option.id)), ...dontKnow);
    case 'multiple':
      return fc.oneof(
        fc.subarray(question.options.map((option) => option.id), { minLength: 1, maxLength: question.maxSelected }),
        ...dontKnow,
      );
    case 'frequency':
      return fc.record(
        Object.fromEntries(
          question.items.map((item) => [item.id, fc.constantFrom<string>(...FREQUENCIES, ...(question.allowDontKnow ? [DONT_KNOW] : []))]),
        ),
        { requiredKeys: [] },
      ) as fc.Arbitrary<Answer>;
    case 'practice':
      return fc.oneof(fc.constantFrom(...PRACTICE_STATES), ...dontKnow);
    case 'number':
      return fc.oneof(
        question.integer ? fc.integer({ min: question.min, max: question.max }) : fc.double({ min: question.min, max: question.max, noNaN: true }),
        ...dontKnow,
      );
    case 'text':
      return fc.string({ maxLength: question.maxLength });
  }
}
