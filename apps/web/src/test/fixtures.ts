import type { Assessment, Response as ResponseDto, TeamResult } from '@assay/contracts';
import type { Answer, Answers, Question } from '@assay/domain';

export const WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';
export const TEAM_ID = '00000000-0000-4000-8000-000000000002';
export const ASSESSMENT_ID = '00000000-0000-4000-8000-000000000003';
export const RESPONSE_ID = '00000000-0000-4000-8000-000000000004';
const NOW = '2026-05-01T09:30:00.000Z';

export function assessmentFixture(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: ASSESSMENT_ID,
    workspaceId: WORKSPACE_ID,
    teamId: TEAM_ID,
    teamName: 'Data platform',
    title: 'Assessment 2026-05-01',
    questionnaireId: 'amorim-2023@1',
    status: 'open',
    createdAt: NOW,
    openedAt: NOW,
    closedAt: null,
    responseCounts: { inProgress: 1, submitted: 0 },
    level: null,
    myResponseId: RESPONSE_ID,
    anonymity: { minimum: 3, attributed: false },
    prefill: false,
    ...overrides,
  };
}

export function responseFixture(answers: Answers = {}, prefill: ResponseDto['prefill'] = null): ResponseDto {
  return {
    id: RESPONSE_ID,
    assessmentId: ASSESSMENT_ID,
    respondent: { kind: 'user', userId: '00000000-0000-4000-8000-000000000005', name: 'Ana' },
    status: 'in_progress',
    revision: 0,
    progress: { answered: 0, visible: 0, required: 0, requiredAnswered: 0, sections: [] },
    createdAt: NOW,
    updatedAt: NOW,
    submittedAt: null,
    answers: answers as ResponseDto['answers'],
    prefill,
  };
}

/** What the API answers to a PATCH: exactly the answers it stored. */
export function savedFixture(saved: unknown, revision = 1, unconfirmed: readonly string[] = []): unknown {
  return {
    id: RESPONSE_ID,
    revision,
    saved,
    progress: { answered: 1, visible: 40, required: 30, requiredAnswered: 1, sections: [] },
    updatedAt: NOW,
    unconfirmed,
  };
}

/** A closed assessment's team result as the API serves it, around a stored result. */
export function teamResultFixture(result: TeamResult['result'], overrides: Partial<Extract<TeamResult, { withheld: false }>> = {}): TeamResult {
  return {
    withheld: false,
    assessmentId: ASSESSMENT_ID,
    teamId: TEAM_ID,
    title: 'Assessment 2026-05-01',
    engineVersion: result.engineVersion,
    questionnaireId: result.questionnaireId,
    computedAt: NOW,
    closedAt: NOW,
    result,
    recomputed: null,
    freeText: [],
    ...overrides,
  };
}

export const paths = {
  assessment: `/api/v1/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}`,
  responses: `/api/v1/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}/responses`,
  response: `/api/v1/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}/responses/${RESPONSE_ID}`,
};

/**
 * A result as engine 1.x stored it, from an engine-2 result of the real engine: without the cap,
 * practices, roadmap, evidence counts, share relations, "unanswered" gates and `unaskedBecause`
 * (the shape `LegacyResultSchema` accepts; the tests parse it with that schema).
 */
export function asEngine1Result(result: Record<string, unknown>, engineVersion = '1.0.0'): Record<string, unknown> {
  const evidence = (list: readonly Record<string, unknown>[]) => list.map(({ unaskedBecause: _u, ...rest }) => rest);
  const gate = (g: Record<string, unknown>) => ({
    ...g,
    status: g.status === 'unanswered' ? 'failed' : g.status,
    evidence: evidence(g.evidence as Record<string, unknown>[]),
  });
  const { cap: _c, practices: _p, roadmap: _r, ...rest } = result;
  return {
    ...rest,
    engineVersion,
    gates: (result.gates as Record<string, unknown>[]).map(gate),
    nextSteps: (result.nextSteps as { level: number; unmetGates: Record<string, unknown>[] }[]).map((s) => ({ ...s, unmetGates: s.unmetGates.map(gate) })),
    dimensions: (result.dimensions as Record<string, unknown>[]).map(({ answered: _a, signals: _s, ...d }) => ({
      ...d,
      evidence: evidence(d.evidence as Record<string, unknown>[]),
    })),
    gaps: (result.gaps as Record<string, unknown>[])
      .filter((g) => g.kind !== 'foundation')
      .map(({ practiceId: _pi, respondents: _re, prevalence, ...g }) => ({
        ...g,
        evidence: evidence(g.evidence as Record<string, unknown>[]),
        prevalence:
          prevalence === null
            ? null
            : (({ relation: _rel, measure: _m, status: _st, ...p }: Record<string, unknown>) => p)(prevalence as Record<string, unknown>),
      })),
    disagreements: (result.disagreements as Record<string, unknown>[]).map(({ group: _g, ...d }) => d),
  };
}

/** A valid answer for any question, for building "already answered" responses. */
export function someAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'single':
      return question.options[0]?.id ?? '';
    case 'multiple':
      return [question.options[0]?.id ?? ''];
    case 'frequency':
      return Object.fromEntries(question.items.map((item) => [item.id, 'sometimes']));
    case 'practice':
      return 'manual';
    case 'number':
      return question.min;
    case 'text':
      return 'Tracking experiments';
  }
}
