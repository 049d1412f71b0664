import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { amorim2023v1, amorim2023v2, compareResults, scoreResponse } from '@assay/domain';
import { renderWithProviders } from '../../../test/render.tsx';
import { ChangeSinceLast } from './ChangeSinceLast.tsx';

describe('ChangeSinceLast', () => {
  it('says how the level, the gates and the gaps moved between two results of the real engine', () => {
    const before = scoreResponse(amorim2023v1, { business_consumption: 'yes', model_runtime: 'local' });
    const after = scoreResponse(amorim2023v1, { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'] });
    const comparison = compareResults(before, after);
    renderWithProviders(
      <ChangeSinceLast
        change={{
          previousAssessmentId: '00000000-0000-4000-8000-000000000011',
          currentAssessmentId: '00000000-0000-4000-8000-000000000012',
          comparison: JSON.parse(JSON.stringify(comparison)),
          respondents: { previous: 3, current: 3 },
        }}
      />,
    );
    // The same number of respondents in both rounds: no warning about it.
    expect(screen.queryByTestId('respondents-changed')).toBeNull();
    expect(screen.getByText(`The level went from ${before.level} to ${after.level}.`)).toBeTruthy();
    expect(before.level).toBe(2);
    expect(after.level).toBe(3);
    expect(screen.getByText(/Gates now met: .*Models run in production/)).toBeTruthy();
    if (comparison.gapsResolved.length > 0) expect(screen.getByText('Gaps closed:')).toBeTruthy();
  });

  it('across questionnaire versions: gaps by kind, gaps of new questions apart, and the questions without a counterpart by their prompt', () => {
    const answers = { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'], deployment: 'manual' } as const;
    const before = scoreResponse(amorim2023v1, answers);
    const after = scoreResponse(amorim2023v2, { ...answers, data_problems: { data_access: 'always' }, data_validation: 'absent' });
    const comparison = compareResults(before, after);
    expect(comparison.questionsWithoutCounterpart).not.toBeNull();
    renderWithProviders(
      <ChangeSinceLast
        change={{
          previousAssessmentId: '00000000-0000-4000-8000-000000000011',
          currentAssessmentId: '00000000-0000-4000-8000-000000000012',
          comparison: JSON.parse(JSON.stringify(comparison)),
          respondents: { previous: 3, current: 3 },
        }}
      />,
    );
    const newGaps = screen.getByTestId('gaps-new');
    for (const gap of comparison.gapsNew) expect(newGaps.querySelector(`[data-gap="${gap.id}"]`)?.textContent).toContain(gap.title.en);
    expect(newGaps.querySelector('[data-gap="hotspot:data_problems.data_access"]')?.textContent).toContain('Hotspot');
    // A foundation gap on data validation, a question @1 did not ask: listed apart, not as new.
    expect(comparison.gapsNotComparable.map((gap) => gap.id)).toContain('foundation:data_validation');
    const apart = screen.getByTestId('gaps-not-comparable');
    expect(apart.textContent).toContain('Gaps found by questions new in this version');
    expect(apart.querySelector('[data-gap="foundation:data_validation"]')?.textContent).toContain('Missing foundation');
    for (const gap of comparison.gapsNotComparable) expect(newGaps.querySelector(`[data-gap="${gap.id}"]`)).toBeNull();
    const unmatched = screen.getByTestId('without-counterpart');
    const current = comparison.questionsWithoutCounterpart?.current ?? [];
    expect(current.length).toBeGreaterThan(0);
    for (const id of current) {
      const prompt = amorim2023v2.questions.find((q) => q.id === id)?.prompt.en;
      expect(unmatched.querySelector(`[data-question="${id}"]`)?.textContent).toBe(prompt);
    }
    expect(screen.getByText(/different versions of the questionnaire/)).toBeTruthy();
  });

  it('warns when the two rounds had different numbers of respondents, as it does for versions, in both languages', () => {
    const before = scoreResponse(amorim2023v2, { business_consumption: 'yes', model_runtime: 'local' });
    const after = scoreResponse(amorim2023v2, { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'] });
    const change = {
      previousAssessmentId: '00000000-0000-4000-8000-000000000011',
      currentAssessmentId: '00000000-0000-4000-8000-000000000012',
      comparison: JSON.parse(JSON.stringify(compareResults(before, after))),
      respondents: { previous: 4, current: 6 },
    };
    const { unmount } = renderWithProviders(<ChangeSinceLast change={change} />);
    expect(screen.getByTestId('respondents-changed').textContent).toBe(
      'The two rounds had different numbers of respondents (4, then 6): part of the change may come from who answered, not from the team.',
    );
    // Same versions: only the respondents' warning.
    expect(screen.queryByText(/different versions of the questionnaire/)).toBeNull();
    unmount();
    renderWithProviders(<ChangeSinceLast change={change} />, { locale: 'pt-BR' });
    expect(screen.getByTestId('respondents-changed').textContent).toContain('números diferentes de respondentes (4, depois 6)');
  });
});
