import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import type { Answers } from '../questionnaire/types.ts';
import { GATES } from './gates.ts';
import { INCONSISTENCY_RULES, findGaps } from './gaps.ts';
import { HOTSPOTS } from './hotspots.ts';
import { WORK_ORDER, workPosition, type WorkStep } from './practices.ts';
import { LEVEL_1_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM } from './responses.fixture.ts';
import type { Gap } from './types.ts';

function gaps(answers: Answers): Gap[] {
  return findGaps(amorim2023v1, answers);
}

function gap(answers: Answers, id: string): Gap {
  const found = gaps(answers).find((g) => g.id === id);
  if (found === undefined) throw new Error(`no gap ${id} in ${gaps(answers).map((g) => g.id).join(', ')}`);
  return found;
}

describe('the work order', () => {
  const before = (a: WorkStep, b: WorkStep) => expect(workPosition(a)).toBeLessThan(workPosition(b));

  it('puts reproducibility before CI/CD, CI/CD before automated deployment, monitoring before retraining', () => {
    for (const step of ['experiment_tracking', 'dataset_versioning', 'training_pipeline'] as const) before(step, 'ci_cd');
    before('ci_cd', 'automated_deployment');
    before('monitoring', 'automated_retraining');
  });

  it('has every step once', () => {
    expect(new Set(WORK_ORDER).size).toBe(WORK_ORDER.length);
  });
});

describe('blockers', () => {
  it('list every unmet gate above the level, the next level first, each marked with its level', () => {
    const found = gaps(LEVEL_1_TEAM).filter((g) => g.kind === 'blocker');
    expect(found.map((g) => [g.id, g.level])).toEqual([
      ['blocker:l2.business_consumption', 2],
      ['blocker:l3.production_runtime', 3],
      ['blocker:l3.serving', 3],
      ['blocker:l4.automated_deployment', 4],
      ['blocker:l4.automated_monitoring', 4],
      ['blocker:l4.automated_retraining', 4],
    ]);
  });

  it('skip gates already passed, even above the level', () => {
    const found = gaps({ ...LEVEL_4_TEAM, business_consumption: 'pilot' }).filter((g) => g.kind === 'blocker');
    expect(found.map((g) => g.id)).toEqual(['blocker:l2.business_consumption']);
  });

  it('count a "don\'t know" gate as a blocker and say so', () => {
    const blocker = gap({ ...LEVEL_4_TEAM, deployment: 'dont_know' }, 'blocker:l4.automated_deployment');
    expect(blocker.detail.en).toBe(
      'Needed for level 4: New model versions reach production through an automated deployment, with no manual steps. Now: it is not known whether deployment is automated.',
    );
    expect(blocker.evidence).toEqual([{ questionId: 'deployment', answer: 'dont_know' }]);
  });

  it("carry the gate's practice and the paper's prevalence of the same problem", () => {
    const monitoring = gap(LEVEL_3_TEAM, 'blocker:l4.automated_monitoring');
    expect(monitoring.practice).toEqual(GATES.find((g) => g.id === 'l4.automated_monitoring')?.practice);
    expect(monitoring.prevalence).toMatchObject({
      seriesId: 'deployment_difficulties',
      categoryId: 'low_model_metrics_visibility',
      count: 25,
      base: 57,
      percent: 43.9,
    });
    expect(gap(LEVEL_1_TEAM, 'blocker:l2.business_consumption').prevalence).toMatchObject({ count: 14, base: 66 });
    expect(gap(LEVEL_1_TEAM, 'blocker:l3.production_runtime').prevalence).toMatchObject({ count: 9, base: 66 });
    // The paper gives no count for teams served by neither API nor batch.
    expect(gap(LEVEL_1_TEAM, 'blocker:l3.serving').prevalence).toBeNull();
  });
});

describe('hotspots', () => {
  it('flag every challenge met frequently or always, and nothing met less often', () => {
    const answers: Answers = {
      ...LEVEL_3_TEAM,
      data_problems: { insufficient_data: 'frequently', data_access: 'always', unreliable_data: 'sometimes', dataset_versioning: 'dont_know' },
      model_difficulties: { experiment_tracking: 'always', business_distrust: 'rarely', lack_of_tools: 'never' },
    };
    const ids = gaps(answers).filter((g) => g.kind === 'hotspot' && g.evidence[0]?.itemId !== undefined).map((g) => g.id);
    expect(ids.sort()).toEqual(
      ['hotspot:data_problems.data_access', 'hotspot:data_problems.insufficient_data', 'hotspot:model_difficulties.experiment_tracking'].sort(),
    );
  });

  it("give the paper's prevalence where it reports the same problem", () => {
    const answers: Answers = {
      ...LEVEL_3_TEAM,
      data_problems: { insufficient_data: 'always', data_access: 'frequently', dataset_versioning: 'frequently' },
    };
    expect(gap(answers, 'hotspot:data_problems.insufficient_data').prevalence).toMatchObject({
      categoryId: 'sometimes_or_frequently',
      count: 54,
      base: 66,
    });
    expect(gap(answers, 'hotspot:data_problems.dataset_versioning').prevalence).toMatchObject({
      categoryId: 'at_least_rarely',
      count: 35,
      base: 66,
    });
    // Fig. 6 is an image: the text gives no count for data access.
    expect(gap(answers, 'hotspot:data_problems.data_access').prevalence).toBeNull();
    const hotspot = gap(answers, 'hotspot:data_problems.insufficient_data');
    expect(hotspot.evidence).toEqual([{ questionId: 'data_problems', itemId: 'insufficient_data', answer: 'always' }]);
    expect(hotspot.title.en).toBe('The data needed is insufficient or incomplete');
    expect(hotspot.detail).toEqual({ en: 'Met always by the team (question 19).', 'pt-BR': 'Enfrentado sempre pelo time (questão 19).' });
  });

  it('flag every selected deployment difficulty with its count over the 57 who deploy', () => {
    const answers: Answers = {
      ...LEVEL_3_TEAM,
      deployment_difficulties: [
        'insufficient_engineering_teams',
        'lack_of_technical_knowledge',
        'low_model_metrics_visibility',
        'reproducing_results_in_production',
        'retraining_complexity',
        'other',
      ],
    };
    const found = gaps(answers).filter((g) => g.id.startsWith('hotspot:deployment_difficulties.'));
    expect(Object.fromEntries(found.map((g) => [g.id, g.prevalence === null ? null : `${g.prevalence.count}/${g.prevalence.base}`]))).toEqual({
      'hotspot:deployment_difficulties.insufficient_engineering_teams': '34/57',
      'hotspot:deployment_difficulties.lack_of_technical_knowledge': '30/57',
      'hotspot:deployment_difficulties.low_model_metrics_visibility': '25/57',
      'hotspot:deployment_difficulties.reproducing_results_in_production': '30/57',
      // Fig. 9 names it, the text gives no count.
      'hotspot:deployment_difficulties.retraining_complexity': null,
    });
  });

  it('flag the reasons a company does not deploy (question 21), whose counts the paper does not give', () => {
    const found = gaps(LEVEL_1_TEAM).filter((g) => g.kind === 'hotspot');
    expect(found.map((g) => [g.id, g.prevalence])).toEqual([
      ['hotspot:non_deployment_reasons.lack_of_technical_knowledge', null],
      ['hotspot:non_deployment_reasons.insufficient_engineering_teams', null],
    ]);
  });

  it('have a practice in both languages for every challenge of the questionnaire', () => {
    for (const [key, definition] of Object.entries(HOTSPOTS)) {
      expect(definition.practice.en, key).not.toBe('');
      expect(definition.practice['pt-BR'], key).not.toBe('');
    }
  });
});

describe('inconsistencies', () => {
  const cases: readonly { id: string; answers: Answers; evidence: readonly string[] }[] = [
    {
      id: 'retraining_without_monitoring',
      answers: { ...LEVEL_4_TEAM, model_monitoring: 'manual' },
      evidence: ['retraining', 'model_monitoring'],
    },
    {
      id: 'alerting_without_monitoring',
      answers: { ...LEVEL_3_TEAM, alerting: 'automated', service_monitoring: 'absent', model_monitoring: 'absent' },
      evidence: ['alerting', 'service_monitoring', 'model_monitoring'],
    },
    { id: 'deployment_without_ci_cd', answers: { ...LEVEL_4_TEAM, ci_cd: 'absent' }, evidence: ['deployment', 'ci_cd'] },
    {
      id: 'deployment_without_training_pipeline',
      answers: { ...LEVEL_4_TEAM, training_pipeline: 'manual' },
      evidence: ['deployment', 'training_pipeline'],
    },
    {
      id: 'retraining_without_training_pipeline',
      answers: { ...LEVEL_3_TEAM, retraining: 'automated', training_pipeline: 'absent' },
      evidence: ['retraining', 'training_pipeline'],
    },
    {
      id: 'runtime_without_deployment',
      answers: teamInProductionWithoutDeploying(),
      evidence: ['deploys_models', 'model_runtime'],
    },
    {
      id: 'served_without_runtime',
      answers: { ...LEVEL_3_TEAM, model_runtime: 'local' },
      evidence: ['model_consumption', 'model_runtime'],
    },
    {
      id: 'self_declared_without_business_consumption',
      answers: { ...LEVEL_3_TEAM, business_consumption: 'no' },
      evidence: ['self_declared_level', 'business_consumption'],
    },
    {
      id: 'self_declared_above_evidence',
      answers: { ...LEVEL_3_TEAM, self_declared_level: 'level_4' },
      evidence: ['self_declared_level', 'deployment'],
    },
  ];

  it('has a case for every rule', () => {
    expect(cases.map((c) => c.id).sort()).toEqual(INCONSISTENCY_RULES.map((r) => r.id).sort());
  });

  it.each(cases)('$id is flagged with its evidence', ({ id, answers, evidence }) => {
    const found = gap(answers, `inconsistency:${id}`);
    expect(found.kind).toBe('inconsistency');
    expect(found.evidence.map((e) => e.questionId)).toEqual(evidence);
    for (const e of found.evidence) expect(e.answer).toEqual(answers[e.questionId] ?? null);
    expect(found.detail.en).not.toBe('');
    expect(found.detail['pt-BR']).not.toBe('');
  });

  it('are absent from the four consistent teams', () => {
    for (const team of [LEVEL_1_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM]) {
      expect(gaps(team).filter((g) => g.kind === 'inconsistency')).toEqual([]);
    }
  });

  it('are not claimed by a "don\'t know" or a missing answer', () => {
    const unsure: Record<string, Answers[string]> = {
      ...LEVEL_4_TEAM,
      self_declared_level: 'level_3',
      model_monitoring: 'dont_know',
      ci_cd: 'dont_know',
      training_pipeline: 'dont_know',
    };
    expect(gaps(unsure).filter((g) => g.kind === 'inconsistency')).toEqual([]);
    delete unsure.model_monitoring;
    delete unsure.ci_cd;
    delete unsure.training_pipeline;
    expect(gaps(unsure).filter((g) => g.kind === 'inconsistency')).toEqual([]);
  });

  it('say how far the self-declared level is above the evidence, with the range and the reason', () => {
    const found = gap({ ...LEVEL_3_TEAM, self_declared_level: 'level_4', retraining: 'dont_know' }, 'inconsistency:self_declared_above_evidence');
    expect(found.detail.en).toBe(
      'Question 9 places the company at level 4, but the answers support level 3: deployment is not automated.',
    );
    const unsure = gap(
      { ...LEVEL_4_TEAM, self_declared_level: 'level_4', deployment: 'dont_know' },
      'inconsistency:self_declared_above_evidence',
    );
    expect(unsure.detail.en).toBe(
      'Question 9 places the company at level 4, but the answers support level 3 (level 4 at most, if the "don\'t know" answers turn out favourable): it is not known whether deployment is automated.',
    );
  });

  it('link automated retraining without monitoring to the paper\'s 25/57 without visibility of model metrics', () => {
    expect(gap({ ...LEVEL_4_TEAM, model_monitoring: 'absent' }, 'inconsistency:retraining_without_monitoring').prevalence).toMatchObject({
      count: 25,
      base: 57,
    });
  });
});

describe('the order of the gaps', () => {
  it('is numbered 1..n: next-level blockers and foundations, higher ones, then the rest by work step', () => {
    const answers: Answers = {
      ...LEVEL_3_TEAM,
      model_runtime: 'local', // level 2, and an inconsistency (served by API, running locally)
      deployment: 'automated',
      ci_cd: 'absent', // inconsistency at the CI/CD step
      data_problems: { insufficient_data: 'frequently', dataset_versioning: 'always' },
      model_difficulties: { business_distrust: 'always' },
      deployment_difficulties: ['retraining_complexity', 'low_model_metrics_visibility', 'reproducing_results_in_production'],
    };
    const found = gaps(answers);
    expect(found.map((g) => g.order)).toEqual(found.map((_, i) => i + 1));
    expect(found.map((g) => g.id)).toEqual([
      'blocker:l3.production_runtime',
      'foundation:training_pipeline', // level 4, training_pipeline step: continuous training rests on it
      'blocker:l4.automated_monitoring',
      'blocker:l4.automated_retraining',
      'hotspot:model_difficulties.business_distrust', // business_value
      'hotspot:data_problems.insufficient_data', // data_quality
      'hotspot:data_problems.dataset_versioning', // dataset_versioning
      'inconsistency:deployment_without_training_pipeline', // training_pipeline
      'hotspot:deployment_difficulties.reproducing_results_in_production',
      'inconsistency:deployment_without_ci_cd', // ci_cd
      'inconsistency:served_without_runtime', // production_serving
      'hotspot:deployment_difficulties.low_model_metrics_visibility', // monitoring
      'hotspot:deployment_difficulties.retraining_complexity', // automated_retraining
      'inconsistency:self_declared_above_evidence', // maturity_calibration
    ]);
  });
});

/** A team whose models run in the cloud although question 17 says the company does not deploy. */
function teamInProductionWithoutDeploying(): Answers {
  return { ...LEVEL_3_TEAM, deploys_models: 'no', non_deployment_reasons: ['lack_of_tools'] };
}
