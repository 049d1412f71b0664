import { describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2, PRACTICES_ADDED_IN_V2 } from '../questionnaire/index.ts';
import type { Answers } from '../questionnaire/types.ts';
import { scoreResponse } from './score.ts';
import { aggregateTeam } from './aggregate.ts';
import { buildRoadmap } from './roadmap.ts';
import { getPractice } from './practice-model.ts';
import { LEVEL_1_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM } from './responses.fixture.ts';

/** Every practice of @2 at `state`, on top of a fixture. */
const allPractices = (base: Answers, state: string): Answers => ({
  ...base,
  ...Object.fromEntries(PRACTICES_ADDED_IN_V2.map((id) => [id, state])),
});

/** The first measurement: level 3, foundations absent, no challenge selected. */
const LEVEL_3_NO_FOUNDATIONS: Answers = {
  ...LEVEL_3_TEAM,
  experiment_tracking: 'absent',
  dataset_versioning: 'absent',
  model_registry: 'absent',
  training_pipeline: 'absent',
  ci_cd: 'absent',
  rollback: 'absent',
  deployment_difficulties: ['other'],
  data_problems: { insufficient_data: 'never', data_access: 'never', unreliable_data: 'never', dataset_versioning: 'never' },
  model_difficulties: { experiment_tracking: 'never', business_distrust: 'never', unrealistic_expectations: 'never' },
};

describe('the roadmap', () => {
  it('turns the missing foundations of a level-3 team into gaps and steps, not only the three level-4 blockers', () => {
    const result = scoreResponse(amorim2023v1, LEVEL_3_NO_FOUNDATIONS);
    expect(result.level).toBe(3);
    const gaps = result.gaps.map((g) => g.id);
    expect(gaps.filter((id) => id.startsWith('blocker:'))).toHaveLength(3);
    expect(gaps.filter((id) => id.startsWith('foundation:')).sort()).toEqual(
      [
        'foundation:ci_cd',
        'foundation:dataset_versioning',
        'foundation:experiment_tracking',
        'foundation:model_registry',
        'foundation:training_pipeline',
      ].sort(),
    );
    const steps: string[] = result.roadmap.map((s) => s.practiceId);
    for (const id of ['experiment_tracking', 'dataset_versioning', 'model_registry', 'training_pipeline', 'ci_cd', 'rollback', 'deployment']) {
      expect(steps).toContain(id);
    }
    // Foundations first: nothing is planned before what it rests on.
    const at = (id: string) => steps.indexOf(id);
    expect(at('dataset_versioning')).toBeLessThan(at('training_pipeline'));
    expect(at('training_pipeline')).toBeLessThan(at('ci_cd'));
    expect(at('ci_cd')).toBeLessThan(at('deployment'));
    expect(at('model_registry')).toBeLessThan(at('deployment'));
    expect(at('deployment')).toBeLessThan(at('rollback'));
  });

  it('gives every step its practice, state now and wanted, why, effort, evidence and share', () => {
    const step = scoreResponse(amorim2023v1, LEVEL_3_NO_FOUNDATIONS).roadmap.find((s) => s.practiceId === 'model_monitoring');
    expect(step).toMatchObject({
      practiceId: 'model_monitoring',
      stage: 'operations',
      now: 'manual',
      target: 'automated',
      targetSource: 'default',
      effort: 'L',
      evidence: [{ questionId: 'model_monitoring', answer: 'manual' }],
      share: { seriesId: 'deployment_difficulties', categoryId: 'low_model_metrics_visibility', count: 25, base: 57, relation: 'related' },
    });
    expect(step?.why).toContainEqual({ kind: 'gate', gateId: 'l4.automated_monitoring', level: 4 });
    expect(step?.why.some((w) => w.kind === 'unlocks' && w.practiceId === 'alerting')).toBe(false); // alerting is manual: it already has what it needs
    expect(step?.effortReason.en.length).toBeGreaterThan(0);
    expect(step?.targetReason.en).toContain('Level 4');
  });

  it('still gives a level-4 team steps for what it lacks, and none for what is at its target', () => {
    const result = scoreResponse(amorim2023v2, allPractices({ ...LEVEL_4_TEAM, rollback: 'manual' }, 'absent'));
    expect(result.level).toBe(4);
    const steps = result.roadmap.map((s) => s.practiceId);
    expect(steps).toContain('rollback');
    for (const id of PRACTICES_ADDED_IN_V2) expect(steps).toContain(id);
    for (const id of ['deployment', 'retraining', 'model_monitoring', 'alerting']) expect(steps).not.toContain(id);
    const full = scoreResponse(amorim2023v2, allPractices(LEVEL_4_TEAM, 'automated'));
    expect(full.roadmap).toEqual([]);
  });

  it('states nothing nobody gave: an unanswered or "don\'t know" practice is a step to find out, never "absent"', () => {
    const { model_registry: _unanswered, ...rest } = LEVEL_3_TEAM;
    const result = scoreResponse(amorim2023v1, { ...rest, experiment_tracking: 'dont_know' });
    const tracking = result.roadmap.find((s) => s.practiceId === 'experiment_tracking');
    const registry = result.roadmap.find((s) => s.practiceId === 'model_registry');
    expect(tracking?.now).toBe('dont_know');
    expect(registry?.now).toBe('not_answered');
    // Neither is a foundation gap: a gap states a fact.
    expect(result.gaps.some((g) => g.id === 'foundation:experiment_tracking' || g.id === 'foundation:model_registry')).toBe(false);
  });

  it('says which practices were not asked because no model runs yet', () => {
    const result = scoreResponse(amorim2023v1, LEVEL_1_TEAM);
    expect(result.roadmap.find((s) => s.practiceId === 'deployment')?.now).toBe('not_asked');
    expect(result.practices.find((p) => p.practiceId === 'deployment')).toMatchObject({ status: 'not_asked', evidence: { answer: null } });
  });

  it("uses a team's own targets instead of the defaults, and says so", () => {
    const answers = allPractices(LEVEL_4_TEAM, 'manual');
    const defaults = scoreResponse(amorim2023v2, answers);
    expect(defaults.roadmap.some((s) => s.practiceId === 'feature_management')).toBe(false); // default target: manual
    const own = scoreResponse(amorim2023v2, answers, { targets: { feature_management: 'automated' } });
    const step = own.roadmap.find((s) => s.practiceId === 'feature_management');
    expect(step).toMatchObject({ target: 'automated', targetSource: 'team', now: 'manual' });
    expect(step?.targetReason.en).toContain("team's own target");
    // The roadmap can be rebuilt from a stored result for new targets, without the answers.
    expect(buildRoadmap(defaults, { feature_management: 'automated' })).toEqual(own.roadmap);
  });

  it('puts first the foundations that hold a capped level 4 back', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, training_pipeline: 'absent', rollback: 'absent' });
    expect(result.level).toBe(3);
    // Dataset versioning is automated in this response, so the pipeline has nothing before it.
    expect(result.roadmap[0]?.practiceId).toBe('training_pipeline');
    expect(result.cap?.reasons).toEqual([expect.objectContaining({ practiceId: 'retraining', foundationId: 'training_pipeline', foundationStatus: 'absent' })]);
    const pipeline = result.roadmap.find((s) => s.practiceId === 'training_pipeline');
    expect(pipeline?.why).toContainEqual(expect.objectContaining({ kind: 'foundation', practiceId: 'retraining' }));
    expect(result.roadmap.findIndex((s) => s.practiceId === 'training_pipeline')).toBeLessThan(
      result.roadmap.findIndex((s) => s.practiceId === 'rollback'),
    );
  });

  it('cites the hotspots a step addresses', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_3_TEAM, model_difficulties: { experiment_tracking: 'always' } });
    const step = result.roadmap.find((s) => s.practiceId === 'experiment_tracking');
    expect(step?.why).toContainEqual({ kind: 'hotspot', gapId: 'hotspot:model_difficulties.experiment_tracking' });
  });

  it('keys steps by practice ids that stay the same across questionnaire versions', () => {
    const v1 = scoreResponse(amorim2023v1, LEVEL_3_TEAM).roadmap.map((s) => s.practiceId);
    const v2 = scoreResponse(amorim2023v2, allPractices(LEVEL_3_TEAM, 'automated')).roadmap.map((s) => s.practiceId);
    expect(v2).toEqual(v1);
    for (const id of v1) expect(getPractice(id)).toBeDefined();
  });

  it('is the same for a team as for its one response', () => {
    expect(aggregateTeam(amorim2023v2, [allPractices(LEVEL_3_TEAM, 'manual')]).roadmap).toEqual(
      scoreResponse(amorim2023v2, allPractices(LEVEL_3_TEAM, 'manual')).roadmap,
    );
  });
});
