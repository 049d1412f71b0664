import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1, pruneHiddenAnswers, responseProgress } from '../questionnaire/index.ts';
import { responseArbitrary, untrustedResponseArbitrary } from '../questionnaire/answers.fixture.ts';
import type { Answers } from '../questionnaire/types.ts';
import { aggregateTeam } from './aggregate.ts';
import { scoreResponse } from './score.ts';
import { LEVEL_3_TEAM, TEAMS_BY_LEVEL } from './responses.fixture.ts';

/*
 * scoreResponse copies the shown answers only when pruning changes something, and a team's
 * completeness comes from the views read for aggregation. Both against the plain way.
 */

const questionnaire = amorim2023v1;
const responses = fc.oneof(responseArbitrary(questionnaire, true), responseArbitrary(questionnaire, false), untrustedResponseArbitrary(questionnaire));

describe('scoreResponse without the copy', () => {
  it('scores answers with hidden answers in them as it scores their pruned copy', () => {
    fc.assert(
      fc.property(responses, (answers) => {
        const pruned = pruneHiddenAnswers(questionnaire, answers as Answers);
        expect(scoreResponse(questionnaire, answers as Answers)).toEqual(scoreResponse(questionnaire, pruned));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores answers a response only inherits', () => {
    const inherited = { deployment: 'automated', model_monitoring: 'automated', alerting: 'automated', retraining: 'automated' };
    const own = { ...LEVEL_3_TEAM };
    for (const id of Object.keys(inherited)) delete own[id];
    const answers = Object.assign(Object.create(inherited) as Record<string, unknown>, own) as Answers;
    expect(scoreResponse(questionnaire, answers)).toEqual(scoreResponse(questionnaire, own));
    expect(scoreResponse(questionnaire, answers).level).toBe(3);
  });
});

describe('team completeness', () => {
  it("is the mean of the respondents' answered / visible, summed in a fixed order", () => {
    // Valid answers (hidden ones included): team aggregation reads values validated at the edge.
    const member = fc.oneof(
      responseArbitrary(questionnaire, true),
      responseArbitrary(questionnaire, false),
      fc.constantFrom(...Object.values(TEAMS_BY_LEVEL).map((t) => t.answers)),
    );
    const team = fc.array(member, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(team, (members) => {
        const shares = members
          .map((answers) => responseProgress(questionnaire, answers as Answers))
          .map((progress) => (progress.visible === 0 ? 0 : progress.answered / progress.visible))
          .sort((a, b) => a - b);
        let sum = 0;
        for (const share of shares) sum += share;
        expect(aggregateTeam(questionnaire, members as Answers[]).completeness).toBe(sum / members.length);
      }),
      { numRuns: 100 },
    );
  });
});
