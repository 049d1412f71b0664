import { describe, expect, it } from 'vitest';
import { amorim2023v1, pruneHiddenAnswers, validateAnswers } from '../questionnaire/index.ts';
import type { Answers, Questionnaire } from '../questionnaire/types.ts';
import { ENGINE_VERSION, scoreResponse } from './score.ts';
import { LEVEL_1_TEAM, LEVEL_2_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM, TEAMS_BY_LEVEL } from './responses.fixture.ts';

describe('the fixtures', () => {
  it.each(TEAMS_BY_LEVEL)('the level-$level team is a complete, valid response', ({ answers }) => {
    expect(validateAnswers(amorim2023v1, answers, { complete: true })).toEqual([]);
  });
});

describe("a team matching each of the paper's statements (5.1) scores that level", () => {
  it.each(TEAMS_BY_LEVEL)('level $level', ({ level, answers }) => {
    const result = scoreResponse(amorim2023v1, answers);
    expect(result.level).toBe(level);
    expect(result.selfDeclaredLevel).toBe(level);
    expect(result.confidence).toEqual({ min: level, max: level, uncertainQuestions: [] });
    expect(result.gaps.some((g) => g.id === 'inconsistency:self_declared_above_evidence')).toBe(false);
    expect(result.completeness).toBe(1);
  });
});

describe('the explanation', () => {
  it('says the level and the first reasons it is not higher, in plain words', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, model_consumption: ['api'], deployment: 'manual' });
    expect(result.explanation.summary).toEqual({
      en: 'Level 3: models run in production on cloud servers and are served by API. Not level 4 yet: deployment is not automated.',
      'pt-BR':
        'Nível 3: os modelos executam em produção em servidores em nuvem e são consumidos via API. Ainda não é nível 4: a implantação não é automatizada.',
    });
    expect(result.explanation.firstUnmetGate).toBe('l4.automated_deployment');
    expect(result.explanation.gatesPassed).toEqual([
      'l2.business_consumption',
      'l3.production_runtime',
      'l3.serving',
      'l4.automated_monitoring',
      'l4.automated_retraining',
    ]);
  });

  it.each([
    [LEVEL_1_TEAM, "Level 1, the starting level. Not level 2 yet: the business does not yet consume the models' outputs."],
    // Nothing answered: nothing is stated that nobody gave.
    [{}, "Level 1, the starting level. Not level 2 yet: nobody has said whether the business consumes the models' outputs."],
    [
      LEVEL_2_TEAM,
      "Level 2: the business consumes the models' outputs, and the models run locally, in notebooks or on laptops. Not level 3 yet: models do not run on production servers; models are not served by API or batch.",
    ],
    [
      { ...LEVEL_3_TEAM, model_runtime: 'on_premises', model_consumption: ['batch'] },
      "Level 3: models run in production on the company's own servers (on-premises) and are served in batch. Not level 4 yet: deployment is not automated; model monitoring with alerts is not automated; retraining is not automated.",
    ],
    [
      LEVEL_4_TEAM,
      'Level 4: models run in production on cloud servers, are served by API and in batch, and deployment, monitoring and retraining are automated.',
    ],
  ])('words each level (%#)', (answers, summary) => {
    expect(scoreResponse(amorim2023v1, answers).explanation.summary.en).toBe(summary);
  });

  it('has no first unmet gate at level 4', () => {
    expect(scoreResponse(amorim2023v1, LEVEL_4_TEAM).explanation.firstUnmetGate).toBeNull();
  });
});

describe("the don't know range", () => {
  it('is "level 3, could be level 4" when only don\'t know answers stand in the way', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, deployment: 'dont_know', alerting: 'dont_know' });
    expect(result.level).toBe(3);
    expect(result.confidence).toEqual({ min: 3, max: 4, uncertainQuestions: ['deployment', 'alerting'] });
    expect(result.explanation.summary.en).toBe(
      'Level 3: models run in production on cloud servers and are served by API and in batch. Not level 4 yet: it is not known whether deployment is automated; it is not known whether model monitoring and alerts are automated. It could be level 4: that depends on answers given as "don\'t know".',
    );
  });

  it('spans several levels and names only the questions between min and max', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, business_consumption: 'dont_know', model_runtime: 'dont_know' });
    // model_runtime "don't know" hides the running practices: they are unknown, not absent, so the
    // range reaches what the other answers allow (README "Honest uncertainty").
    expect(result.confidence).toEqual({ min: 1, max: 4, uncertainQuestions: ['business_consumption', 'model_runtime'] });
  });

  it("is empty when a don't know could not change the level", () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_3_TEAM, retraining: 'dont_know' });
    expect(result.confidence).toEqual({ min: 3, max: 3, uncertainQuestions: [] });
  });
});

describe('next steps', () => {
  it('list, for each level above, the gates still unmet', () => {
    const steps = scoreResponse(amorim2023v1, LEVEL_1_TEAM).nextSteps;
    expect(steps.map((s) => [s.level, s.unmetGates.map((g) => g.id)])).toEqual([
      [2, ['l2.business_consumption']],
      [3, ['l3.production_runtime', 'l3.serving']],
      [4, ['l4.automated_deployment', 'l4.automated_monitoring', 'l4.automated_retraining']],
    ]);
  });

  it('are empty at level 4', () => {
    expect(scoreResponse(amorim2023v1, LEVEL_4_TEAM).nextSteps).toEqual([]);
  });
});

describe('hidden answers', () => {
  it('are ignored: the result is that of the response without them', () => {
    // Question 17 "no" hides model_consumption; its answer must not pass l3.serving.
    const answers: Answers = { ...LEVEL_3_TEAM, deploys_models: 'no', non_deployment_reasons: ['lack_of_tools'] };
    const result = scoreResponse(amorim2023v1, answers);
    expect(result.level).toBe(2);
    expect(result).toEqual(scoreResponse(amorim2023v1, pruneHiddenAnswers(amorim2023v1, answers)));
  });
});

describe('the result', () => {
  it('carries the engine version, questionnaire, one respondent and no disagreement', () => {
    const result = scoreResponse(amorim2023v1, LEVEL_3_TEAM);
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result).toMatchObject({
      engineVersion: ENGINE_VERSION,
      questionnaireId: 'amorim-2023@1',
      respondents: 1,
      disagreements: [],
    });
    expect(result.gates).toHaveLength(6);
    expect(result.dimensions.map((d) => d.id)).toEqual(['data', 'experimentation', 'deployment', 'monitoring', 'automation', 'organisation']);
  });

  it('sets each linked answer beside the benchmark', () => {
    const comparisons = scoreResponse(amorim2023v1, LEVEL_3_TEAM).benchmark;
    expect(comparisons.find((c) => c.seriesId === 'maturity_level')).toMatchObject({
      questionId: 'self_declared_level',
      answer: 'level_3',
      matchedCategories: ['level_3'],
      placement: 'matched',
    });
  });

  it('scores an incomplete response as a value, with lower completeness', () => {
    const empty = scoreResponse(amorim2023v1, {});
    expect(empty).toMatchObject({ level: 1, completeness: 0, selfDeclaredLevel: null });
    const partial = scoreResponse(amorim2023v1, { business_consumption: 'yes', model_runtime: 'cloud' });
    expect(partial.level).toBe(2);
    expect(partial.completeness).toBeGreaterThan(0);
    expect(partial.completeness).toBeLessThan(1);
  });

  it('reads answers of the wrong shape as unanswered instead of throwing', () => {
    const garbage = { ...LEVEL_4_TEAM, retraining: 42, model_consumption: 'api', data_problems: ['always'] } as unknown as Answers;
    const result = scoreResponse(amorim2023v1, garbage);
    expect(result.level).toBe(2);
    expect(result.gates.find((g) => g.id === 'l4.automated_retraining')?.status).toBe('unanswered');
  });

  it('throws only for a questionnaire the engine cannot read', () => {
    const broken: Questionnaire = { ...amorim2023v1, id: 'broken@1', questions: amorim2023v1.questions.filter((q) => q.id !== 'alerting') };
    expect(() => scoreResponse(broken, LEVEL_3_TEAM)).toThrow('Questionnaire "broken@1" cannot be scored: question "alerting" is missing.');
  });
});
