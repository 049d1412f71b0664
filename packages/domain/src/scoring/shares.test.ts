import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import { scoreResponse } from './score.ts';
import { frequencyShare, optionShare, shareOf } from './shares.ts';
import { LEVEL_3_TEAM } from './responses.fixture.ts';

describe('honest shares', () => {
  it('cite the count of the very answer where the paper reports it (same measure)', () => {
    expect(frequencyShare('data_problems.insufficient_data', 'frequently', 'sometimes_or_frequently')).toMatchObject({
      categoryId: 'frequently',
      count: 25,
      base: 66,
      relation: 'same',
      status: 'reported',
      source: 'Amorim et al. (2023), §5.3, Fig. 6',
    });
  });

  it('cite a combined count as a related measure when it leaves the answer out ("always" against "sometimes or frequently")', () => {
    expect(frequencyShare('data_problems.insufficient_data', 'always', 'sometimes_or_frequently')).toMatchObject({
      categoryId: 'sometimes_or_frequently',
      count: 54,
      relation: 'related',
    });
  });

  it('cite a combined count that includes the answer as an upper bound', () => {
    expect(frequencyShare('data_problems.dataset_versioning', 'frequently', 'at_least_rarely')).toMatchObject({
      categoryId: 'at_least_rarely',
      count: 35,
      relation: 'upper_bound',
    });
  });

  it('cite nothing where the paper gives no count', () => {
    expect(frequencyShare('model_difficulties.experiment_tracking', 'always', null)).toBeNull();
    expect(optionShare('deployment_difficulties', 'retraining_complexity')).toBeNull();
    expect(shareOf(null)).toBeNull();
  });

  it('mark a derived count as derived', () => {
    expect(shareOf({ seriesId: 'sector', categoryId: 'other', relation: 'related', measure: { en: 'x', 'pt-BR': 'x' } })?.status).toBe('derived');
  });

  it('say on every gap of a result how the cited count relates to it, with its base and source', () => {
    const result = scoreResponse(amorim2023v1, {
      ...LEVEL_3_TEAM,
      data_problems: { insufficient_data: 'always', dataset_versioning: 'frequently' },
    });
    const cited = result.gaps.filter((g) => g.prevalence !== null);
    expect(cited.length).toBeGreaterThan(3);
    for (const gap of cited) {
      expect(['same', 'related', 'upper_bound', 'lower_bound']).toContain(gap.prevalence?.relation);
      expect(gap.prevalence?.measure.en.length).toBeGreaterThan(0);
      expect(gap.prevalence?.measure['pt-BR'].length).toBeGreaterThan(0);
      expect(gap.prevalence?.source).toMatch(/^Amorim et al\. \(2023\), §/);
    }
    // The proxies are no longer "the same": level 3 for "deployment is not automated".
    expect(result.gaps.find((g) => g.id === 'blocker:l4.automated_deployment')?.prevalence).toMatchObject({ categoryId: 'level_3', relation: 'related' });
    expect(result.gaps.find((g) => g.id === 'hotspot:data_problems.insufficient_data')?.prevalence?.relation).toBe('related');
    expect(result.gaps.find((g) => g.id === 'hotspot:data_problems.dataset_versioning')?.prevalence?.relation).toBe('upper_bound');
    expect(result.gaps.find((g) => g.id === 'hotspot:deployment_difficulties.low_model_metrics_visibility')?.prevalence?.relation).toBe('same');
  });
});
