import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { amorim2023v1, compareResults, scoreResponse } from '@assay/domain';
import { renderWithProviders } from '../../../test/render.tsx';
import { ChangeSinceLast } from './ChangeSinceLast.tsx';

describe('ChangeSinceLast', () => {
  it('says how the level, the gates and the gaps moved between two results of the real engine', () => {
    const before = scoreResponse(amorim2023v1, { business_consumption: 'yes', model_runtime: 'local' });
    const after = scoreResponse(amorim2023v1, { business_consumption: 'yes', model_runtime: 'cloud', deploys_models: 'yes', model_consumption: ['api'] });
    const comparison = compareResults(before, after);
    renderWithProviders(
      <ChangeSinceLast
        change={{ previousAssessmentId: '00000000-0000-4000-8000-000000000011', currentAssessmentId: '00000000-0000-4000-8000-000000000012', comparison: JSON.parse(JSON.stringify(comparison)) }}
      />,
    );
    expect(screen.getByText(`The level went from ${before.level} to ${after.level}.`)).toBeTruthy();
    expect(before.level).toBe(2);
    expect(after.level).toBe(3);
    expect(screen.getByText(/Gates now met: .*Models run in production/)).toBeTruthy();
    if (comparison.gapsResolved.length > 0) expect(screen.getByText('Gaps closed:')).toBeTruthy();
  });
});
