import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2 } from '../questionnaire/index.ts';
import { PRACTICE_STATES, type Answers } from '../questionnaire/types.ts';
import { responseArbitrary } from '../questionnaire/answers.fixture.ts';
import { scoreResponse } from './score.ts';
import { aggregateTeam } from './aggregate.ts';
import { PRACTICES, STATE_RANK, getPractice } from './practice-model.ts';
import type { PracticeTargets } from './roadmap.ts';

/*
 * Invariants of the roadmap over generated responses to both questionnaire versions (README
 * "Roadmap"): every step is below its target, nothing at its target is a step, and no step comes
 * before a prerequisite that is still short of what it needs.
 */

const stateRank = (status: string): number => (status in STATE_RANK ? STATE_RANK[status as keyof typeof STATE_RANK] : -1);

const targetsArbitrary: fc.Arbitrary<PracticeTargets> = fc
  .subarray(PRACTICES.map((p) => p.id))
  .chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom('manual', 'automated').map((state) => [id, state] as const))))
  .map((entries) => Object.fromEntries(entries) as PracticeTargets);

describe.each([amorim2023v1, amorim2023v2])('the roadmap of $id', (questionnaire) => {
  const responses = fc.oneof(responseArbitrary(questionnaire, false), responseArbitrary(questionnaire, true));

  it('has a step for exactly the practices below their target, numbered 1..n', () => {
    fc.assert(
      fc.property(responses, targetsArbitrary, (answers, targets) => {
        const result = scoreResponse(questionnaire, answers, { targets });
        expect(result.roadmap.map((s) => s.order)).toEqual(result.roadmap.map((_, i) => i + 1));
        const below = result.practices
          .filter((p) => stateRank(p.status) < STATE_RANK[targets[p.practiceId] ?? getPractice(p.practiceId)?.target.state ?? 'automated'])
          .map((p) => p.practiceId);
        expect([...result.roadmap.map((s) => s.practiceId)].sort()).toEqual([...below].sort());
        for (const step of result.roadmap) expect(stateRank(step.now)).toBeLessThan(STATE_RANK[step.target]);
      }),
      { numRuns: 150 },
    );
  });

  it('never places a step before a prerequisite still short of what it needs', () => {
    fc.assert(
      fc.property(responses, (answers) => {
        const result = scoreResponse(questionnaire, answers);
        const position = new Map(result.roadmap.map((s) => [s.practiceId, s.order]));
        const status = new Map(result.practices.map((p) => [p.practiceId, p.status]));
        for (const step of result.roadmap) {
          for (const edge of getPractice(step.practiceId)?.prerequisites ?? []) {
            const before = position.get(edge.practice);
            if (before === undefined) continue;
            if (stateRank(status.get(edge.practice) ?? '') >= STATE_RANK[edge.state]) continue;
            expect(before, `${edge.practice} before ${step.practiceId}`).toBeLessThan(step.order);
            expect(step.after).toContain(edge.practice);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic, and the same for a team of N copies of one response', () => {
    fc.assert(
      fc.property(responses, fc.integer({ min: 1, max: 4 }), (answers: Answers, n) => {
        const single = scoreResponse(questionnaire, answers);
        expect(scoreResponse(questionnaire, answers).roadmap).toEqual(single.roadmap);
        expect(aggregateTeam(questionnaire, Array.from({ length: n }, () => answers)).roadmap).toEqual(single.roadmap);
      }),
      { numRuns: 60 },
    );
  });

  it('never shows level 4 with an absent foundation under a level-4 automation', () => {
    fc.assert(
      fc.property(responses, (answers) => {
        const result = scoreResponse(questionnaire, answers);
        if (result.level !== 4) return;
        const status = new Map(result.practices.map((p) => [p.practiceId, p.status]));
        for (const practice of PRACTICES.filter((p) => p.gates.length > 0)) {
          if (status.get(practice.id) !== 'automated') continue;
          for (const edge of practice.prerequisites.filter((e) => e.foundation)) {
            expect(['manual', 'automated']).toContain(status.get(edge.practice));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps monotonicity: raising one practice state never lowers the level or its bound', () => {
    const practiceIds = questionnaire.questions.filter((q) => q.kind === 'practice').map((q) => q.id);
    fc.assert(
      fc.property(responses, fc.constantFrom(...practiceIds), fc.integer({ min: 0, max: 1 }), (answers, id, from) => {
        const low = { ...answers, [id]: PRACTICE_STATES[from] as string };
        const high = { ...answers, [id]: PRACTICE_STATES[from + 1] as string };
        const a = scoreResponse(questionnaire, low);
        const b = scoreResponse(questionnaire, high);
        expect(b.level).toBeGreaterThanOrEqual(a.level);
        expect(b.confidence.max).toBeGreaterThanOrEqual(a.confidence.max);
      }),
      { numRuns: 300 },
    );
  });
});
