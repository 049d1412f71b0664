import type { Assessment, Response as ResponseDto } from '@assay/contracts';
import type { Answers } from '@assay/domain';

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
    ...overrides,
  };
}

export function responseFixture(answers: Answers = {}): ResponseDto {
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
  };
}

/** What the API answers to a PATCH: exactly the answers it stored. */
export function savedFixture(saved: unknown, revision = 1): unknown {
  return {
    id: RESPONSE_ID,
    revision,
    saved,
    progress: { answered: 1, visible: 40, required: 30, requiredAnswered: 1, sections: [] },
    updatedAt: NOW,
  };
}

export const paths = {
  assessment: `/api/v1/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}`,
  responses: `/api/v1/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}/responses`,
  response: `/api/v1/workspaces/${WORKSPACE_ID}/assessments/${ASSESSMENT_ID}/responses/${RESPONSE_ID}`,
};
