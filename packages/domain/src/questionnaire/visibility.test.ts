import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from './amorim-2023-v1.ts';
import { chainQuestionnaire } from './chain-questionnaire.fixture.ts';
import type { Answers } from './types.ts';
import { conditionHolds, isQuestionVisible, unmetCondition, visibleQuestions } from './visibility.ts';

const DEPLOYMENT_QUESTIONS = ['models_in_production', 'who_deploys', 'deployment_difficulties', 'model_consumption'];
const RUNTIME_PRACTICES = ['deployment', 'service_monitoring', 'model_monitoring', 'drift_detection', 'alerting', 'retraining', 'rollback'];

describe('isQuestionVisible on amorim-2023@1', () => {
  const cases: ReadonlyArray<readonly [string, Answers, readonly string[], readonly string[]]> = [
    ['nothing answered', {}, ['education', 'deploys_models', 'model_runtime', 'ci_cd'], [...DEPLOYMENT_QUESTIONS, 'non_deployment_reasons', ...RUNTIME_PRACTICES]],
    ['deploys models', { deploys_models: 'yes' }, DEPLOYMENT_QUESTIONS, ['non_deployment_reasons']],
    ['does not deploy', { deploys_models: 'no' }, ['non_deployment_reasons'], DEPLOYMENT_QUESTIONS],
    ['"don\'t know" meets no condition', { deploys_models: 'dont_know', model_runtime: 'dont_know' }, [], [...DEPLOYMENT_QUESTIONS, 'non_deployment_reasons', ...RUNTIME_PRACTICES]],
    ['an option that is not offered meets no condition', { deploys_models: 'maybe' }, [], DEPLOYMENT_QUESTIONS],
    ['a malformed answer meets no condition', { deploys_models: 1 as unknown as string }, [], DEPLOYMENT_QUESTIONS],
    ['models not running yet', { model_runtime: 'none_yet' }, ['experiment_tracking', 'ci_cd'], RUNTIME_PRACTICES],
    ['models running locally', { model_runtime: 'local' }, RUNTIME_PRACTICES, []],
    ['models on premises', { model_runtime: 'on_premises' }, RUNTIME_PRACTICES, []],
    ['models in the cloud', { model_runtime: 'cloud' }, RUNTIME_PRACTICES, []],
  ];

  it.each(cases)('%s', (_name, answers, shown, hidden) => {
    for (const id of shown) expect(isQuestionVisible(amorim2023v1, id, answers), `${id} shown`).toBe(true);
    for (const id of hidden) expect(isQuestionVisible(amorim2023v1, id, answers), `${id} hidden`).toBe(false);
  });

  it('says an unknown question, or one named like an Object.prototype member, is not shown', () => {
    expect(isQuestionVisible(amorim2023v1, 'no_such_question', {})).toBe(false);
    expect(isQuestionVisible(amorim2023v1, 'constructor', {})).toBe(false);
    expect(isQuestionVisible(amorim2023v1, '__proto__', {})).toBe(false);
  });

  it('shows every question without a condition whatever the answers', () => {
    for (const question of amorim2023v1.questions) {
      if (question.condition === undefined) expect(isQuestionVisible(amorim2023v1, question.id, { deploys_models: 'no' })).toBe(true);
    }
  });
});

describe('visibleQuestions on amorim-2023@1', () => {
  it.each([
    ['nothing answered', {}, 39 - 5 - 7],
    ['deploys, models in the cloud', { deploys_models: 'yes', model_runtime: 'cloud' }, 39 - 1],
    ['does not deploy, nothing runs', { deploys_models: 'no', model_runtime: 'none_yet' }, 39 - 4 - 7],
  ] as const)('%s: %i questions, in questionnaire order', (_name, answers, count) => {
    const shown = visibleQuestions(amorim2023v1, answers);
    expect(shown).toHaveLength(count);
    const order = amorim2023v1.questions.map((question) => question.id);
    expect(shown.map((question) => question.id)).toEqual(order.filter((id) => shown.some((question) => question.id === id)));
  });
});

describe('conditions chain (fixture)', () => {
  const cases: ReadonlyArray<readonly [string, Answers, Readonly<Record<string, boolean>>]> = [
    ['nothing answered', {}, { root: true, branch: false, leaf: false }],
    ['root yes, branch unanswered', { root: 'yes' }, { root: true, branch: true, leaf: false }],
    ['root yes, branch without green', { root: 'yes', branch: ['red'] }, { branch: true, leaf: false }],
    ['root yes, branch with green', { root: 'yes', branch: ['red', 'green'] }, { branch: true, leaf: true }],
    // The leaf's own condition holds, but the question it depends on is hidden: so is the leaf.
    ['root no, stale branch with green', { root: 'no', branch: ['green'] }, { branch: false, leaf: false }],
    ['root "don\'t know", stale branch with green', { root: 'dont_know', branch: ['green'] }, { branch: false, leaf: false }],
    ['branch "don\'t know"', { root: 'yes', branch: 'dont_know' }, { branch: true, leaf: false }],
  ];

  it.each(cases)('%s', (_name, answers, expected) => {
    for (const [id, visible] of Object.entries(expected)) {
      expect(isQuestionVisible(chainQuestionnaire, id, answers), id).toBe(visible);
    }
  });

  it('treats a cycle of conditions and a condition on a missing question as hidden, without hanging', () => {
    const answers = { loop_a: 'x', loop_b: 'x', missing: 'x' } as Answers;
    expect(isQuestionVisible(chainQuestionnaire, 'loop_a', answers)).toBe(false);
    expect(isQuestionVisible(chainQuestionnaire, 'loop_b', answers)).toBe(false);
    expect(isQuestionVisible(chainQuestionnaire, 'orphan', answers)).toBe(false);
    expect(visibleQuestions(chainQuestionnaire, answers).map((question) => question.id)).toEqual(['root', 'scale', 'habit', 'note', 'ratio']);
    expect(unmetCondition(chainQuestionnaire, 'loop_a', answers)).toBeUndefined();
  });

  it('names the condition that hides a question: its own, or the first hidden link of the chain', () => {
    expect(unmetCondition(chainQuestionnaire, 'leaf', { root: 'yes', branch: ['red'] })).toEqual({ question: 'branch', anyOf: ['green'] });
    expect(unmetCondition(chainQuestionnaire, 'leaf', { root: 'no', branch: ['green'] })).toEqual({ question: 'root', anyOf: ['yes'] });
    expect(unmetCondition(chainQuestionnaire, 'leaf', { root: 'yes', branch: ['green'] })).toBeUndefined();
    expect(unmetCondition(chainQuestionnaire, 'root', {})).toBeUndefined();
    expect(unmetCondition(chainQuestionnaire, 'orphan', {})).toEqual({ question: 'missing', anyOf: ['x'] });
  });
});

describe('conditionHolds', () => {
  const condition = { question: 'q', anyOf: ['a', 'b'] };
  it.each([
    ['a', true],
    ['c', false],
    [['c', 'b'], true],
    [['c'], false],
    [[], false],
    ['dont_know', false],
    [['dont_know'], false],
    [undefined, false],
    [null, false],
    [3, false],
    [{ a: 'a' }, false],
  ] as const)('%j → %s', (answer, holds) => {
    expect(conditionHolds(condition, answer)).toBe(holds);
  });

  it('never lets "dont_know" meet a condition, even one that lists it', () => {
    expect(conditionHolds({ question: 'q', anyOf: ['dont_know'] }, 'dont_know')).toBe(false);
  });
});
