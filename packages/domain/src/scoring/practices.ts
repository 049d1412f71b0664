/**
 * The order in which the work must be done (PRODUCT.md, "Gaps"; paper 5.4 and 6: reproducibility,
 * CI/CD, automated deployment, monitoring, continuous training). Every gate and gap belongs to one
 * step; gaps are ordered by the position of their step in this table.
 *
 * Invariants the tests pin: reproducibility (experiment tracking, dataset versioning, training
 * pipeline) before CI/CD; CI/CD before automated deployment; monitoring before automated retraining.
 */
export const WORK_ORDER = [
  // Without agreed business use there is no level 2 and nothing to operate.
  'business_value',
  // The paper's most reported deployment difficulty (5.4): not enough engineers or knowledge.
  'team_capacity',
  'data_quality',
  'experiment_tracking',
  'dataset_versioning',
  'training_pipeline',
  'model_registry',
  'ci_cd',
  // Documentation, review and approval of a model version (amorim-2023@2): before it is served.
  'governance',
  'production_serving',
  'automated_deployment',
  'monitoring',
  'automated_retraining',
  // Calibrating the self-declared level comes last: it changes nothing the team runs.
  'maturity_calibration',
] as const;

export type WorkStep = (typeof WORK_ORDER)[number];

const POSITION: ReadonlyMap<WorkStep, number> = new Map(WORK_ORDER.map((step, i) => [step, i]));

/** Position of a step in the work order (0 first). */
export function workPosition(step: WorkStep): number {
  return POSITION.get(step) ?? WORK_ORDER.length;
}
