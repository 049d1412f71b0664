import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRACTICES_ADDED_IN_V2,
  amorim2023v1,
  amorim2023v2,
  confirmQuestions,
  prefillAnswers,
  pruneHiddenAnswers,
  sectionQuestionIds,
  unconfirmedAnswers,
  validateAnswers,
} from './index.ts';
import { chainQuestionnaire } from './chain-questionnaire.fixture.ts';
import { responseArbitrary } from './answers.fixture.ts';
import { LEVEL_1_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM } from '../scoring/responses.fixture.ts';

const V2_ONLY = new Set<string>(PRACTICES_ADDED_IN_V2);

describe('prefillAnswers', () => {
  it('carries a @1 response into @2 through the mapping; the practices new in @2 start empty', () => {
    const prefill = prefillAnswers(amorim2023v1, amorim2023v2, LEVEL_4_TEAM)!;
    expect(prefill.answers).toEqual(pruneHiddenAnswers(amorim2023v1, LEVEL_4_TEAM));
    expect(prefill.prefilled).toEqual(Object.keys(prefill.answers));
    for (const id of PRACTICES_ADDED_IN_V2) {
      expect(prefill.answers).not.toHaveProperty(id);
      expect(prefill.prefilled).not.toContain(id);
    }
    expect(prefill.prefilled).toContain('ci_cd');
  });

  it('lists the prefilled questions in the new version’s order', () => {
    const prefill = prefillAnswers(amorim2023v1, amorim2023v2, LEVEL_3_TEAM)!;
    const order = amorim2023v2.questions.map((q) => q.id).filter((id) => prefill.prefilled.includes(id));
    expect(prefill.prefilled).toEqual(order);
  });

  it('within one version is the previous answers as they were counted', () => {
    const previous = { ...LEVEL_3_TEAM, data_validation: 'automated' };
    const prefill = prefillAnswers(amorim2023v2, amorim2023v2, previous)!;
    expect(prefill.answers).toEqual(pruneHiddenAnswers(amorim2023v2, previous));
    expect(prefill.answers).toHaveProperty('data_validation', 'automated');
  });

  it('going back from @2 to @1 drops the answers @1 never asks', () => {
    const previous = { ...LEVEL_3_TEAM, data_validation: 'automated', safe_release: 'manual' };
    const prefill = prefillAnswers(amorim2023v2, amorim2023v1, previous)!;
    expect(prefill.answers).not.toHaveProperty('data_validation');
    expect(prefill.answers).not.toHaveProperty('safe_release');
    expect(prefill.answers).toHaveProperty('ci_cd', 'manual');
  });

  it('leaves out answers the previous round kept but did not count (questions hidden then)', () => {
    // Level 1 does not deploy: a number of models in production left over from an earlier answer is hidden.
    const previous = { ...LEVEL_1_TEAM, models_in_production: 12 };
    const prefill = prefillAnswers(amorim2023v1, amorim2023v2, previous)!;
    expect(prefill.answers).not.toHaveProperty('models_in_production');
    expect(prefill.prefilled).not.toContain('models_in_production');
    expect(prefill.answers).toHaveProperty('deploys_models', 'no');
  });

  it('drops a stored answer the new version refuses instead of carrying it', () => {
    const previous = { ...LEVEL_3_TEAM, models_in_production: -4, ci_cd: 'sometimes' };
    const prefill = prefillAnswers(amorim2023v1, amorim2023v2, previous)!;
    expect(prefill.answers).not.toHaveProperty('models_in_production');
    expect(prefill.answers).not.toHaveProperty('ci_cd');
    expect(prefill.answers).toHaveProperty('dataset_versioning', 'manual');
  });

  it('is undefined between versions no mapping connects', () => {
    expect(prefillAnswers(chainQuestionnaire, amorim2023v2, { root: 'yes' })).toBeUndefined();
    expect(prefillAnswers(amorim2023v2, chainQuestionnaire, LEVEL_3_TEAM)).toBeUndefined();
  });

  it('of an empty response is empty', () => {
    expect(prefillAnswers(amorim2023v1, amorim2023v2, {})).toEqual({ answers: {}, prefilled: [] });
  });

  it('always gives answers valid and shown in the new version, none to a question it adds, every one marked', () => {
    fc.assert(
      fc.property(responseArbitrary(amorim2023v1, false), (previous) => {
        const prefill = prefillAnswers(amorim2023v1, amorim2023v2, previous)!;
        const ids = Object.keys(prefill.answers);
        expect(validateAnswers(amorim2023v2, prefill.answers, { only: ids })).toEqual([]);
        expect(pruneHiddenAnswers(amorim2023v2, prefill.answers)).toEqual(prefill.answers);
        expect(new Set(prefill.prefilled)).toEqual(new Set(ids));
        expect(ids.some((id) => V2_ONLY.has(id))).toBe(false);
        // Nothing the person counted last time is lost on the way.
        expect(ids.length).toBe(Object.keys(pruneHiddenAnswers(amorim2023v1, previous)).length);
        expect(unconfirmedAnswers(amorim2023v2, prefill.answers, prefill.prefilled)).toEqual(prefill.prefilled);
      }),
      { numRuns: 200 },
    );
  });
});

describe('unconfirmedAnswers', () => {
  const prefill = prefillAnswers(amorim2023v1, amorim2023v2, LEVEL_3_TEAM)!;

  it('is every prefilled answer until the person confirms or changes them', () => {
    expect(unconfirmedAnswers(amorim2023v2, prefill.answers, prefill.prefilled)).toEqual(prefill.prefilled);
    expect(unconfirmedAnswers(amorim2023v2, prefill.answers, [])).toEqual([]);
  });

  it('leaves out a marked question that is no longer answered, or that a later answer hides', () => {
    const { model_runtime: _cleared, ...withoutRuntime } = prefill.answers;
    expect(unconfirmedAnswers(amorim2023v2, withoutRuntime, prefill.prefilled)).not.toContain('model_runtime');
    // Saying the company does not deploy hides the deployment questions: they block nothing.
    const notDeploying = { ...prefill.answers, deploys_models: 'no' };
    const left = unconfirmedAnswers(amorim2023v2, notDeploying, prefill.prefilled);
    expect(prefill.prefilled).toContain('models_in_production');
    expect(left).not.toContain('models_in_production');
    expect(left).not.toContain('who_deploys');
    expect(left).toContain('ci_cd');
  });

  it('reads the marks in questionnaire order, once each, whatever order they are stored in', () => {
    const marks = ['ci_cd', 'education', 'ci_cd', 'not_a_question'];
    expect(unconfirmedAnswers(amorim2023v2, prefill.answers, marks)).toEqual(['education', 'ci_cd']);
  });
});

describe('confirmQuestions and sectionQuestionIds', () => {
  it('removes the confirmed marks and keeps the others in order', () => {
    expect(confirmQuestions(['a', 'b', 'c'], ['b', 'x'])).toEqual(['a', 'c']);
    expect(confirmQuestions(['a'], [])).toEqual(['a']);
    expect(confirmQuestions([], ['a'])).toEqual([]);
  });

  it('confirming a section clears every mark of that section and none of another', () => {
    const prefill = prefillAnswers(amorim2023v1, amorim2023v2, LEVEL_3_TEAM)!;
    const practices = sectionQuestionIds(amorim2023v2, 'practices');
    expect(practices).toContain('ci_cd');
    expect(practices).toContain('data_validation');
    const left = confirmQuestions(prefill.prefilled, practices);
    expect(left).not.toContain('ci_cd');
    expect(left).toContain('education');
    expect(left.every((id) => amorim2023v2.questions.find((q) => q.id === id)?.section !== 'practices')).toBe(true);
  });
});
