import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { aggregateTeam, amorim2023v1 } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, TEAM_ID, WORKSPACE_ID, paths } from '../../test/fixtures.ts';
import TeamResultPage from './TeamResultPage.tsx';

const CLOSED = '2026-05-02T10:00:00.000Z';

function serve(body: unknown) {
  mockFetch((request) =>
    request.path === `${paths.assessment}/result` ? json(200, body) : json(404, { error: { code: 'not_found', message: 'no route' }, requestId: 't' }),
  );
}

describe('TeamResultPage', () => {
  it('says "not enough responses", with how many there are and how many it needs, and shows nothing else of the answers', async () => {
    serve({ withheld: true, assessmentId: ASSESSMENT_ID, teamId: TEAM_ID, title: 'Q2', closedAt: CLOSED, responses: 2, minimum: 3 });
    renderWithProviders(<TeamResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />, { locale: 'pt-BR' });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Respostas insuficientes' })).closest('section')!;
    expect(section.textContent).toContain('2 respostas foram enviadas; esta avaliação precisa de pelo menos 3');
    expect(screen.queryByRole('button', { name: /CSV/ })).toBeNull();
    expect(document.querySelector('.level')).toBeNull();
  });

  it('lists the free-text answers as the API ordered them, without names', async () => {
    const answers = [
      { deploys_models: 'no', business_consumption: 'no', model_runtime: 'none_yet' },
      { deploys_models: 'no', business_consumption: 'no', model_runtime: 'none_yet' },
      { deploys_models: 'no', business_consumption: 'no', model_runtime: 'none_yet' },
    ] as const;
    const result = aggregateTeam(amorim2023v1, answers);
    serve({
      withheld: false,
      assessmentId: ASSESSMENT_ID,
      teamId: TEAM_ID,
      title: 'Q2',
      engineVersion: result.engineVersion,
      questionnaireId: result.questionnaireId,
      computedAt: CLOSED,
      closedAt: CLOSED,
      result,
      recomputed: null,
      freeText: [
        { questionId: 'mlops_help', text: 'Drift alerts' },
        { questionId: 'mlops_help', text: 'Menos planilhas' },
      ],
    });
    renderWithProviders(<TeamResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} />);
    const section = (await screen.findByRole('heading', { level: 2, name: 'In their own words' })).closest('section')!;
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Drift alerts', 'Menos planilhas']);
  });
});
