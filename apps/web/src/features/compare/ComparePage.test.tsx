import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ComparisonSchema, type ComparedTeam } from '@assay/contracts';
import { aggregateTeam, amorim2023v2, type Answers } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { WORKSPACE_ID } from '../../test/fixtures.ts';
import ComparePage from './ComparePage.tsx';

const NOW = '2026-05-01T09:30:00.000Z';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const LEVEL_2: Answers = { business_consumption: 'yes', model_runtime: 'local', deploys_models: 'no', ci_cd: 'manual', experiment_tracking: 'automated' };

/** A team as the API compares it, from a result the engine computed. */
function scored(teamId: string, name: string): ComparedTeam {
  const result = JSON.parse(JSON.stringify(aggregateTeam(amorim2023v2, [LEVEL_2])));
  return {
    teamId,
    name,
    latest: { status: 'shown', assessmentId: teamId, title: 'Round 1', closedAt: NOW, level: result.level, levelMax: result.confidence.max, respondents: 1 },
    dimensions: result.dimensions.map((d: { id: string; score: number | null }) => ({ id: d.id, score: d.score })),
    practices: result.practices.map((p: { practiceId: string; status: string }) => ({ practiceId: p.practiceId, status: p.status })),
    steps: result.roadmap.slice(0, 3),
  };
}
const withheld: ComparedTeam = {
  teamId: B,
  name: 'Fraud',
  latest: { status: 'withheld', assessmentId: B, title: 'Round 1', closedAt: NOW, respondents: 1, minimum: 3 },
  dimensions: [],
  practices: [],
  steps: [],
};

describe('comparing teams', () => {
  it('shows levels side by side (withheld never as a level), scores in a table beside the radar, practice states and top steps', async () => {
    window.history.pushState({}, '', `/workspaces/${WORKSPACE_ID}/compare?teams=${A},${B}`);
    const credit = scored(A, 'Credit models');
    const requests = mockFetch(() => json(200, ComparisonSchema.parse({ teams: [credit, withheld] })));
    renderWithProviders(<ComparePage workspaceId={WORKSPACE_ID} />);
    await screen.findByRole('heading', { name: 'Levels and dimension scores' });
    const [levels, practices] = screen.getAllByRole('table');
    expect(requests[0]!.path).toBe(`/api/v1/workspaces/${WORKSPACE_ID}/compare?teams=${A},${B}`);
    const rows = within(levels!).getAllByRole('row');
    expect(rows[1]!.textContent).toBe(`LevelLevel ${credit.latest!.status === 'shown' ? credit.latest!.level : ''}Not enough responses`);
    const data = rows.find((row) => row.textContent?.startsWith('Data'))!;
    const dataScore = credit.dimensions.find((d) => d.id === 'data')!.score;
    expect(data.textContent).toBe(`Data${dataScore ?? '—'}—`);

    const tracking = within(practices!).getAllByRole('row').find((row) => row.textContent?.startsWith('Experiment tracking'))!;
    expect(tracking.textContent).toBe('Experiment trackingautomated—');

    const steps = screen.getByRole('heading', { name: 'First three roadmap steps' }).parentElement!;
    expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
    expect(steps.textContent).toContain('No result to show.');
  });

  it('asks for two to six teams when the link has fewer', async () => {
    window.history.pushState({}, '', `/workspaces/${WORKSPACE_ID}/compare?teams=${A}`);
    const requests = mockFetch(() => json(500, {}));
    renderWithProviders(<ComparePage workspaceId={WORKSPACE_ID} />, { locale: 'pt-BR' });
    expect(await screen.findByText('Marque de 2 a 6 times no painel para compará-los.')).toBeTruthy();
    expect(requests).toHaveLength(0);
  });
});
