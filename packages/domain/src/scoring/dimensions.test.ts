import { describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2, PRACTICES_ADDED_IN_V2 } from '../questionnaire/index.ts';
import type { Answers } from '../questionnaire/types.ts';
import { DIMENSIONS, enoughAnswered, scoreDimensions } from './dimensions.ts';
import { BEST_TEAM, LEVEL_1_TEAM } from './responses.fixture.ts';
import { DIMENSION_IDS, type DimensionId, type DimensionScore } from './types.ts';

function dimension(answers: Answers, id: DimensionId): DimensionScore {
  const found = scoreDimensions(amorim2023v1, answers).find((d) => d.id === id);
  if (found === undefined) throw new Error(`no dimension ${id}`);
  return found;
}

describe('the dimensions', () => {
  it('are the six of PRODUCT.md and governance (amorim-2023@2), in order, labelled in both languages', () => {
    expect(DIMENSIONS.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    for (const d of DIMENSIONS) {
      expect(d.label.en).not.toBe('');
      expect(d.label['pt-BR']).not.toBe('');
    }
  });

  it('read only questions, items and options the latest questionnaire has', () => {
    const byId = new Map(amorim2023v2.questions.map((q) => [q.id, q]));
    for (const signal of DIMENSIONS.flatMap((d) => d.signals)) {
      const question = byId.get(signal.question);
      expect(question, signal.question).toBeDefined();
      if (signal.kind === 'challenge') {
        expect(question?.kind === 'frequency' && question.items.some((i) => i.id === signal.item)).toBe(true);
      }
      if (signal.kind === 'selection' || signal.kind === 'choice') {
        const offered = question?.kind === 'single' || question?.kind === 'multiple' ? question.options.map((o) => o.id) : [];
        const used = signal.kind === 'selection' ? signal.options : Object.keys(signal.values);
        for (const option of used) expect(offered, `${signal.question}.${option}`).toContain(option);
      }
    }
  });

  it('are 100 when every practice is automated, no challenge is met and every organisation signal is present', () => {
    expect(scoreDimensions(amorim2023v1, BEST_TEAM).map((d) => d.score)).toEqual([100, 100, 100, 100, 100, 100]);
    const v2Best: Answers = { ...BEST_TEAM, ...Object.fromEntries(PRACTICES_ADDED_IN_V2.map((id) => [id, 'automated'])) };
    expect(scoreDimensions(amorim2023v2, v2Best).map((d) => [d.id, d.score])).toEqual(DIMENSION_IDS.map((id) => [id, 100]));
  });

  it('leave out a dimension the questionnaire asks nothing of: @1 has no governance', () => {
    expect(scoreDimensions(amorim2023v1, BEST_TEAM).map((d) => d.id)).toEqual(DIMENSION_IDS.filter((id) => id !== 'governance'));
  });

  it('count the signals behind each score, and say "not enough answers" (null) below half of them', () => {
    const full = scoreDimensions(amorim2023v1, BEST_TEAM);
    for (const d of full) expect(d.answered).toBe(d.signals);
    // One challenge answer of seven data signals: not enough.
    const thin = dimension({ data_problems: { insufficient_data: 'never' } }, 'data');
    expect(thin).toMatchObject({ score: null, answered: 1, signals: 5 });
    expect(thin.evidence).toEqual([{ questionId: 'data_problems', itemId: 'insufficient_data', answer: 'never' }]);
    const enough = dimension(
      { dataset_versioning: 'automated', data_problems: { insufficient_data: 'never', data_access: 'never' } },
      'data',
    );
    expect(enough).toMatchObject({ score: 100, answered: 3, signals: 5 });
    expect(enoughAnswered(0, 0)).toBe(false);
    expect(enoughAnswered(2, 5)).toBe(false);
    expect(enoughAnswered(3, 6)).toBe(true);
  });

  it("score nothing on a lone answer when the practices behind a dimension were not asked (model runtime \"don't know\")", () => {
    const deployment = dimension({ ...BEST_TEAM, model_runtime: 'dont_know' }, 'deployment');
    // Runtime unknown hides deployment and rollback; API or batch serving and CI/CD are 2 of 5.
    expect(deployment).toMatchObject({ score: null, answered: 2, signals: 5 });
  });

  it('are 0 at the other end', () => {
    const worst: Answers = {
      ...BEST_TEAM,
      data_team_professions: ['data_scientist'],
      dedicated_deployment_team: 'no',
      business_consumption: 'no',
      model_runtime: 'none_yet',
      deploys_models: 'yes',
      model_consumption: ['dashboard'],
      deployment_difficulties: [
        'insufficient_engineering_teams',
        'lack_of_technical_knowledge',
        'low_model_metrics_visibility',
        'reproducing_results_in_production',
        'retraining_complexity',
      ],
      data_problems: { insufficient_data: 'always', data_access: 'always', unreliable_data: 'always', dataset_versioning: 'always' },
      model_difficulties: { experiment_tracking: 'always', business_distrust: 'always', unrealistic_expectations: 'always' },
      experiment_tracking: 'absent',
      dataset_versioning: 'absent',
      model_registry: 'absent',
      training_pipeline: 'absent',
      ci_cd: 'absent',
    };
    const scores = Object.fromEntries(scoreDimensions(amorim2023v1, worst).map((d) => [d.id, d.score]));
    // model_runtime none_yet hides the running practices: monitoring has only question 23 behind it
    // (1 of 5 signals: not enough answers), and deployment is runtime (0 × 2), ci_cd (0 × 1) and a
    // consumption not by API or batch (0.5 × 1).
    expect(scores).toEqual({ data: 0, experimentation: 0, deployment: Math.round((100 * 0.5) / 4), monitoring: null, automation: 0, organisation: 0 });
  });

  it('weigh practice states like the ML Test Score and challenges inverted', () => {
    // data: dataset_versioning manual (0.5 × 2), insufficient data met frequently (0.25 × 1) and data
    // access rarely (0.75 × 1) → 2 / 4.
    const data = dimension({ dataset_versioning: 'manual', data_problems: { insufficient_data: 'frequently', data_access: 'rarely' } }, 'data');
    expect(data.score).toBe(50);
    expect(data.evidence).toEqual([
      { questionId: 'dataset_versioning', answer: 'manual' },
      { questionId: 'data_problems', itemId: 'insufficient_data', answer: 'frequently' },
      { questionId: 'data_problems', itemId: 'data_access', answer: 'rarely' },
    ]);
  });

  it('read organisation signals: business use, dedicated team, ML engineers and DevOps, business trust', () => {
    const organisation = dimension(
      {
        business_consumption: 'pilot', // 0.5 × 2
        dedicated_deployment_team: 'yes', // 1
        data_team_professions: ['data_scientist', 'devops'], // ML engineers 0, DevOps 1
        model_difficulties: { business_distrust: 'sometimes', unrealistic_expectations: 'always' }, // 0.5, 0
      },
      'organisation',
    );
    expect(organisation.score).toBe(Math.round((100 * (1 + 1 + 0 + 1 + 0.5 + 0)) / 7));
    expect(organisation.evidence.map((e) => e.itemId ?? e.questionId)).toEqual([
      'business_consumption',
      'dedicated_deployment_team',
      'data_team_professions',
      'business_distrust',
      'unrealistic_expectations',
    ]);
  });

  it('are null when nothing behind them is answered, and treat "don\'t know" as not answered', () => {
    expect(scoreDimensions(amorim2023v1, {}).every((d) => d.score === null && d.evidence.length === 0)).toBe(true);
    const unsure = dimension({ experiment_tracking: 'dont_know', model_registry: 'dont_know', model_difficulties: { experiment_tracking: 'dont_know' } }, 'experimentation');
    expect(unsure).toMatchObject({ score: null, evidence: [] });
  });

  it('ignore answers to hidden questions', () => {
    // No model runs, so the monitoring practices are not asked; their answers do not count.
    const monitoring = dimension({ ...LEVEL_1_TEAM, model_monitoring: 'automated', alerting: 'automated' }, 'monitoring');
    expect(monitoring.score).toBeNull();
  });
});
