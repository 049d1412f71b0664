// Complete, valid answer sets built from the questionnaire definition itself, so they stay
// valid when wording or options change; the overrides decide the level.
import { amorim2023v2, visibleQuestions, type Answer, type Answers, type Question } from '@assay/domain';

function defaultAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'single':
      return question.options[0]!.id;
    case 'multiple':
      return [question.options[0]!.id];
    case 'frequency':
      return Object.fromEntries(question.items.map((item) => [item.id, 'sometimes']));
    case 'practice':
      return 'manual';
    case 'number':
      return question.integer ? Math.ceil(question.min) : question.min;
    case 'text':
      return 'More automation, please.';
  }
}

/** Every visible question answered: the overrides first, then a default for the rest. */
export function completeAnswers(overrides: Record<string, Answer>): Answers {
  const answers: Record<string, Answer> = { ...overrides };
  for (const question of visibleQuestions(amorim2023v2, answers)) {
    if (!(question.id in answers)) answers[question.id] = defaultAnswer(question);
  }
  return answers;
}

/** Paper 5.1, level 1: first models, no business value yet. */
export const LEVEL_1 = completeAnswers({ deploys_models: 'no', business_consumption: 'no', model_runtime: 'none_yet', self_declared_level: 'level_1' });

/** Level 3: production in the cloud, served by API, nothing automated. */
export const LEVEL_3 = completeAnswers({
  deploys_models: 'yes',
  business_consumption: 'yes',
  model_runtime: 'cloud',
  model_consumption: ['api'],
  self_declared_level: 'level_3',
  deployment: 'manual',
  model_monitoring: 'manual',
  alerting: 'manual',
  retraining: 'manual',
});

/** Level 4: production with automated deployment, monitoring with alerts, and retraining. */
export const LEVEL_4 = completeAnswers({
  ...LEVEL_3,
  self_declared_level: 'level_4',
  experiment_tracking: 'automated',
  dataset_versioning: 'automated',
  training_pipeline: 'automated',
  ci_cd: 'automated',
  deployment: 'automated',
  model_monitoring: 'automated',
  alerting: 'automated',
  retraining: 'automated',
});
