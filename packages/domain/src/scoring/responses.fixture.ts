import type { Answers } from '../questionnaire/types.ts';

/*
 * Complete responses to `amorim-2023@1` that pin scoring behaviour: one team for each of the
 * paper's four level statements (section 5.1). Shared by the tests and `pnpm bench`; not exported
 * from the package.
 */

/** Answers about the respondent and the company, the same for every team below. */
const PROFILE: Answers = {
  education: 'master',
  role: 'data_scientist',
  years_in_role: 4,
  seniority: 'senior',
  mlops_knowledge: 'intermediate',
  company_type: 'national',
  company_size: 'over_500',
  sector: 'financial_services',
  data_team_professions: ['data_scientist', 'data_engineer', 'bi_analyst'],
  dedicated_deployment_team: 'no',
  data_types: { structured: 'always', semi_structured: 'frequently', text: 'sometimes', image: 'rarely', audio: 'never' },
  lifecycle_activities: {
    requirements_analysis: 'sometimes',
    data_collection: 'frequently',
    data_cleaning: 'always',
    feature_engineering: 'frequently',
    model_training: 'frequently',
    model_evaluation: 'frequently',
    model_deployment: 'sometimes',
    model_monitoring: 'rarely',
    new_model_development: 'frequently',
  },
  development_environment: ['cloud'],
  languages: ['python', 'sql'],
  tools: ['scikit_learn', 'xgboost'],
  data_problems: { insufficient_data: 'sometimes', data_access: 'sometimes', unreliable_data: 'rarely', dataset_versioning: 'rarely' },
  model_difficulties: {
    experiment_tracking: 'sometimes',
    business_distrust: 'rarely',
    unrealistic_expectations: 'sometimes',
    lack_of_financial_resources: 'never',
    lack_of_tools: 'rarely',
    lack_of_technical_knowledge: 'rarely',
  },
  mlops_help: 'Automating deployment and monitoring so that data scientists can get back to modelling.',
};

/** "Nível 1: a empresa está desenvolvendo seus primeiros modelos, porém ainda sem gerar valor para as frentes de negócio." */
export const LEVEL_1_TEAM: Answers = {
  ...PROFILE,
  self_declared_level: 'level_1',
  deploys_models: 'no',
  non_deployment_reasons: ['lack_of_technical_knowledge', 'insufficient_engineering_teams'],
  business_consumption: 'no',
  model_runtime: 'none_yet',
  experiment_tracking: 'manual',
  dataset_versioning: 'absent',
  model_registry: 'absent',
  training_pipeline: 'absent',
  ci_cd: 'absent',
};

/** "Nível 2: as áreas de negócio já consomem os modelos, porém são executados localmente e não há monitoramento ou automações." */
export const LEVEL_2_TEAM: Answers = {
  ...PROFILE,
  self_declared_level: 'level_2',
  deploys_models: 'no',
  non_deployment_reasons: ['no_consumption_layer'],
  business_consumption: 'yes',
  model_runtime: 'local',
  experiment_tracking: 'manual',
  dataset_versioning: 'absent',
  model_registry: 'absent',
  training_pipeline: 'manual',
  ci_cd: 'absent',
  deployment: 'manual',
  service_monitoring: 'absent',
  model_monitoring: 'absent',
  drift_detection: 'absent',
  alerting: 'absent',
  retraining: 'manual',
  rollback: 'absent',
};

/** "Nível 3: a empresa executa seus modelos em ambiente produtivo em nuvem, com consumos via API ou Batch, porém ainda sem processos automatizados." */
export const LEVEL_3_TEAM: Answers = {
  ...PROFILE,
  self_declared_level: 'level_3',
  deploys_models: 'yes',
  models_in_production: 4,
  who_deploys: ['data_scientists', 'data_engineers'],
  deployment_difficulties: ['insufficient_engineering_teams', 'low_model_metrics_visibility'],
  model_consumption: ['api'],
  business_consumption: 'yes',
  model_runtime: 'cloud',
  experiment_tracking: 'manual',
  dataset_versioning: 'manual',
  model_registry: 'manual',
  training_pipeline: 'manual',
  ci_cd: 'manual',
  deployment: 'manual',
  service_monitoring: 'manual',
  model_monitoring: 'manual',
  drift_detection: 'absent',
  alerting: 'manual',
  retraining: 'manual',
  rollback: 'manual',
};

/** "Nível 4: a empresa executa seus modelos em ambiente produtivo em nuvem, e com processos como monitoramento, implantação e retreino automatizados." */
export const LEVEL_4_TEAM: Answers = {
  ...PROFILE,
  self_declared_level: 'level_4',
  data_team_professions: ['data_scientist', 'data_engineer', 'ml_engineer', 'devops'],
  dedicated_deployment_team: 'yes',
  deploys_models: 'yes',
  models_in_production: 25,
  who_deploys: ['ml_engineers', 'devops'],
  deployment_difficulties: ['retraining_complexity'],
  model_consumption: ['api', 'batch'],
  business_consumption: 'yes',
  model_runtime: 'cloud',
  experiment_tracking: 'automated',
  dataset_versioning: 'automated',
  model_registry: 'automated',
  training_pipeline: 'automated',
  ci_cd: 'automated',
  deployment: 'automated',
  service_monitoring: 'automated',
  model_monitoring: 'automated',
  drift_detection: 'automated',
  alerting: 'automated',
  retraining: 'automated',
  rollback: 'automated',
};

/** The four teams by the level each must score. */
export const TEAMS_BY_LEVEL = [
  { level: 1, answers: LEVEL_1_TEAM },
  { level: 2, answers: LEVEL_2_TEAM },
  { level: 3, answers: LEVEL_3_TEAM },
  { level: 4, answers: LEVEL_4_TEAM },
] as const;

/**
 * Every dimension at its best: every practice automated, every challenge never met, every
 * organisation signal present, question 23 answered with no specific difficulty.
 */
export const BEST_TEAM: Answers = {
  ...LEVEL_4_TEAM,
  deployment_difficulties: ['other'],
  data_problems: { insufficient_data: 'never', data_access: 'never', unreliable_data: 'never', dataset_versioning: 'never' },
  model_difficulties: {
    experiment_tracking: 'never',
    business_distrust: 'never',
    unrealistic_expectations: 'never',
    lack_of_financial_resources: 'never',
    lack_of_tools: 'never',
    lack_of_technical_knowledge: 'never',
  },
};
