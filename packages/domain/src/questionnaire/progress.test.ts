import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from './amorim-2023-v1.ts';
import { responseArbitrary } from './answers.fixture.ts';
import { responseProgress } from './progress.ts';
import type { Answers } from './types.ts';
import { pruneHiddenAnswers } from './validation.ts';

/** Questions of amorim-2023@1 per section. */
const SECTIONS = { profile: 11, activities: 7, challenges: 6, mlops: 1, practices: 14 } as const;

describe('responseProgress', () => {
  it('counts the questions shown for an empty response, per section', () => {
    expect(responseProgress(amorim2023v1, {})).toEqual({
      answered: 0,
      // models_in_production, the four deployment challenges and seven runtime practices are hidden.
      visible: 39 - 1 - 4 - 7,
      required: 39 - 1 - 4 - 7 - 1,
      requiredAnswered: 0,
      sections: [
        { id: 'profile', answered: 0, visible: SECTIONS.profile },
        { id: 'activities', answered: 0, visible: SECTIONS.activities - 1 },
        { id: 'challenges', answered: 0, visible: SECTIONS.challenges - 4 },
        { id: 'mlops', answered: 0, visible: SECTIONS.mlops },
        { id: 'practices', answered: 0, visible: SECTIONS.practices - 7 },
      ],
    });
  });

  it.each([
    ['a single answer', { education: 'master' }, 1, 1],
    ['"don\'t know" counts as answered', { company_size: 'dont_know' }, 1, 1],
    ['an optional question counts as answered, not as required', { mlops_help: 'Tracking experiments' }, 1, 0],
    ['blank text is not an answer', { mlops_help: '  ' }, 0, 0],
    ['a partial frequency matrix is not answered', { data_types: { structured: 'always' } }, 0, 0],
    ['a full matrix with a value off the scale is not answered', { data_types: { structured: 'always', semi_structured: 'often', text: 'never', image: 'never', audio: 'never' } }, 0, 0],
    [
      'a full frequency matrix with valid values is',
      { data_types: { structured: 'always', semi_structured: 'sometimes', text: 'never', image: 'dont_know', audio: 'never' } },
      1,
      1,
    ],
    ['an invalid answer is not an answer', { education: 'phd', languages: [] }, 0, 0],
    ['answers to hidden questions are not counted', { deploys_models: 'no', models_in_production: 3, who_deploys: ['devops'] }, 1, 1],
    ['answers to unknown questions are not counted', { nope: 'x' } as Answers, 0, 0],
  ] as const)('%s', (_name, answers, answered, requiredAnswered) => {
    const progress = responseProgress(amorim2023v1, answers);
    expect(progress.answered).toBe(answered);
    expect(progress.requiredAnswered).toBe(requiredAnswered);
  });

  it('follows the conditions: deploying shows the deployment questions, running models the runtime practices', () => {
    const progress = responseProgress(amorim2023v1, { deploys_models: 'yes', model_runtime: 'cloud', who_deploys: ['data_scientists'] });
    expect(progress.visible).toBe(39 - 1);
    expect(progress.answered).toBe(3);
    expect(progress.sections.find((section) => section.id === 'challenges')).toEqual({ id: 'challenges', answered: 1, visible: 5 });
    expect(progress.sections.find((section) => section.id === 'practices')).toEqual({ id: 'practices', answered: 1, visible: 14 });
  });

  it('keeps its counts consistent for any response', () => {
    fc.assert(
      fc.property(responseArbitrary(amorim2023v1, false), (answers) => {
        const progress = responseProgress(amorim2023v1, answers);
        expect(progress.answered).toBeLessThanOrEqual(progress.visible);
        expect(progress.requiredAnswered).toBeLessThanOrEqual(progress.required);
        expect(progress.required).toBeLessThanOrEqual(progress.visible);
        expect(progress.requiredAnswered).toBeLessThanOrEqual(progress.answered);
        expect(progress.sections.reduce((sum, section) => sum + section.visible, 0)).toBe(progress.visible);
        expect(progress.sections.reduce((sum, section) => sum + section.answered, 0)).toBe(progress.answered);
        // Hidden answers never count, so pruning them changes nothing.
        expect(responseProgress(amorim2023v1, pruneHiddenAnswers(amorim2023v1, answers))).toEqual(progress);
      }),
      { numRuns: 300 },
    );
  });

  it('is done when every shown question is answered in full', () => {
    fc.assert(
      fc.property(responseArbitrary(amorim2023v1, true), (answers) => {
        const progress = responseProgress(amorim2023v1, answers);
        expect(progress.requiredAnswered).toBe(progress.required);
        // Only the optional free text may be left blank.
        const blankText = typeof answers['mlops_help'] === 'string' && answers['mlops_help'].trim() === '' ? 1 : 0;
        expect(progress.answered).toBe(progress.visible - blankText);
      }),
      { numRuns: 200 },
    );
  });
});
