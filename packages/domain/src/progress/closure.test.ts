import { describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2 } from '../questionnaire/index.ts';
import type { Answers, Questionnaire } from '../questionnaire/types.ts';
import { aggregateAnswers, aggregateTeam } from '../scoring/aggregate.ts';
import { LEVEL_2_TEAM, LEVEL_3_TEAM } from '../scoring/responses.fixture.ts';
import { INCONSISTENCY_RULES, inconsistencyQuestions } from '../scoring/gaps.ts';
import { isActionOverdue, judgeActionClosure, type ActionTarget, type NextRound } from './closure.ts';

/** The next round of a team from its responses, as the API builds it. */
function round(responses: readonly Answers[], questionnaire: Questionnaire = amorim2023v1): NextRound {
  return { result: aggregateTeam(questionnaire, responses), questionnaire, answers: aggregateAnswers(questionnaire, responses).answers };
}
const without = (answers: Answers, ...ids: string[]): Answers => Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
const practice = (practiceId: string, state: 'manual' | 'automated' = 'automated'): ActionTarget => ({ kind: 'practice', practiceId: practiceId as never, state });
const gap = (gapId: string): ActionTarget => ({ kind: 'gap', gapId });

describe('action closure', () => {
  const cases: { name: string; target: ActionTarget; answers: Answers; outcome: string; because?: string }[] = [
    { name: 'a practice step reaches its state', target: practice('ci_cd'), answers: { ...LEVEL_3_TEAM, ci_cd: 'automated' }, outcome: 'closed' },
    { name: 'a practice step asking manual is closed by automated', target: practice('drift_detection', 'manual'), answers: { ...LEVEL_3_TEAM, drift_detection: 'automated' }, outcome: 'closed' },
    { name: 'a practice step still below', target: practice('ci_cd'), answers: LEVEL_3_TEAM, outcome: 'open' },
    { name: 'a practice answered "don\'t know"', target: practice('ci_cd'), answers: { ...LEVEL_3_TEAM, ci_cd: 'dont_know' }, outcome: 'not_judged', because: 'dont_know' },
    { name: 'a practice not answered', target: practice('ci_cd'), answers: without(LEVEL_3_TEAM, 'ci_cd'), outcome: 'not_judged', because: 'not_answered' },
    { name: 'a running practice hidden because no model runs is open', target: practice('deployment'), answers: { ...LEVEL_2_TEAM, model_runtime: 'none_yet' }, outcome: 'open' },
    { name: 'a practice the round does not ask', target: practice('model_review', 'manual'), answers: LEVEL_3_TEAM, outcome: 'not_judged', because: 'not_asked' },
    { name: 'a blocker whose gate passes', target: gap('blocker:l4.automated_deployment'), answers: { ...LEVEL_3_TEAM, deployment: 'automated' }, outcome: 'closed' },
    { name: 'a blocker whose gate still fails', target: gap('blocker:l3.production_runtime'), answers: LEVEL_2_TEAM, outcome: 'open' },
    { name: 'a blocker behind "don\'t know"', target: gap('blocker:l3.production_runtime'), answers: { ...LEVEL_2_TEAM, model_runtime: 'dont_know' }, outcome: 'not_judged', because: 'dont_know' },
    { name: 'a blocker not answered', target: gap('blocker:l2.business_consumption'), answers: without(LEVEL_2_TEAM, 'business_consumption'), outcome: 'not_judged', because: 'not_answered' },
    { name: 'a foundation built up', target: gap('foundation:dataset_versioning'), answers: { ...LEVEL_3_TEAM, dataset_versioning: 'automated' }, outcome: 'closed' },
    { name: 'a foundation gap the round no longer has (its practice answered)', target: gap('foundation:drift_detection'), answers: { ...LEVEL_3_TEAM, drift_detection: 'absent' }, outcome: 'closed' },
    { name: 'a foundation gap still there', target: gap('foundation:model_registry'), answers: { ...LEVEL_3_TEAM, model_registry: 'absent' }, outcome: 'open' },
    { name: 'a foundation answered "don\'t know"', target: gap('foundation:model_registry'), answers: { ...LEVEL_3_TEAM, model_registry: 'dont_know' }, outcome: 'not_judged', because: 'dont_know' },
    {
      name: 'a frequency hotspot that became rare',
      target: gap('hotspot:data_problems.insufficient_data'),
      answers: { ...LEVEL_3_TEAM, data_problems: { ...(LEVEL_3_TEAM.data_problems as object), insufficient_data: 'rarely' } },
      outcome: 'closed',
    },
    {
      name: 'a frequency hotspot still frequent',
      target: gap('hotspot:data_problems.insufficient_data'),
      answers: { ...LEVEL_3_TEAM, data_problems: { ...(LEVEL_3_TEAM.data_problems as object), insufficient_data: 'always' } },
      outcome: 'open',
    },
    {
      name: 'a frequency hotspot answered "don\'t know"',
      target: gap('hotspot:data_problems.insufficient_data'),
      answers: { ...LEVEL_3_TEAM, data_problems: { ...(LEVEL_3_TEAM.data_problems as object), insufficient_data: 'dont_know' } },
      outcome: 'not_judged',
      because: 'dont_know',
    },
    { name: 'a difficulty no longer selected', target: gap('hotspot:deployment_difficulties.low_model_metrics_visibility'), answers: { ...LEVEL_3_TEAM, deployment_difficulties: ['insufficient_engineering_teams'] }, outcome: 'closed' },
    { name: 'a difficulty still selected', target: gap('hotspot:deployment_difficulties.low_model_metrics_visibility'), answers: LEVEL_3_TEAM, outcome: 'open' },
    { name: 'a difficulty question left unanswered', target: gap('hotspot:deployment_difficulties.low_model_metrics_visibility'), answers: without(LEVEL_3_TEAM, 'deployment_difficulties'), outcome: 'not_judged', because: 'not_answered' },
    { name: 'a difficulty not asked once models are no longer deployed', target: gap('hotspot:deployment_difficulties.low_model_metrics_visibility'), answers: { ...LEVEL_2_TEAM }, outcome: 'not_judged', because: 'not_asked' },
    { name: 'a contradiction resolved with its answers given', target: gap('inconsistency:retraining_without_monitoring'), answers: { ...LEVEL_3_TEAM, retraining: 'automated', model_monitoring: 'automated' }, outcome: 'closed' },
    { name: 'a contradiction still there', target: gap('inconsistency:retraining_without_monitoring'), answers: { ...LEVEL_3_TEAM, retraining: 'automated' }, outcome: 'open' },
    {
      name: 'a contradiction gone only because an answer went missing',
      target: gap('inconsistency:retraining_without_monitoring'),
      answers: { ...without(LEVEL_3_TEAM, 'model_monitoring'), retraining: 'automated' },
      outcome: 'not_judged',
      because: 'not_answered',
    },
    { name: 'an unknown gap id', target: gap('mystery:x'), answers: LEVEL_3_TEAM, outcome: 'not_judged', because: 'not_asked' },
  ];

  it.each(cases)('$name: $outcome', ({ target, answers, outcome, because }) => {
    const closure = judgeActionClosure(target, 'in_progress', round([answers]));
    expect(closure.outcome).toBe(outcome);
    expect(closure.because).toBe(because ?? null);
    expect(closure.doneButOpen).toBe(false);
    if (outcome !== 'not_judged' || because !== 'not_asked') expect(closure.evidence.length).toBeGreaterThan(0);
  });

  it('reports an action marked done whose gap is still open', () => {
    const next = round([LEVEL_3_TEAM]);
    expect(judgeActionClosure(practice('ci_cd'), 'done', next)).toMatchObject({ outcome: 'open', doneButOpen: true });
    expect(judgeActionClosure(practice('ci_cd'), 'dropped', next)).toMatchObject({ outcome: 'open', doneButOpen: false });
    expect(judgeActionClosure(practice('rollback', 'manual'), 'done', next)).toMatchObject({ outcome: 'closed', doneButOpen: false });
  });

  it('judges a team by its aggregate answers: one respondent of three moving does not close a gap', () => {
    const moved = { ...LEVEL_3_TEAM, ci_cd: 'automated' };
    expect(judgeActionClosure(practice('ci_cd'), 'done', round([LEVEL_3_TEAM, LEVEL_3_TEAM, moved])).outcome).toBe('open');
    expect(judgeActionClosure(practice('ci_cd'), 'done', round([LEVEL_3_TEAM, moved, moved])).outcome).toBe('closed');
  });

  it('judges practices added in @2 on an @2 round', () => {
    const next = round([{ ...LEVEL_3_TEAM, model_review: 'manual' }], amorim2023v2);
    expect(judgeActionClosure(practice('model_review', 'manual'), 'done', next).outcome).toBe('closed');
  });

  it('knows the questions of every inconsistency rule', () => {
    const gates = aggregateTeam(amorim2023v1, [LEVEL_3_TEAM]).gates;
    for (const rule of INCONSISTENCY_RULES) expect(inconsistencyQuestions(rule.id, gates, 3)?.length).toBeGreaterThan(0);
    expect(inconsistencyQuestions('nope', gates, 3)).toBeNull();
  });
});

describe('overdue actions', () => {
  it.each([
    ['open', '2026-05-31', true],
    ['in_progress', '2026-05-31', true],
    ['open', '2026-06-01', false],
    ['done', '2026-05-01', false],
    ['dropped', '2026-05-01', false],
  ] as const)('%s due %s on 2026-06-01: overdue %s', (status, dueDate, overdue) => {
    expect(isActionOverdue({ status, dueDate }, '2026-06-01')).toBe(overdue);
  });
});
