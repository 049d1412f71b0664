import { describe, expect, it } from 'vitest';
import { amorim2023v1, amorim2023v2 } from '../questionnaire/index.ts';
import { GATES } from './gates.ts';
import { HOTSPOTS } from './hotspots.ts';
import { EFFORTS, PRACTICES, PRACTICE_IDS, STAGES, STATE_RANK, getPractice } from './practice-model.ts';
import { WORK_ORDER } from './practices.ts';
import { shareOf } from './shares.ts';

describe('the practice model', () => {
  it('has every practice once, in PRACTICE_IDS order', () => {
    expect(PRACTICES.map((p) => p.id)).toEqual([...PRACTICE_IDS]);
    for (const id of PRACTICE_IDS) expect(getPractice(id)?.id).toBe(id);
    expect(getPractice('no_such_practice')).toBeUndefined();
  });

  it('asks each practice by a practice question of amorim-2023@2, and the @1 ones by @1 too', () => {
    const v2 = new Map(amorim2023v2.questions.map((q) => [q.id, q]));
    const v1 = new Set(amorim2023v1.questions.map((q) => q.id));
    for (const practice of PRACTICES) expect(v2.get(practice.question)?.kind, practice.id).toBe('practice');
    const inV1 = PRACTICES.filter((p) => v1.has(p.question)).map((p) => p.id);
    expect(inV1).toEqual([
      'experiment_tracking',
      'dataset_versioning',
      'model_registry',
      'training_pipeline',
      'ci_cd',
      'deployment',
      'rollback',
      'service_monitoring',
      'model_monitoring',
      'drift_detection',
      'alerting',
      'retraining',
    ]);
  });

  it('gives every practice a stage, a target with its reason and an effort with its reasoning, in both languages', () => {
    for (const practice of PRACTICES) {
      expect(STAGES).toContain(practice.stage);
      expect(EFFORTS).toContain(practice.effort.size);
      expect(['manual', 'automated']).toContain(practice.target.state);
      for (const words of [practice.title, practice.action, practice.target.reason, practice.effort.reason]) {
        expect(words.en.trim().length, practice.id).toBeGreaterThan(0);
        expect(words['pt-BR'].trim().length, practice.id).toBeGreaterThan(0);
      }
    }
  });

  it('draws edges only between known practices, each with its reason, and never asks more of a prerequisite than its target', () => {
    for (const practice of PRACTICES) {
      for (const edge of practice.prerequisites) {
        const prerequisite = getPractice(edge.practice);
        expect(prerequisite, `${practice.id} ← ${edge.practice}`).toBeDefined();
        expect(edge.practice).not.toBe(practice.id);
        expect(STATE_RANK[edge.state]).toBeLessThanOrEqual(STATE_RANK[prerequisite?.target.state ?? 'absent']);
        expect(edge.reason.en.length).toBeGreaterThan(0);
        expect(edge.reason['pt-BR'].length).toBeGreaterThan(0);
      }
    }
  });

  it('is acyclic', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      expect(state.get(id), `cycle: ${[...path, id].join(' → ')}`).not.toBe('visiting');
      state.set(id, 'visiting');
      for (const edge of getPractice(id)?.prerequisites ?? []) visit(edge.practice, [...path, id]);
      state.set(id, 'done');
    };
    for (const practice of PRACTICES) visit(practice.id, []);
  });

  it('has the edges the issue names: a registry before automated deployment, monitoring before retraining, versioned data and a pipeline before continuous training', () => {
    const needs = (dependent: string, prerequisite: string) =>
      getPractice(dependent)?.prerequisites.some((edge) => edge.practice === prerequisite) ?? false;
    expect(needs('deployment', 'model_registry')).toBe(true);
    expect(needs('deployment', 'ci_cd')).toBe(true);
    expect(needs('retraining', 'model_monitoring')).toBe(true);
    expect(needs('retraining', 'dataset_versioning')).toBe(true);
    expect(needs('retraining', 'training_pipeline')).toBe(true);
    // PRODUCT.md's work order: reproducibility before CI.
    expect(needs('ci_cd', 'training_pipeline')).toBe(true);
  });

  it('marks foundation edges only under the practices of level-4 gates, and only on practices @1 asks', () => {
    const v1 = new Set(amorim2023v1.questions.map((q) => q.id));
    const gateIds = new Set(GATES.map((g) => g.id));
    for (const practice of PRACTICES) {
      for (const gate of practice.gates) expect(gateIds.has(gate)).toBe(true);
      for (const edge of practice.prerequisites.filter((e) => e.foundation)) {
        expect(practice.gates.length, practice.id).toBeGreaterThan(0);
        expect(v1.has(edge.practice), edge.practice).toBe(true);
      }
    }
  });

  it('links each practice to hotspots that exist, to work steps that exist, and to shares the paper reports', () => {
    for (const practice of PRACTICES) {
      for (const key of practice.addresses) expect(HOTSPOTS[key], key).toBeDefined();
      expect(WORK_ORDER).toContain(practice.step);
      if (practice.share !== null) {
        const share = shareOf(practice.share);
        expect(share, practice.id).not.toBeNull();
        expect(share?.relation).toBe(practice.share.relation);
      }
    }
  });
});
