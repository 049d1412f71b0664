import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import type { Answers } from '../questionnaire/types.ts';
import { aggregateAnswers, aggregateTeam, spreadOf, teamOutcome } from './aggregate.ts';
import { DISAGREEMENT_GROUPS } from './types.ts';
import { scoreResponse } from './score.ts';
import { LEVEL_1_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM } from './responses.fixture.ts';

const aggregate = (...responses: Answers[]) => aggregateAnswers(amorim2023v1, responses);

describe('spreadOf', () => {
  it.each([
    [[3], 4, 0],
    [[2, 1], 4, 0.5],
    [[1, 1], 4, 1],
    [[1, 1, 1], 3, 1],
    [[2, 2], 2, 1],
    [[3, 1], 2, 0.5],
    [[1], 4, 0],
    [[4, 1, 1], 3, 2 / 4],
  ])('counts %j over %i possible answers → %f', (counts, k, spread) => {
    expect(spreadOf(counts, k)).toBeCloseTo(spread, 12);
  });
});

describe('aggregating a team', () => {
  it('refuses an empty list with a clear message', () => {
    expect(() => aggregateTeam(amorim2023v1, [])).toThrow(RangeError);
    expect(() => aggregateTeam(amorim2023v1, [])).toThrow('Cannot aggregate a team from an empty list of responses: pass at least one response.');
  });

  it('treats a null frequency answer as unanswered instead of failing', () => {
    const malformed = { ...LEVEL_4_TEAM, data_problems: null } as unknown as Answers;
    const team = aggregateTeam(amorim2023v1, [LEVEL_4_TEAM, malformed]);
    expect(team.level).toBe(4);
  });

  it('takes the lower median of practice states: 2 of 3 say automated retraining, 1 says absent', () => {
    const responses = [LEVEL_4_TEAM, LEVEL_4_TEAM, { ...LEVEL_4_TEAM, retraining: 'absent' }];
    const { answers, disagreements } = aggregateAnswers(amorim2023v1, responses);
    expect(answers.retraining).toBe('automated');
    expect(disagreements).toEqual([{ questionId: 'retraining', group: 'gate', distribution: { automated: 2, absent: 1 }, respondents: 3, spread: 0.5 }]);
    const team = aggregateTeam(amorim2023v1, responses);
    expect(team.level).toBe(4);
    expect(team.respondents).toBe(3);
    expect(team.disagreements).toEqual(disagreements);
  });

  it('breaks a tie of practice states towards the lower state, so the gate fails for the team', () => {
    const responses = [LEVEL_4_TEAM, { ...LEVEL_4_TEAM, retraining: 'absent' }];
    expect(aggregate(...responses).answers.retraining).toBe('absent');
    const team = aggregateTeam(amorim2023v1, responses);
    expect(team.level).toBe(3);
    expect(team.disagreements[0]).toEqual({ questionId: 'retraining', group: 'gate', distribution: { automated: 1, absent: 1 }, respondents: 2, spread: 1 });
  });

  it("is don't know when most respondents don't know, and ignores a minority of don't know", () => {
    const allUnsure = [1, 2, 3].map(() => ({ ...LEVEL_4_TEAM, deployment: 'dont_know' }));
    expect(aggregate(...allUnsure).answers.deployment).toBe('dont_know');
    expect(aggregate(...allUnsure).disagreements).toEqual([]);
    const team = aggregateTeam(amorim2023v1, allUnsure);
    expect(team.level).toBe(3);
    expect(team.confidence).toEqual({ min: 3, max: 4, uncertainQuestions: ['deployment'] });

    const mostlyUnsure = [{ ...LEVEL_4_TEAM, deployment: 'dont_know' }, { ...LEVEL_4_TEAM, deployment: 'dont_know' }, LEVEL_4_TEAM];
    expect(aggregate(...mostlyUnsure).answers.deployment).toBe('dont_know');
    const halfUnsure = [{ ...LEVEL_4_TEAM, deployment: 'dont_know' }, LEVEL_4_TEAM];
    expect(aggregate(...halfUnsure).answers.deployment).toBe('automated');
  });

  it('takes the mode of a single choice, and on a tie the option that passes fewer gates', () => {
    expect(aggregate(LEVEL_4_TEAM, LEVEL_4_TEAM, { ...LEVEL_4_TEAM, model_runtime: 'local' }).answers.model_runtime).toBe('cloud');
    expect(aggregate(LEVEL_4_TEAM, { ...LEVEL_4_TEAM, model_runtime: 'local' }).answers.model_runtime).toBe('local');
    expect(aggregate(LEVEL_4_TEAM, { ...LEVEL_4_TEAM, model_runtime: 'dont_know' }).answers.model_runtime).toBe('dont_know');
    expect(aggregate(LEVEL_4_TEAM, { ...LEVEL_4_TEAM, business_consumption: 'pilot' }).answers.business_consumption).toBe('pilot');
    // "no" is listed after "yes" in question 17, but it passes fewer gates.
    expect(aggregate(LEVEL_3_TEAM, LEVEL_1_TEAM).answers.deploys_models).toBe('no');
    // Elsewhere the earlier option wins a tie.
    expect(aggregate(LEVEL_4_TEAM, { ...LEVEL_4_TEAM, company_size: 'under_100' }).answers.company_size).toBe('under_100');
    expect(aggregate(LEVEL_4_TEAM, { ...LEVEL_4_TEAM, self_declared_level: 'level_2' }).answers.self_declared_level).toBe('level_2');
  });

  it('keeps the options of a multiple choice picked by at least half of those who answered', () => {
    const { answers, disagreements } = aggregate(
      { ...LEVEL_3_TEAM, model_consumption: ['api', 'notebook'] },
      { ...LEVEL_3_TEAM, model_consumption: ['api'] },
      { ...LEVEL_3_TEAM, model_consumption: ['batch', 'notebook'] },
      { ...LEVEL_3_TEAM, model_consumption: 'dont_know' },
    );
    expect(answers.model_consumption).toEqual(['api', 'notebook']);
    expect(disagreements.find((d) => d.questionId === 'model_consumption')).toEqual({
      questionId: 'model_consumption',
      group: 'gate',
      distribution: { 'api,notebook': 1, api: 1, 'batch,notebook': 1, dont_know: 1 },
      respondents: 4,
      spread: 1,
    });
  });

  it('has no answer to a multiple choice when no option reaches half', () => {
    const { answers } = aggregate(
      { ...LEVEL_3_TEAM, model_consumption: ['api'] },
      { ...LEVEL_3_TEAM, model_consumption: ['batch'] },
      { ...LEVEL_3_TEAM, model_consumption: ['notebook'] },
    );
    expect(answers.model_consumption).toBeUndefined();
  });

  it('takes the lower median of each frequency item and of numbers, and leaves text alone', () => {
    const { answers, disagreements } = aggregate(
      { ...LEVEL_3_TEAM, data_problems: { insufficient_data: 'always', data_access: 'never' }, models_in_production: 3 },
      { ...LEVEL_3_TEAM, data_problems: { insufficient_data: 'frequently', data_access: 'dont_know' }, models_in_production: 12 },
      { ...LEVEL_3_TEAM, data_problems: { insufficient_data: 'sometimes', data_access: 'dont_know' }, models_in_production: 7 },
      { ...LEVEL_3_TEAM, data_problems: { insufficient_data: 'rarely' }, models_in_production: 'dont_know' },
    );
    expect(answers.data_problems).toEqual({ insufficient_data: 'sometimes', data_access: 'dont_know' });
    expect(answers.models_in_production).toBe(7);
    expect(answers.mlops_help).toBeUndefined();
    const item = disagreements.find((d) => d.questionId === 'data_problems' && d.itemId === 'insufficient_data');
    expect(item).toMatchObject({ respondents: 4, spread: 1, distribution: { always: 1, frequently: 1, sometimes: 1, rarely: 1 } });
  });

  it('ignores answers hidden for the respondent who gave them', () => {
    const hidden = { ...LEVEL_1_TEAM, model_consumption: ['batch'] };
    const { disagreements } = aggregate({ ...LEVEL_3_TEAM, model_consumption: ['api'] }, hidden);
    expect(disagreements.find((d) => d.questionId === 'model_consumption')).toBeUndefined();
  });

  it('passes a gate for the team only when the aggregate answer passes it', () => {
    // One respondent claims level 4, two describe level 3: the team is at level 3.
    const team = aggregateTeam(amorim2023v1, [LEVEL_4_TEAM, LEVEL_3_TEAM, LEVEL_3_TEAM]);
    expect(team.level).toBe(3);
    expect(team.gates.filter((g) => g.level === 4).map((g) => g.status)).toEqual(['failed', 'failed', 'failed']);
  });

  it('orders disagreements by what decides the level, then by spread, and reports only real disagreement', () => {
    const { disagreements } = aggregate(LEVEL_1_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM);
    expect(disagreements.length).toBeGreaterThan(0);
    for (const d of disagreements) {
      expect(d.spread).toBeGreaterThan(0);
      expect(d.spread).toBeLessThanOrEqual(1);
      expect(Object.values(d.distribution).reduce((a, b) => a + b, 0)).toBe(d.respondents);
    }
    const groups = disagreements.map((d) => DISAGREEMENT_GROUPS.indexOf(d.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    // Gate questions first: business use, runtime, deployment and monitoring decide the level.
    expect(disagreements[0]?.group).toBe('gate');
    for (const group of DISAGREEMENT_GROUPS) {
      const spreads = disagreements.filter((d) => d.group === group).map((d) => d.spread);
      expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    }
    expect(disagreements.find((d) => d.questionId === 'model_runtime')?.group).toBe('gate');
    expect(disagreements.find((d) => d.questionId === 'experiment_tracking')?.group).toBe('practice');
    expect(disagreements.some((d) => d.questionId === 'education')).toBe(false);
  });

  it('judges inconsistencies per respondent: an aggregate of consistent answers makes none', () => {
    // Each respondent is consistent: one runs models in the cloud served by API, the other runs
    // them locally and does not serve them. Aggregated, the runtime tie goes to "local" and the
    // union of consumption keeps "api": "served by API, yet run locally", which nobody said.
    const cloud: Answers = { ...LEVEL_3_TEAM, model_runtime: 'cloud', model_consumption: ['api'] };
    const local: Answers = { ...LEVEL_3_TEAM, model_runtime: 'local', model_consumption: ['notebook', 'api'] };
    const consistentLocal: Answers = { ...local, model_consumption: ['notebook'] };
    expect(scoreResponse(amorim2023v1, cloud).gaps.some((g) => g.kind === 'inconsistency' && g.id.includes('served_without_runtime'))).toBe(false);
    expect(scoreResponse(amorim2023v1, consistentLocal).gaps.some((g) => g.id === 'inconsistency:served_without_runtime')).toBe(false);
    const aggregated = aggregateAnswers(amorim2023v1, [cloud, consistentLocal]).answers;
    expect(aggregated.model_runtime).toBe('local');
    expect(scoreResponse(amorim2023v1, aggregated).gaps.some((g) => g.id === 'inconsistency:served_without_runtime')).toBe(true);
    const team = aggregateTeam(amorim2023v1, [cloud, consistentLocal]);
    expect(team.gaps.some((g) => g.id === 'inconsistency:served_without_runtime')).toBe(false);
    // One respondent whose own answers contradict each other is counted, and only that one.
    const teamOfThree = aggregateTeam(amorim2023v1, [cloud, consistentLocal, local]);
    const gap = teamOfThree.gaps.find((g) => g.id === 'inconsistency:served_without_runtime');
    expect(gap).toMatchObject({ kind: 'inconsistency', respondents: 1 });
    expect(gap?.detail.en).toMatch(/^1 of 3 respondents gave answers of their own that contradict each other/);
  });

  it('reports the mean completeness of the responses', () => {
    const team = aggregateTeam(amorim2023v1, [LEVEL_3_TEAM, {}]);
    expect(team.completeness).toBeCloseTo(0.5, 12);
  });

  it('withholds a team result below the minimum number of responses, and computes nothing', () => {
    expect(teamOutcome(amorim2023v1, [LEVEL_3_TEAM, LEVEL_4_TEAM], 3)).toEqual({ status: 'not_enough_responses', responses: 2, minimum: 3 });
    expect(teamOutcome(amorim2023v1, [], 1)).toEqual({ status: 'not_enough_responses', responses: 0, minimum: 1 });
    const scored = teamOutcome(amorim2023v1, [LEVEL_3_TEAM, LEVEL_4_TEAM, LEVEL_3_TEAM], 3);
    expect(scored).toEqual({ status: 'scored', result: aggregateTeam(amorim2023v1, [LEVEL_3_TEAM, LEVEL_4_TEAM, LEVEL_3_TEAM]) });
    expect(() => teamOutcome(amorim2023v1, [LEVEL_3_TEAM], 0)).toThrow(RangeError);
    expect(() => teamOutcome(amorim2023v1, [LEVEL_3_TEAM], 1.5)).toThrow('whole number of at least 1');
  });

  it('of one response is that response, with one respondent', () => {
    const single = scoreResponse(amorim2023v1, LEVEL_3_TEAM);
    const team = aggregateTeam(amorim2023v1, [LEVEL_3_TEAM]);
    expect(team.level).toBe(single.level);
    expect(team.gates).toEqual(single.gates);
    expect(team.gaps).toEqual(single.gaps);
    expect(team.dimensions).toEqual(single.dimensions);
    expect(team.respondents).toBe(1);
  });
});
