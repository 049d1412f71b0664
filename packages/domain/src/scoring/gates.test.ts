import { describe, expect, it } from 'vitest';
import { amorim2023v1 } from '../questionnaire/index.ts';
import type { Answers, Questionnaire } from '../questionnaire/types.ts';
import { GATES, evaluateGates, levelFromGates } from './gates.ts';
import { LEVEL_4_TEAM } from './responses.fixture.ts';
import { scoringProblems } from './scoring-index.ts';
import type { GateStatus } from './types.ts';

/** LEVEL_4_TEAM passes every gate; each case changes the answers behind one gate. */
function statusOf(gateId: string, patch: Answers, omit: readonly string[] = []): GateStatus {
  const answers: Record<string, Answers[string]> = { ...LEVEL_4_TEAM, ...patch };
  for (const id of omit) delete answers[id];
  const gate = evaluateGates(amorim2023v1, answers, 'pessimistic').gates.find((g) => g.id === gateId);
  if (gate === undefined) throw new Error(`no gate ${gateId}`);
  return gate.status;
}

describe('the gate table', () => {
  it('holds the README gates, in level order', () => {
    expect(GATES.map((g) => [g.id, g.level])).toEqual([
      ['l2.business_consumption', 2],
      ['l3.production_runtime', 3],
      ['l3.serving', 3],
      ['l4.automated_deployment', 4],
      ['l4.automated_monitoring', 4],
      ['l4.automated_retraining', 4],
    ]);
  });

  it('words every gate in both languages', () => {
    for (const gate of GATES) {
      for (const words of [gate.title, gate.requirement, gate.practice, gate.unmet.failed, gate.unmet.unknown]) {
        expect(words.en.trim()).not.toBe('');
        expect(words['pt-BR'].trim()).not.toBe('');
      }
    }
  });

  it('reads only questions of the questionnaire', () => {
    const ids = new Set(amorim2023v1.questions.map((q) => q.id));
    for (const gate of GATES) for (const question of gate.questions) expect(ids.has(question)).toBe(true);
  });
});

describe('each gate: passes, fails, unknown', () => {
  const cases: readonly { gate: string; name: string; patch: Answers; omit?: string[]; status: GateStatus }[] = [
    { gate: 'l2.business_consumption', name: 'yes', patch: { business_consumption: 'yes' }, status: 'passed' },
    { gate: 'l2.business_consumption', name: 'pilot only', patch: { business_consumption: 'pilot' }, status: 'failed' },
    { gate: 'l2.business_consumption', name: 'no', patch: { business_consumption: 'no' }, status: 'failed' },
    { gate: 'l2.business_consumption', name: "don't know", patch: { business_consumption: 'dont_know' }, status: 'unknown' },
    { gate: 'l2.business_consumption', name: 'unanswered', patch: {}, omit: ['business_consumption'], status: 'unanswered' },

    { gate: 'l3.production_runtime', name: 'cloud', patch: { model_runtime: 'cloud' }, status: 'passed' },
    { gate: 'l3.production_runtime', name: 'on-premises counts as production', patch: { model_runtime: 'on_premises' }, status: 'passed' },
    { gate: 'l3.production_runtime', name: 'local', patch: { model_runtime: 'local' }, status: 'failed' },
    { gate: 'l3.production_runtime', name: 'none yet', patch: { model_runtime: 'none_yet' }, status: 'failed' },
    { gate: 'l3.production_runtime', name: "don't know", patch: { model_runtime: 'dont_know' }, status: 'unknown' },
    { gate: 'l3.production_runtime', name: 'unanswered', patch: {}, omit: ['model_runtime'], status: 'unanswered' },

    { gate: 'l3.serving', name: 'API', patch: { model_consumption: ['api'] }, status: 'passed' },
    { gate: 'l3.serving', name: 'batch', patch: { model_consumption: ['notebook', 'batch'] }, status: 'passed' },
    { gate: 'l3.serving', name: 'notebooks and dashboards only', patch: { model_consumption: ['notebook', 'dashboard'] }, status: 'failed' },
    { gate: 'l3.serving', name: "don't know", patch: { model_consumption: 'dont_know' }, status: 'unknown' },
    { gate: 'l3.serving', name: 'hidden (no deployment)', patch: { deploys_models: 'no' }, status: 'failed' },
    { gate: 'l3.serving', name: 'unanswered', patch: {}, omit: ['model_consumption'], status: 'unanswered' },

    { gate: 'l4.automated_deployment', name: 'automated', patch: { deployment: 'automated' }, status: 'passed' },
    { gate: 'l4.automated_deployment', name: 'manual', patch: { deployment: 'manual' }, status: 'failed' },
    { gate: 'l4.automated_deployment', name: 'absent', patch: { deployment: 'absent' }, status: 'failed' },
    { gate: 'l4.automated_deployment', name: "don't know", patch: { deployment: 'dont_know' }, status: 'unknown' },
    { gate: 'l4.automated_deployment', name: 'hidden (no model runs)', patch: { model_runtime: 'none_yet' }, status: 'failed' },

    { gate: 'l4.automated_monitoring', name: 'both automated', patch: {}, status: 'passed' },
    { gate: 'l4.automated_monitoring', name: 'monitoring manual', patch: { model_monitoring: 'manual' }, status: 'failed' },
    { gate: 'l4.automated_monitoring', name: 'alerting absent', patch: { alerting: 'absent' }, status: 'failed' },
    { gate: 'l4.automated_monitoring', name: "monitoring don't know", patch: { model_monitoring: 'dont_know' }, status: 'unknown' },
    {
      gate: 'l4.automated_monitoring',
      name: "a definite failure beats a don't know",
      patch: { model_monitoring: 'dont_know', alerting: 'manual' },
      status: 'failed',
    },
    { gate: 'l4.automated_monitoring', name: 'alerting unanswered', patch: {}, omit: ['alerting'], status: 'unanswered' },

    { gate: 'l4.automated_retraining', name: 'automated', patch: { retraining: 'automated' }, status: 'passed' },
    { gate: 'l4.automated_retraining', name: 'manual', patch: { retraining: 'manual' }, status: 'failed' },
    { gate: 'l4.automated_retraining', name: "don't know", patch: { retraining: 'dont_know' }, status: 'unknown' },
    { gate: 'l4.automated_retraining', name: 'unanswered', patch: {}, omit: ['retraining'], status: 'unanswered' },
    // README "Honest uncertainty": a question not asked because of an earlier answer.
    { gate: 'l4.automated_retraining', name: "not asked: model runtime don't know", patch: { model_runtime: 'dont_know' }, status: 'unknown' },
    { gate: 'l4.automated_deployment', name: 'not asked: model runtime unanswered', patch: {}, omit: ['model_runtime'], status: 'unanswered' },
    { gate: 'l3.serving', name: "not asked: deploys models don't know", patch: { deploys_models: 'dont_know' }, status: 'unknown' },
    { gate: 'l3.serving', name: 'not asked: deploys models unanswered', patch: {}, omit: ['deploys_models'], status: 'unanswered' },
    { gate: 'l4.automated_deployment', name: 'unanswered', patch: {}, omit: ['deployment'], status: 'unanswered' },
    { gate: 'l4.automated_monitoring', name: 'manual beats unanswered', patch: { model_monitoring: 'manual' }, omit: ['alerting'], status: 'failed' },
    { gate: 'l4.automated_monitoring', name: "unanswered beats don't know", patch: { model_monitoring: 'dont_know' }, omit: ['alerting'], status: 'unanswered' },
  ];

  it.each(cases)('$gate, $name → $status', ({ gate, patch, omit, status }) => {
    expect(statusOf(gate, patch, omit)).toBe(status);
  });

  it('covers every gate with a pass, a fail, an unknown and an unanswered', () => {
    for (const gate of GATES) {
      const statuses = new Set(cases.filter((c) => c.gate === gate.id).map((c) => c.status));
      expect([...statuses].sort()).toEqual(['failed', 'passed', 'unanswered', 'unknown']);
    }
  });

  it('quotes the answers that decide the gate as evidence', () => {
    const gate = evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, alerting: 'manual' }, 'pessimistic').gates.find(
      (g) => g.id === 'l4.automated_monitoring',
    );
    expect(gate?.evidence).toEqual([
      { questionId: 'model_monitoring', answer: 'automated' },
      { questionId: 'alerting', answer: 'manual' },
    ]);
  });

  it("quotes a question not asked because of a \"don't know\" with the question that kept it from being asked", () => {
    const gate = evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, model_runtime: 'dont_know' }, 'pessimistic').gates.find(
      (g) => g.id === 'l4.automated_deployment',
    );
    expect(gate?.evidence).toEqual([{ questionId: 'deployment', answer: null, unaskedBecause: 'model_runtime' }]);
    expect(gate?.status).toBe('unknown');
  });

  it('quotes a hidden answer as unanswered', () => {
    const gate = evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, deploys_models: 'no' }, 'pessimistic').gates.find(
      (g) => g.id === 'l3.serving',
    );
    expect(gate?.evidence).toContainEqual({ questionId: 'model_consumption', answer: null });
  });
});

describe('the level from the gates', () => {
  it('is the highest level whose gates, and those of every level below, pass', () => {
    expect(evaluateGates(amorim2023v1, LEVEL_4_TEAM, 'pessimistic').level).toBe(4);
    expect(evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, retraining: 'manual' }, 'pessimistic').level).toBe(3);
    expect(evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, model_consumption: ['dashboard'] }, 'pessimistic').level).toBe(2);
    // Level-3 and level-4 gates pass, but without business use the team stays at level 1.
    expect(evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, business_consumption: 'pilot' }, 'pessimistic').level).toBe(1);
  });

  it("counts don't know as failing when pessimistic and as passing when optimistic", () => {
    const answers = { ...LEVEL_4_TEAM, deployment: 'dont_know' };
    expect(evaluateGates(amorim2023v1, answers, 'pessimistic').level).toBe(3);
    expect(evaluateGates(amorim2023v1, answers, 'optimistic').level).toBe(4);
  });

  it('never lets a higher gate lift the team over a lower unmet one', () => {
    const gates = evaluateGates(amorim2023v1, { ...LEVEL_4_TEAM, model_runtime: 'local' }, 'optimistic').gates;
    expect(gates.filter((g) => g.level === 4).every((g) => g.status === 'passed')).toBe(true);
    expect(levelFromGates(gates, 'optimistic')).toBe(2);
  });

  it('is level 1 for an empty response, without throwing', () => {
    const report = evaluateGates(amorim2023v1, {}, 'pessimistic');
    expect(report.level).toBe(1);
    // Nothing was answered, so no gate is said to be failed by an answer.
    expect(report.gates.every((g) => g.status === 'unanswered')).toBe(true);
  });
});

describe('a questionnaire the engine cannot read', () => {
  const without = (...ids: string[]): Questionnaire => ({
    ...amorim2023v1,
    id: 'broken@1',
    questions: amorim2023v1.questions.filter((q) => !ids.includes(q.id)),
  });

  it('has no problem for amorim-2023@1', () => {
    expect(scoringProblems(amorim2023v1)).toEqual([]);
  });

  it('is a programmer error naming what is missing', () => {
    expect(() => evaluateGates(without('retraining', 'model_runtime'), {}, 'pessimistic')).toThrow(
      /broken@1.*"model_runtime" is missing.*"retraining" is missing/,
    );
  });

  it('is refused when a question has the wrong kind or lacks an option', () => {
    const questions = amorim2023v1.questions.map((q) => {
      if (q.id === 'deployment') return { ...q, kind: 'single' as const, options: [] };
      if (q.id === 'model_consumption' && q.kind === 'multiple') return { ...q, options: q.options.filter((o) => o.id !== 'batch') };
      return q;
    });
    const broken: Questionnaire = { ...amorim2023v1, id: 'kinds@1', questions };
    expect(scoringProblems(broken)).toEqual([
      'question "model_consumption" lacks option "batch"',
      'question "deployment" is single, the engine reads it as practice',
    ]);
  });

  it('is refused when a challenge has no practice to point to', () => {
    const questions = amorim2023v1.questions.map((q) =>
      q.id === 'data_problems' && q.kind === 'frequency'
        ? { ...q, items: [...q.items, { id: 'label_noise', label: { en: 'Label noise', 'pt-BR': 'Ruído nos rótulos' } }] }
        : q,
    );
    expect(scoringProblems({ ...amorim2023v1, id: 'extra@1', questions })).toEqual([
      'challenge "data_problems.label_noise" has no practice in the hotspot table',
    ]);
  });
});
