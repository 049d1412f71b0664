import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { amorim2023v1, scoreResponse, type Answers } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, RESPONSE_ID, WORKSPACE_ID, paths } from '../../test/fixtures.ts';
import ResultPage from './ResultPage.tsx';

/**
 * A team at level 3 whose retraining is "don't know": every level-4 gate but that one passes,
 * so the engine reports level 3 with a range up to 4. The result comes from the real engine.
 */
const ANSWERS: Answers = {
  business_consumption: 'yes',
  model_runtime: 'cloud',
  deploys_models: 'yes',
  model_consumption: ['api'],
  deployment: 'automated',
  model_monitoring: 'automated',
  alerting: 'automated',
  retraining: 'dont_know',
  self_declared_level: 'level_4',
  data_problems: { insufficient_data: 'frequently', data_access: 'always' },
};

function serve(answers: Answers) {
  const result = scoreResponse(amorim2023v1, answers);
  mockFetch((request) =>
    request.path === `${paths.response}/result`
      ? json(200, {
          responseId: RESPONSE_ID,
          assessmentId: ASSESSMENT_ID,
          engineVersion: result.engineVersion,
          questionnaireId: result.questionnaireId,
          computedAt: '2026-05-01T10:00:00.000Z',
          result,
        })
      : json(404, { error: { code: 'not_found', message: 'no route' }, requestId: 't' }),
  );
  return result;
}

async function open(answers: Answers, locale: 'en' | 'pt-BR' = 'en') {
  const result = serve(answers);
  renderWithProviders(<ResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} responseId={RESPONSE_ID} />, { locale });
  await screen.findByRole('heading', { level: 1 });
  return result;
}

const section = (headingName: string | RegExp): HTMLElement => {
  const heading = screen.getByRole('heading', { level: 2, name: headingName });
  const container = heading.closest('section');
  if (!container) throw new Error(`no section for ${String(headingName)}`);
  return container;
};

describe('ResultPage', () => {
  it('shows the level with its range and the paper’s definition', async () => {
    const result = await open(ANSWERS);
    expect(result.level).toBe(3);
    const level = section('Maturity level');
    expect(within(level).getByText('Level 3, could be level 4')).toBeTruthy();
    expect(within(level).getByText(/runs its models in a production environment/)).toBeTruthy();
    // The question whose "don't know" makes the difference is named.
    expect(within(level).getByText(/retrain/i, { selector: 'li' })).toBeTruthy();
    expect(within(level).getByText(/You chose level 4 for your company; the evidence of your answers supports level 3/)).toBeTruthy();
  });

  it('explains why: the gates met, and the first one not met marked', async () => {
    const result = await open(ANSWERS);
    const why = section('Why this level');
    expect(within(why).getByText(result.explanation.summary.en)).toBeTruthy();
    const firstUnmet = why.querySelector(`[data-gate="${result.explanation.firstUnmetGate ?? ''}"]`);
    expect(firstUnmet?.textContent).toContain('First gate not met');
    for (const id of result.explanation.gatesPassed) {
      expect(why.querySelector(`[data-gate="${id}"]`)?.getAttribute('data-status')).toBe('passed');
    }
    expect(why.querySelectorAll('[data-gate]').length).toBe(result.gates.length);
  });

  it('lists the next steps to level 4', async () => {
    await open(ANSWERS);
    const next = section('Next steps');
    expect(within(next).getByRole('heading', { name: 'To reach level 4' })).toBeTruthy();
    expect(within(next).getByText(/Retraining is automated/)).toBeTruthy();
  });

  it('lists the gaps in the engine’s order, each with its practice and the paper’s share computed from the count', async () => {
    const result = await open(ANSWERS);
    const gaps = section('Gaps, in the order to work on them');
    const shown = [...gaps.querySelectorAll('[data-gap]')].map((element) => element.getAttribute('data-gap'));
    expect(shown).toEqual(result.gaps.map((gap) => gap.id));
    const hotspot = gaps.querySelector('[data-gap="hotspot:data_problems.insufficient_data"]');
    expect(hotspot?.textContent).toContain('54 of 66 respondents (81.8%) report the same');
    expect(hotspot?.textContent).toContain('§5.3, Fig. 6');
    expect(hotspot?.textContent).toContain('Practice:');
    expect(gaps.querySelector('[data-gap="hotspot:data_problems.data_access"]')?.textContent).toContain('The paper reports no share for this.');
  });

  it('gives the dimension scores as a table beside the radar chart', async () => {
    const result = await open(ANSWERS);
    const dimensions = section('Scores by dimension');
    for (const dimension of result.dimensions) {
      const row = dimensions.querySelector(`[data-dimension="${dimension.id}"]`);
      expect(row?.textContent).toContain(dimension.score === null ? 'no answers' : `${dimension.score}/100`);
    }
    expect(within(dimensions).getByRole('img').getAttribute('aria-label')).toContain('Radar chart');
  });

  it('shows a single level without a range when no answer is "don\'t know"', async () => {
    await open({ ...ANSWERS, retraining: 'manual' });
    expect(within(section('Maturity level')).getByText('Level 3', { selector: '.level' })).toBeTruthy();
  });

  it('speaks Portuguese when the reader does', async () => {
    await open(ANSWERS, 'pt-BR');
    expect(screen.getByText('Nível 3, podendo ser nível 4')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Por que este nível' })).toBeTruthy();
  });
});
