import type { LocalizedText } from '../i18n.ts';
import type { Option, Question, Questionnaire } from '../questionnaire/types.ts';

const text = (words: string): LocalizedText => ({ en: words, 'pt-BR': words });
const option = (id: string, benchmarkCategory?: string): Option =>
  benchmarkCategory === undefined ? { id, label: text(id) } : { id, label: text(id), benchmarkCategory };
const common = { section: 'profile', prompt: text('prompt'), allowDontKnow: true, required: false, paperRef: 'test' } as const;
const deploys = (answer: 'yes' | 'no') => ({ question: 'deploys_models', anyOf: [answer] });

/**
 * A small questionnaire linked to `amorim-2023`, independent of `amorim2023v1`, covering each
 * question kind the comparison handles: options without a category, options sharing a category,
 * a question linked to a 66-base and a 57-base series, conditional questions, frequency items with
 * and without a series, a number with bands, and an unlinked text question.
 */
export const comparisonFixture: Questionnaire = {
  id: 'compare-fixture@1',
  slug: 'compare-fixture',
  version: 1,
  title: text('Comparison fixture'),
  source: 'test',
  benchmarkId: 'amorim-2023',
  sections: [{ id: 'profile', title: text('Profile'), description: text('Profile') }],
  questions: [
    {
      ...common,
      id: 'company_size',
      number: 1,
      kind: 'single',
      benchmark: ['company_size'],
      options: [
        option('under_100', 'under_100'),
        option('from_100_to_500', 'from_100_to_500'),
        option('over_500', 'over_500'),
        option('unsure_band'),
      ],
    },
    {
      ...common,
      id: 'self_declared_level',
      number: 2,
      kind: 'single',
      benchmark: ['maturity_level'],
      options: ['level_1', 'level_2', 'level_3', 'level_4'].map((id) => option(id, id)),
    },
    {
      ...common,
      id: 'development_environment',
      number: 3,
      kind: 'multiple',
      benchmark: ['development_environment'],
      options: [
        option('cloud', 'cloud'),
        option('on_premises', 'local_or_on_premises'),
        option('local', 'local_or_on_premises'),
        option('other'),
      ],
    },
    {
      ...common,
      id: 'deploys_models',
      number: 4,
      kind: 'single',
      benchmark: ['deploys_models'],
      options: [option('yes', 'yes'), option('no', 'no')],
    },
    {
      ...common,
      id: 'dedicated_deployment_team',
      number: 5,
      kind: 'single',
      benchmark: ['dedicated_deployment_team', 'dedicated_deployment_team_deployers'],
      options: [option('yes', 'yes'), option('no', 'no')],
    },
    {
      ...common,
      id: 'models_in_production',
      number: 6,
      kind: 'number',
      condition: deploys('yes'),
      benchmark: ['models_in_production'],
      min: 1,
      max: 100_000,
      integer: true,
    },
    {
      ...common,
      id: 'who_deploys',
      number: 7,
      kind: 'multiple',
      condition: deploys('yes'),
      benchmark: ['who_deploys'],
      options: [option('data_scientists', 'data_scientists'), option('ml_engineers', 'ml_engineers')],
    },
    {
      ...common,
      id: 'non_deployment_reasons',
      number: 8,
      kind: 'multiple',
      condition: deploys('no'),
      benchmark: ['non_deployment_reasons'],
      options: [option('lack_of_tools', 'lack_of_tools'), option('other', 'other')],
    },
    {
      ...common,
      id: 'data_problems',
      number: 9,
      kind: 'frequency',
      items: [
        { id: 'insufficient_data', label: text('insufficient data'), benchmark: 'data_problems.insufficient_data' },
        { id: 'noisy_labels', label: text('noisy labels') },
        { id: 'dataset_versioning', label: text('dataset versioning'), benchmark: 'data_problems.dataset_versioning' },
      ],
    },
    {
      ...common,
      id: 'lifecycle_activities',
      number: 10,
      kind: 'frequency',
      items: [
        {
          id: 'new_model_development',
          label: text('new models'),
          benchmark: 'lifecycle_activities.new_model_development',
        },
      ],
    },
    { ...common, id: 'notes', number: 11, kind: 'text', maxLength: 200 },
  ] satisfies Question[],
};

/** The fixture with some questions replaced, to build broken definitions. */
export function fixtureWith(questions: readonly Question[], benchmarkId = 'amorim-2023'): Questionnaire {
  return { ...comparisonFixture, id: 'compare-fixture@99', benchmarkId, questions };
}
