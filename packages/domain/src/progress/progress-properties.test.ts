import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v2 } from '../questionnaire/index.ts';
import { responseArbitrary } from '../questionnaire/answers.fixture.ts';
import { aggregateAnswers, aggregateTeam } from '../scoring/aggregate.ts';
import { buildRoadmap, type PracticeTargets } from '../scoring/roadmap.ts';
import { PRACTICES } from '../scoring/practice-model.ts';
import { judgeActionClosure } from './closure.ts';
import { EFFORT_DAYS, targetProgress } from './targets.ts';

/*
 * Invariants of the target and closure rules over generated teams of `amorim-2023@2` (README
 * "Targets", "Actions"): the steps to a target are roadmap steps closed under their prerequisites,
 * "met" means exactly nothing left at or above the target level, the state follows the days, and a
 * step's closure agrees with whether the next round still has that step.
 */

const targetsArbitrary: fc.Arbitrary<PracticeTargets> = fc
  .subarray(PRACTICES.map((p) => p.id), { maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom('manual', 'automated').map((state) => [id, state] as const))))
  .map((entries) => Object.fromEntries(entries) as PracticeTargets);
const teams = fc.array(fc.oneof(responseArbitrary(amorim2023v2, false), responseArbitrary(amorim2023v2, true)), { minLength: 1, maxLength: 3 });
const level = fc.constantFrom(2 as const, 3 as const, 4 as const);
const days = fc.integer({ min: -400, max: 4000 });

describe('targets and closure, over generated teams', () => {
  it('keep roadmap steps with their prerequisites; met only with nothing left; the state follows the days', () => {
    fc.assert(
      fc.property(teams, targetsArbitrary, level, days, (responses, practices, targetLevel, left) => {
        const result = aggregateTeam(amorim2023v2, responses);
        const due = new Date(Date.UTC(2026, 5, 1 + left)).toISOString().slice(0, 10); // eslint-disable-line no-restricted-globals
        const progress = targetProgress(result, { level: targetLevel, practices, dueDate: due }, '2026-06-01');
        const roadmap = buildRoadmap(result, practices).map((s) => s.practiceId);
        const kept = progress.steps.map((s) => s.practiceId);
        expect(kept.every((id) => roadmap.includes(id))).toBe(true);
        expect(kept).toEqual(roadmap.filter((id) => kept.includes(id)));
        for (const step of progress.steps) for (const before of step.after) expect(kept).toContain(before);
        for (const id of Object.keys(practices)) if (roadmap.includes(id as never)) expect(kept).toContain(id);
        expect(progress.daysLeft).toBe(left);
        const nothingLeft = result.level >= targetLevel && kept.length === 0 && progress.conditions.length === 0 && progress.notAsked.length === 0;
        expect(progress.state === 'met').toBe(nothingLeft);
        if (!nothingLeft) {
          expect(progress.remainingDays).toBeGreaterThanOrEqual(kept.length * EFFORT_DAYS.S);
          expect(progress.state).toBe(left < 0 ? 'overdue' : progress.remainingDays <= left + 1 ? 'on_track' : 'at_risk');
        }
      }),
      { numRuns: 120 },
    );
  });

  it('close a step exactly when the next round no longer has it (or cannot say)', () => {
    fc.assert(
      fc.property(teams, teams, (before, after) => {
        const first = aggregateTeam(amorim2023v2, before);
        const next = { result: aggregateTeam(amorim2023v2, after), questionnaire: amorim2023v2, answers: aggregateAnswers(amorim2023v2, after).answers };
        const stillSteps = new Set(next.result.roadmap.map((s) => s.practiceId));
        for (const step of first.roadmap) {
          const closure = judgeActionClosure({ kind: 'practice', practiceId: step.practiceId, state: step.target }, 'done', next);
          if (closure.outcome === 'closed') expect(stillSteps.has(step.practiceId)).toBe(false);
          if (closure.outcome === 'open') expect(stillSteps.has(step.practiceId)).toBe(true);
          expect(closure.doneButOpen).toBe(closure.outcome === 'open');
        }
      }),
      { numRuns: 80 },
    );
  });
});
