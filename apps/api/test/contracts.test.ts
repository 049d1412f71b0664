// The contracts' strict schemas must accept what the domain really produces (the compile-time
// InSync checks cover types; this covers values, including optional fields that appear).
import { ResultComparisonSchema, BenchmarkSchema, LegacyResultSchema, QuestionnaireSchema, ResultSchema, StoredResultSchema } from '@assay/contracts';
import { aggregateTeam, amorim2023Benchmark, amorim2023v1, amorim2023v2, compareResults, scoreResponse, type Answers } from '@assay/domain';
import engineOne from './engine-1-results.fixture.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { LEVEL_1, LEVEL_3, LEVEL_4, completeAnswers } from './fixtures.ts';

const UNSURE = completeAnswers({ ...LEVEL_3, retraining: 'dont_know', deployment: 'dont_know', company_size: 'dont_know' });

describe('contracts accept the domain’s values', () => {
  it('the questionnaire and the benchmark', () => {
    expect(QuestionnaireSchema.safeParse(amorim2023v1).error).toBeUndefined();
    expect(QuestionnaireSchema.safeParse(amorim2023v2).error).toBeUndefined();
    expect(BenchmarkSchema.safeParse(amorim2023Benchmark).error).toBeUndefined();
  });

  it.each([
    ['level 1', LEVEL_1],
    ['level 3', LEVEL_3],
    ['level 4', LEVEL_4],
    ['level 3 with "don’t know"', UNSURE],
    ['half answered', Object.fromEntries(Object.entries(LEVEL_3).slice(0, 12))],
  ] as [string, Answers][])('the result of one response (%s)', (_name, answers) => {
    expect(ResultSchema.safeParse(scoreResponse(amorim2023v2, answers)).error).toBeUndefined();
    expect(ResultSchema.safeParse(scoreResponse(amorim2023v1, answers)).error).toBeUndefined();
  });

  it('results stored by engine 1.0.0, as they were (never rescored to fit the new shape)', () => {
    for (const stored of [engineOne.single, engineOne.team]) {
      expect(stored.engineVersion).toBe('1.0.0');
      expect(LegacyResultSchema.safeParse(stored).error).toBeUndefined();
      expect(ResultSchema.safeParse(stored).success).toBe(false);
      expect(StoredResultSchema.parse(stored)).toEqual(stored);
    }
    // An engine-2 result is not taken for a legacy one.
    expect(LegacyResultSchema.safeParse(scoreResponse(amorim2023v2, LEVEL_3)).success).toBe(false);
  });

  it('a comparison across engines and questionnaire versions', () => {
    const comparison = compareResults(engineOne.team as never, scoreResponse(amorim2023v2, LEVEL_4));
    expect(ResultComparisonSchema.safeParse(comparison).error).toBeUndefined();
    expect(comparison).toMatchObject({ engineChanged: true, questionnaireChanged: true });
    expect(comparison.questionsWithoutCounterpart?.current).toContain('model_review');
  });

  it('a team result with disagreements, and the comparison of two results', () => {
    const team = aggregateTeam(amorim2023v2, [LEVEL_1, LEVEL_3, LEVEL_4, UNSURE]);
    expect(team.disagreements.length).toBeGreaterThan(0);
    expect(ResultSchema.safeParse(team).error).toBeUndefined();
    const comparison = compareResults(scoreResponse(amorim2023v2, LEVEL_1), scoreResponse(amorim2023v2, LEVEL_4));
    expect(ResultComparisonSchema.safeParse(comparison).error).toBeUndefined();
  });
});
