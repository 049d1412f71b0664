import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import { compareResults } from './compare-results.ts';
import { scoreResponse } from './score.ts';
import { LEVEL_3_TEAM, LEVEL_4_TEAM } from './responses.fixture.ts';

describe('compareResults', () => {
  const before = scoreResponse(amorim2023v1, LEVEL_3_TEAM);
  const after = scoreResponse(amorim2023v1, LEVEL_4_TEAM);

  it('reports a level gained, the gates newly passed and the gaps resolved', () => {
    const change = compareResults(before, after);
    expect(change).toMatchObject({ previousLevel: 3, currentLevel: 4, levelChange: 1, gatesNewlyFailed: [] });
    expect(change.gatesNewlyPassed).toEqual(['l4.automated_deployment', 'l4.automated_monitoring', 'l4.automated_retraining']);
    expect(change.gapsResolved.map((g) => g.id)).toEqual([
      // Continuous training needs the training pipeline automated; level 3 has it manual.
      'foundation:training_pipeline',
      'blocker:l4.automated_deployment',
      'blocker:l4.automated_monitoring',
      'blocker:l4.automated_retraining',
      'hotspot:deployment_difficulties.insufficient_engineering_teams',
      'hotspot:deployment_difficulties.low_model_metrics_visibility',
    ]);
    expect(change.gapsNew.map((g) => g.id)).toEqual(['hotspot:deployment_difficulties.retraining_complexity']);
    expect(change.engineChanged).toBe(false);
    expect(change.questionnaireChanged).toBe(false);
  });

  it('reports dimension deltas in points', () => {
    const change = compareResults(before, after);
    for (const dimension of change.dimensions) {
      const previous = before.dimensions.find((d) => d.id === dimension.id)?.score ?? null;
      const current = after.dimensions.find((d) => d.id === dimension.id)?.score ?? null;
      expect(dimension).toEqual({
        id: dimension.id,
        previous,
        current,
        delta: previous === null || current === null ? null : current - previous,
      });
    }
    expect(change.dimensions.find((d) => d.id === 'monitoring')?.delta).toBeGreaterThan(0);
  });

  it('reports a level lost and the gates newly failed', () => {
    const change = compareResults(after, before);
    expect(change.levelChange).toBe(-1);
    expect(change.gatesNewlyPassed).toEqual([]);
    expect(change.gatesNewlyFailed).toEqual(['l4.automated_deployment', 'l4.automated_monitoring', 'l4.automated_retraining']);
  });

  it('has null deltas where a dimension was not scored', () => {
    const empty = scoreResponse(amorim2023v1, {});
    expect(compareResults(empty, after).dimensions.every((d) => d.delta === null && d.previous === null)).toBe(true);
  });

  it('is empty between a result and itself, and flags results of another engine version', () => {
    const same = compareResults(before, before);
    expect(same).toMatchObject({ levelChange: 0, gatesNewlyPassed: [], gatesNewlyFailed: [], gapsResolved: [], gapsNew: [] });
    expect(same.dimensions.every((d) => d.delta === 0)).toBe(true);
    expect(compareResults({ ...before, engineVersion: '0.9.0' }, before).engineChanged).toBe(true);
  });
});
