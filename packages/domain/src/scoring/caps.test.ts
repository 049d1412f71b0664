import { describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2, PRACTICES_ADDED_IN_V2 } from '../questionnaire/index.ts';
import type { Answers } from '../questionnaire/types.ts';
import { scoreResponse } from './score.ts';
import { aggregateTeam } from './aggregate.ts';
import { LEVEL_1_TEAM, LEVEL_2_TEAM, LEVEL_3_TEAM, LEVEL_4_TEAM } from './responses.fixture.ts';

/*
 * Held-out cases written from the paper's four level statements (5.1, Fig. 2) and the issue's
 * measurements, scored by engine 2: level, range, cap, and the words a person reads.
 */

const v2 = (answers: Answers, state = 'automated'): Answers => ({
  ...answers,
  ...Object.fromEntries(PRACTICES_ADDED_IN_V2.map((id) => [id, state])),
});

describe('level caps: no level 4 on missing foundations', () => {
  it('holds level 4 back when automated retraining has no training pipeline (the issue example)', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, training_pipeline: 'absent' });
    expect(result.gates.every((g) => g.status === 'passed')).toBe(true);
    expect(result.level).toBe(3);
    expect(result.cap).toEqual({
      from: 4,
      to: 3,
      reasons: [expect.objectContaining({ practiceId: 'retraining', foundationId: 'training_pipeline', foundationStatus: 'absent' })],
    });
    expect(result.confidence).toEqual({ min: 3, max: 3, uncertainQuestions: [] });
    expect(result.explanation.summary.en).toContain('The gates of level 4 are met, but level 4 is held back: continuous training is automated but training pipeline is absent.');
    expect(result.gaps[0]).toMatchObject({ id: 'foundation:training_pipeline', kind: 'foundation', level: 4, practiceId: 'training_pipeline' });
  });

  it('holds it back for automated deployment with no model registry or no CI/CD', () => {
    const noRegistry = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, model_registry: 'absent' });
    expect(noRegistry.level).toBe(3);
    expect(noRegistry.cap?.reasons.map((r) => [r.practiceId, r.foundationId])).toEqual([['deployment', 'model_registry']]);
    const noCi = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, ci_cd: 'absent', dataset_versioning: 'absent' });
    expect(noCi.cap?.reasons.map((r) => [r.practiceId, r.foundationId])).toEqual([
      ['deployment', 'ci_cd'],
      ['retraining', 'dataset_versioning'],
    ]);
  });

  it('lets a manual foundation hold level 4 (a foundation, not full automation, is what the paper\'s level needs)', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, training_pipeline: 'manual', model_registry: 'manual', ci_cd: 'manual' });
    expect(result.level).toBe(4);
    expect(result.cap).toBeNull();
    // …but the roadmap still asks for the pipeline to be automated before continuous training.
    expect(result.roadmap.map((s) => s.practiceId)).toContain('training_pipeline');
  });

  it('gives a "don\'t know" foundation the range: level 3, could be level 4', () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, training_pipeline: 'dont_know' });
    expect(result.level).toBe(3);
    expect(result.confidence).toEqual({ min: 3, max: 4, uncertainQuestions: ['training_pipeline'] });
    expect(result.cap?.reasons[0]?.foundationStatus).toBe('dont_know');
    expect(result.explanation.summary.en).toContain('training pipeline is not known ("don\'t know")');
    // A "don't know" is no fact: no foundation gap claims the pipeline is missing.
    expect(result.gaps.some((g) => g.id === 'foundation:training_pipeline')).toBe(false);
  });

  it('never caps below level 4 and never for a team that does not pass the level-4 gates', () => {
    expect(scoreResponse(amorim2023v1, { ...LEVEL_3_TEAM, retraining: 'automated', training_pipeline: 'absent' }).cap).toBeNull();
  });

  it('caps a team on its aggregate answers like a response', () => {
    const team = aggregateTeam(amorim2023v1, [
      { ...LEVEL_4_TEAM, training_pipeline: 'absent' },
      { ...LEVEL_4_TEAM, training_pipeline: 'absent' },
      LEVEL_4_TEAM,
    ]);
    expect(team.level).toBe(3);
    expect(team.cap?.from).toBe(4);
  });
});

describe("the paper's statements as held-out cases (engine 2)", () => {
  it.each([
    ['first models (level 1)', LEVEL_1_TEAM, 1, 1],
    ['local consumption (level 2)', LEVEL_2_TEAM, 2, 2],
    ['cloud API by hand (level 3)', LEVEL_3_TEAM, 3, 3],
    ['full automation (level 4)', LEVEL_4_TEAM, 4, 4],
    ['full automation on @2 (level 4)', v2(LEVEL_4_TEAM), 4, 4],
    ['over-claiming: level 4 declared, level 2 evidence', { ...LEVEL_2_TEAM, self_declared_level: 'level_4' }, 2, 2],
    ['retraining without monitoring', { ...LEVEL_4_TEAM, model_monitoring: 'absent' }, 3, 3],
    ['on-premises batch', { ...LEVEL_3_TEAM, model_runtime: 'on_premises', model_consumption: ['batch'] }, 3, 3],
    ["don't know on monitoring", { ...LEVEL_4_TEAM, model_monitoring: 'dont_know' }, 3, 4],
    ["don't know on where models run: unknown, not absent", { ...LEVEL_4_TEAM, model_runtime: 'dont_know' }, 2, 4],
    ["don't know on whether models are deployed", { ...LEVEL_4_TEAM, deploys_models: 'dont_know' }, 2, 4],
  ])('%s → level %d, could be %d', (_name, answers, level, max) => {
    const result = scoreResponse(amorim2023v2, answers as Answers);
    expect(result.level).toBe(level);
    expect(result.confidence.max).toBe(max);
  });

  it("reads a runtime \"don't know\" as not known, never as not automated (issue: nothing states a fact nobody gave)", () => {
    const result = scoreResponse(amorim2023v1, { ...LEVEL_4_TEAM, model_runtime: 'dont_know' });
    const summary = result.explanation.summary.en;
    expect(summary).not.toContain('deployment is not automated');
    expect(result.gates.filter((g) => g.level === 4).map((g) => g.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(result.gaps.find((g) => g.id === 'blocker:l4.automated_deployment')?.detail.en).toContain(
      'it is not known whether deployment is automated',
    );
    expect(result.confidence.uncertainQuestions).toEqual(['model_runtime']);
  });

  it('tells "not answered", "don\'t know" and "not automated" apart in the words', () => {
    const { model_runtime: _omitted, ...unanswered } = LEVEL_4_TEAM;
    const words = (answers: Answers) => scoreResponse(amorim2023v1, answers).explanation.summary.en;
    expect(words({ ...LEVEL_3_TEAM })).toContain('deployment is not automated');
    expect(words({ ...LEVEL_3_TEAM, deployment: 'dont_know' })).toContain('it is not known whether deployment is automated');
    expect(words({ ...LEVEL_3_TEAM, deployment: undefined as never })).toContain('nobody has said whether deployment is automated');
    expect(words(unanswered)).toContain('nobody has said where the models run');
  });
});
