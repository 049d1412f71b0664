import { describe, expect, it } from 'vitest';
import {
  CURRENT_QUESTIONNAIRE_ID,
  PRACTICES_ADDED_IN_V2,
  QUESTIONNAIRES,
  amorim2023v1,
  amorim2023v2,
  getQuestionnaire,
  mapAnswers,
  questionCorrespondence,
  validateAnswers,
  visibleQuestions,
} from './index.ts';
import { LEVEL_4_TEAM } from '../scoring/responses.fixture.ts';

describe('amorim-2023@2', () => {
  it('is published, found by id and the version new assessments start with', () => {
    expect(getQuestionnaire('amorim-2023@2')).toBe(amorim2023v2);
    expect(QUESTIONNAIRES).toEqual([amorim2023v1, amorim2023v2]);
    expect(CURRENT_QUESTIONNAIRE_ID).toBe('amorim-2023@2');
    expect(amorim2023v2).toMatchObject({ slug: 'amorim-2023', version: 2, benchmarkId: 'amorim-2023' });
  });

  it('keeps every @1 question, unchanged, in the same order', () => {
    const kept = amorim2023v2.questions.filter((q) => !PRACTICES_ADDED_IN_V2.includes(q.id));
    expect(kept).toEqual(amorim2023v1.questions);
    for (const [i, question] of kept.entries()) expect(question).toBe(amorim2023v1.questions[i]);
  });

  it('adds the seven practices an MLOps reviewer expects, asked as states, worded in both languages', () => {
    expect(PRACTICES_ADDED_IN_V2).toEqual([
      'data_validation',
      'feature_management',
      'lineage',
      'model_documentation',
      'model_validation',
      'model_review',
      'safe_release',
    ]);
    for (const id of PRACTICES_ADDED_IN_V2) {
      const question = amorim2023v2.questions.find((q) => q.id === id);
      expect(question?.kind).toBe('practice');
      expect(question?.section).toBe('practices');
      expect(question?.allowDontKnow).toBe(true);
      if (question?.kind !== 'practice') continue;
      for (const words of [question.prompt, question.states.absent, question.states.manual, question.states.automated]) {
        expect(words.en.length).toBeGreaterThan(10);
        expect(words['pt-BR'].length).toBeGreaterThan(10);
        expect(words['pt-BR']).not.toBe(words.en);
      }
    }
  });

  it('asks safe release only when a model runs, like the other running practices', () => {
    const shown = (answers: object) => visibleQuestions(amorim2023v2, answers as never).map((q) => q.id);
    expect(shown({ model_runtime: 'none_yet' })).not.toContain('safe_release');
    expect(shown({ model_runtime: 'cloud' })).toContain('safe_release');
    expect(shown({})).toContain('model_review');
  });

  it('requires the new practices: a complete @1 response is incomplete for @2', () => {
    expect(validateAnswers(amorim2023v1, LEVEL_4_TEAM, { complete: true })).toEqual([]);
    const missing = validateAnswers(amorim2023v2, LEVEL_4_TEAM, { complete: true });
    expect(missing.map((p) => p.questionId).sort()).toEqual([...PRACTICES_ADDED_IN_V2].sort());
    expect(missing.every((p) => p.code === 'required')).toBe(true);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(amorim2023v2)).toBe(true);
    expect(Object.isFrozen(amorim2023v2.questions)).toBe(true);
    expect(Object.isFrozen(amorim2023v2.questions.at(-1))).toBe(true);
  });
});

describe('the @1 ↔ @2 mapping', () => {
  it('maps every @1 question to its @2 counterpart and names the questions without one', () => {
    const forward = questionCorrespondence('amorim-2023@1', 'amorim-2023@2');
    expect(forward?.counterparts.size).toBe(amorim2023v1.questions.length);
    for (const question of amorim2023v1.questions) expect(forward?.counterparts.get(question.id)).toBe(question.id);
    expect(forward?.onlyInFrom).toEqual([]);
    // The seven practices @2 adds (listed one by one in the test above).
    expect(forward?.onlyInTo).toEqual(PRACTICES_ADDED_IN_V2);
    const backward = questionCorrespondence('amorim-2023@2', 'amorim-2023@1');
    expect(backward?.onlyInFrom).toEqual(forward?.onlyInTo);
    expect(backward?.onlyInTo).toEqual([]);
  });

  it('is the identity between a version and itself, and undefined for unknown or unmapped versions', () => {
    expect(questionCorrespondence('amorim-2023@2', 'amorim-2023@2')?.onlyInTo).toEqual([]);
    expect(questionCorrespondence('amorim-2023@1', 'nope@1')).toBeUndefined();
  });

  it('carries answers over for a new round: mapped answers move, new questions start unanswered', () => {
    const answers = { ...LEVEL_4_TEAM, model_review: 'manual' };
    const toV2 = mapAnswers(amorim2023v1, amorim2023v2, LEVEL_4_TEAM);
    expect(toV2).toEqual(LEVEL_4_TEAM);
    const toV1 = mapAnswers(amorim2023v2, amorim2023v1, answers);
    expect(toV1).toEqual(LEVEL_4_TEAM);
    expect(toV1).not.toHaveProperty('model_review');
  });
});
