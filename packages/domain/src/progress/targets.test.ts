import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import { scoreResponse } from '../scoring/score.ts';
import { buildRoadmap } from '../scoring/roadmap.ts';
import { LEVEL_2_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM } from '../scoring/responses.fixture.ts';
import { EFFORT_DAYS, stepsToTarget, targetProgress, type TeamTarget } from './targets.ts';

const level2 = scoreResponse(amorim2023v1, LEVEL_2_TEAM);
const level3 = scoreResponse(amorim2023v1, LEVEL_3_TEAM);
const level4 = scoreResponse(amorim2023v1, LEVEL_4_TEAM);
const target = (level: 1 | 2 | 3 | 4, dueDate: string, practices: TeamTarget['practices'] = {}): TeamTarget => ({ level, dueDate, practices });

describe('the steps to a target', () => {
  it('are the gates of the levels up to the target that are not practices, for a level-2 team aiming at level 3', () => {
    const { steps, conditions } = stepsToTarget(level2, target(3, '2027-01-01'));
    expect(steps).toEqual([]);
    expect(conditions.map((c) => [c.gateId, c.status, c.effort])).toEqual([
      ['l3.production_runtime', 'failed', 'L'],
      ['l3.serving', 'failed', 'M'],
    ]);
  });

  it('keep the level-4 gate practices and every step they come after, in roadmap order, and drop the rest', () => {
    const roadmap = buildRoadmap(level3);
    const { steps, conditions } = stepsToTarget(level3, target(4, '2027-01-01'));
    expect(conditions).toEqual([]);
    const ids = steps.map((s) => s.practiceId);
    for (const gatePractice of ['deployment', 'model_monitoring', 'alerting', 'retraining']) expect(ids).toContain(gatePractice);
    // Every kept step's prerequisites are kept, and the order is the roadmap's.
    for (const step of steps) for (const before of step.after) expect(ids).toContain(before);
    expect(ids).toEqual(roadmap.map((s) => s.practiceId).filter((id) => ids.includes(id)));
    expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
    // drift detection is a default-target step of the roadmap but no level-4 gate needs it.
    expect(roadmap.map((s) => s.practiceId)).toContain('drift_detection');
    expect(ids).not.toContain('drift_detection');
  });

  it('include a practice the team set its own target for, even at a level already held', () => {
    const { steps } = stepsToTarget(level3, target(3, '2027-01-01', { drift_detection: 'manual' }));
    expect(steps.map((s) => [s.practiceId, s.target, s.targetSource])).toEqual([['drift_detection', 'manual', 'team']]);
  });

  it('list a team target for a practice the questionnaire does not ask as not asked', () => {
    const { notAsked } = stepsToTarget(level3, target(3, '2027-01-01', { model_review: 'manual' }));
    expect(notAsked).toEqual(['model_review']);
  });

  it('are empty for a level-4 team aiming at level 4', () => {
    expect(stepsToTarget(level4, target(4, '2027-01-01'))).toEqual({ steps: [], conditions: [], notAsked: [] });
  });
});

describe('on track', () => {
  const cases: { name: string; result: typeof level2 | null; target: TeamTarget; today: string; state: string }[] = [
    { name: 'met: level reached, nothing left', result: level4, target: target(4, '2026-01-01'), today: '2026-06-01', state: 'met' },
    { name: 'met: a lower target', result: level3, target: target(2, '2026-12-31'), today: '2026-06-01', state: 'met' },
    { name: 'overdue: past the due date, not met', result: level2, target: target(3, '2026-05-31'), today: '2026-06-01', state: 'overdue' },
    { name: 'on track: 126 days of work, 200 days left', result: level2, target: target(3, '2026-12-18'), today: '2026-06-01', state: 'on_track' },
    { name: 'at risk: 126 days of work, 60 days left', result: level2, target: target(3, '2026-07-31'), today: '2026-06-01', state: 'at_risk' },
    { name: 'no result yet, due date ahead', result: null, target: target(3, '2026-07-31'), today: '2026-06-01', state: 'no_result' },
    { name: 'no result and the due date passed', result: null, target: target(3, '2026-05-01'), today: '2026-06-01', state: 'overdue' },
    { name: 'the due date itself is not overdue', result: level2, target: target(3, '2026-06-01'), today: '2026-06-01', state: 'at_risk' },
    { name: 'met a practice target, level held', result: level3, target: target(3, '2026-07-01', { rollback: 'manual' }), today: '2026-06-01', state: 'met' },
  ];
  it.each(cases)('$name', ({ result, target: t, today, state }) => {
    expect(targetProgress(result, t, today).state).toBe(state);
  });

  it('sums the efforts of the steps and conditions left and counts the days to the due date', () => {
    const progress = targetProgress(level2, target(3, '2026-12-18'), '2026-06-01');
    expect(progress.remainingDays).toBe(EFFORT_DAYS.L + EFFORT_DAYS.M);
    expect(progress.daysLeft).toBe(200);
    const four = targetProgress(level3, target(4, '2030-01-01'), '2026-06-01');
    expect(four.remainingDays).toBe(four.steps.reduce((sum, s) => sum + EFFORT_DAYS[s.effort], 0));
    expect(four.remainingDays).toBeGreaterThan(0);
  });

  it('on track exactly when the work fits in the days left, the due date counted', () => {
    // 126 days of work: due 125 days after today leaves 126 days including the due date.
    expect(targetProgress(level2, target(3, '2026-10-04'), '2026-06-01').state).toBe('on_track');
    expect(targetProgress(level2, target(3, '2026-10-03'), '2026-06-01').state).toBe('at_risk');
  });
});
