import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LegacyResultSchema } from '@assay/contracts';
import { amorim2023v2, getPractice, scoreResponse, type Answers, type Result } from '@assay/domain';
import { json, mockFetch, renderWithProviders } from '../../test/render.tsx';
import { ASSESSMENT_ID, RESPONSE_ID, WORKSPACE_ID, asEngine1Result, paths } from '../../test/fixtures.ts';
import ResultPage from './ResultPage.tsx';

/**
 * A level-3 team whose retraining is "don't know": every level-4 gate but that one passes and the
 * foundations under the automations are there, so the engine reports level 3 with a range up to 4.
 * Every result below comes from the real engine, on questionnaire amorim-2023@2.
 */
const ANSWERS: Answers = {
  business_consumption: 'yes',
  model_runtime: 'cloud',
  deploys_models: 'yes',
  model_consumption: ['api'],
  experiment_tracking: 'automated',
  dataset_versioning: 'manual',
  model_registry: 'manual',
  training_pipeline: 'manual',
  ci_cd: 'manual',
  deployment: 'automated',
  service_monitoring: 'automated',
  model_monitoring: 'automated',
  alerting: 'automated',
  retraining: 'dont_know',
  self_declared_level: 'level_4',
  data_problems: { insufficient_data: 'frequently', data_access: 'always' },
};

/** Level-4 gates met, but retraining is automated with no training pipeline and deployment with no registry or CI. */
const CAPPED: Answers = { ...ANSWERS, retraining: 'automated', training_pipeline: 'absent', model_registry: undefined as never, ci_cd: undefined as never };

function serve(result: unknown) {
  mockFetch((request) =>
    request.path === `${paths.response}/result`
      ? json(200, {
          responseId: RESPONSE_ID,
          assessmentId: ASSESSMENT_ID,
          engineVersion: (result as Result).engineVersion,
          questionnaireId: (result as Result).questionnaireId,
          computedAt: '2026-05-01T10:00:00.000Z',
          result,
        })
      : json(404, { error: { code: 'not_found', message: 'no route' }, requestId: 't' }),
  );
}

function score(answers: Answers): Result {
  const defined = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Answers;
  return scoreResponse(amorim2023v2, defined);
}

/** The page with its heading and, once the first screen has painted, the detail after the next steps (a lazy chunk). */
async function drawn(): Promise<void> {
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(document.querySelector('.result-details-loading')).toBeNull(), { timeout: 15_000 });
}

async function open(answers: Answers, locale: 'en' | 'pt-BR' = 'en') {
  const result = score(answers);
  serve(result);
  renderWithProviders(<ResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} responseId={RESPONSE_ID} />, { locale });
  await drawn();
  return result;
}

const section = (headingName: string | RegExp): HTMLElement => {
  const heading = screen.getByRole('heading', { level: 2, name: headingName });
  const container = heading.closest('section');
  if (!container) throw new Error(`no section for ${String(headingName)}`);
  return container;
};

// A whole result page renders hundreds of elements in jsdom: slow on a loaded machine, not a speed claim.
describe('ResultPage', { timeout: 20_000 }, () => {
  it('shows the level with its range and the paper’s definition', async () => {
    const result = await open(ANSWERS);
    expect(result.level).toBe(3);
    expect(result.confidence.max).toBe(4);
    const level = section('Maturity level');
    expect(within(level).getByText('Level 3, could be level 4')).toBeTruthy();
    expect(within(level).getByText(/runs its models in a production environment/)).toBeTruthy();
    // The question whose "don't know" makes the difference is named.
    expect(within(level).getByText(/retrain/i, { selector: 'li' })).toBeTruthy();
    expect(within(level).getByText(/You chose level 4 for your company; the evidence of your answers supports level 3/)).toBeTruthy();
    expect(screen.queryByTestId('level-cap')).toBeNull();
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

  it('words an unanswered gate and questions not asked because of an earlier "don’t know" or missing answer apart', async () => {
    const result = await open({ business_consumption: 'yes', model_runtime: 'dont_know' });
    const why = section('Why this level');
    const serving = why.querySelector('[data-gate="l3.serving"]');
    expect(result.gates.find((gate) => gate.id === 'l3.serving')?.status).toBe('unanswered');
    expect(serving?.getAttribute('data-status')).toBe('unanswered');
    expect(serving?.textContent).toContain('Not answered');
    expect(serving?.textContent).toContain('A question that decides this gate was not answered.');
    expect(serving?.querySelector('[data-evidence="model_consumption"]')?.textContent).toMatch(/not asked, because “.+” was not answered/);
    const deployment = why.querySelector('[data-gate="l4.automated_deployment"] [data-evidence="deployment"]');
    expect(deployment?.textContent).toContain('not asked, because “Where do your models run when they are used?” was answered “don’t know”');
    // Never "no" or "absent" for an answer nobody gave.
    expect(why.textContent).not.toMatch(/\babsent\b/i);
  });

  it('says "not asked" for a practice that did not apply, naming the answer that made it so', async () => {
    await open({ business_consumption: 'yes', model_runtime: 'none_yet', deploys_models: 'no' });
    const step = section('Roadmap').querySelector('[data-step="deployment"]');
    expect(step?.getAttribute('data-now')).toBe('not_asked');
    expect(step?.querySelector('summary')?.textContent).toContain('now not asked');
    expect(step?.querySelector('[data-evidence="deployment"]')?.textContent).toContain(
      'not asked: it did not apply, because “Where do your models run when they are used?” was',
    );
  });

  it('lists the next steps to level 4', async () => {
    await open(ANSWERS);
    const next = section('Next steps');
    expect(within(next).getByRole('heading', { name: 'To reach level 4' })).toBeTruthy();
    expect(within(next).getByText(/Retraining is automated/)).toBeTruthy();
  });

  it('shows the roadmap grouped by stage, each stage in the engine’s order, every step once', async () => {
    const result = await open(ANSWERS);
    const roadmap = section('Roadmap');
    const stages = [...roadmap.querySelectorAll('[data-stage]')].map((element) => element.getAttribute('data-stage'));
    expect(stages).toEqual(['foundations', 'delivery', 'operations']);
    expect(within(roadmap).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Foundations', 'Delivery', 'Operations']);
    for (const stage of stages) {
      const shown = [...roadmap.querySelectorAll(`[data-stage="${stage}"] [data-step]`)].map((element) => Number(element.getAttribute('data-order')));
      const expected = result.roadmap.filter((step) => step.stage === stage).map((step) => step.order);
      expect(shown).toEqual([...expected].sort((a, b) => a - b));
      expect(shown.length).toBeGreaterThan(0);
    }
    expect(roadmap.querySelectorAll('[data-step]').length).toBe(result.roadmap.length);
    // A step's summary: its number, title, state now and wanted, effort.
    const first = roadmap.querySelector('[data-step="data_validation"] summary');
    expect(first?.textContent).toMatch(/^Step 1 Data validation now not answered → , wanted automated effort M$/);
  });

  it('opens a step to what to do, the target and its reason, the effort, why, what it comes after, the answers and the paper’s share', async () => {
    const result = await open(ANSWERS);
    const user = userEvent.setup();
    const roadmap = section('Roadmap');
    const retraining = roadmap.querySelector<HTMLElement>('[data-step="retraining"]');
    if (!retraining) throw new Error('no retraining step');
    const details = retraining.querySelector('details');
    expect(details?.open).toBe(false);
    const step = result.roadmap.find((s) => s.practiceId === 'retraining');
    await user.click(within(retraining).getByText(step?.title.en ?? '', { selector: '.step-title' }));
    expect(details?.open).toBe(true);
    expect(step?.now).toBe('dont_know');
    expect(retraining.textContent).toContain('Now don’t know; wanted automated. The default target for this practice.');
    expect(retraining.textContent).toContain(step?.targetReason.en);
    expect(retraining.textContent).toContain(`${step?.effort} (`);
    expect(retraining.textContent).toContain(step?.effortReason.en);
    expect(within(retraining).getByText(/Part of the level-4 gate “/)).toBeTruthy();
    // Comes after: the steps it rests on, by number and title.
    const training = result.roadmap.find((s) => s.practiceId === 'training_pipeline');
    expect(retraining.textContent).toContain(`step ${training?.order}, Training pipeline`);
    // The answer behind it, with the question's prompt, "don't know" as such.
    expect(retraining.querySelector('[data-evidence="retraining"]')?.textContent).toMatch(/I don.t know/i);

    // A step with a share: relation, count over base, what it counts, and the source.
    const validation = roadmap.querySelector<HTMLElement>('[data-step="data_validation"]');
    const share = result.roadmap.find((s) => s.practiceId === 'data_validation')?.share;
    expect(share?.relation).toBe('related');
    const shown = validation?.querySelector('.share');
    expect(shown?.textContent).toContain('related measure');
    expect(shown?.textContent).toContain(`${share?.count} of ${share?.base} respondents`);
    expect(shown?.textContent).toContain(share?.measure.en);
    expect(shown?.textContent).toContain(`Source: ${share?.source}`);
    expect(within(validation as HTMLElement).getByText(/Addresses a challenge met frequently or always: “/)).toBeTruthy();
  });

  it('says when a step’s target is the team’s own, not the default', async () => {
    // The team wants feature management automated (its default target is manual).
    const result = scoreResponse(amorim2023v2, ANSWERS, { targets: { feature_management: 'automated' } });
    serve(result);
    renderWithProviders(<ResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} responseId={RESPONSE_ID} />);
    await drawn();
    const step = result.roadmap.find((s) => s.practiceId === 'feature_management');
    expect(step?.targetSource).toBe('team');
    const shown = section('Roadmap').querySelector('[data-step="feature_management"]');
    expect(shown?.querySelector('summary')?.textContent).toContain('wanted automated');
    expect(shown?.textContent).toContain('Your team’s own target (set by its managers).');
    expect(section('Roadmap').querySelector('[data-step="data_validation"]')?.textContent).toContain('The default target for this practice.');
  });

  it('words each state of a step distinctly: not answered, don’t know, manual', async () => {
    await open(ANSWERS);
    const roadmap = section('Roadmap');
    const now = (id: string) => roadmap.querySelector(`[data-step="${id}"] .step-state .state`)?.textContent;
    expect(now('data_validation')).toBe('not answered');
    expect(now('retraining')).toBe('don’t know');
    expect(now('training_pipeline')).toBe('manual');
  });

  it('lists the gaps in the engine’s order, with foundation gaps labelled and shares with their relation', async () => {
    const result = await open(ANSWERS);
    const gaps = section('Gaps, in the order to work on them');
    const shown = [...gaps.querySelectorAll('[data-gap]')].map((element) => element.getAttribute('data-gap'));
    expect(shown).toEqual(result.gaps.map((gap) => gap.id));
    const foundation = gaps.querySelector('[data-gap="foundation:training_pipeline"]');
    expect(foundation?.textContent).toContain('Missing foundation');
    // One respondent: no "n of N respondents" on any gap.
    expect(gaps.querySelector('[data-respondents]')).toBeNull();
    const hotspot = gaps.querySelector('[data-gap="hotspot:data_problems.insufficient_data"]');
    expect(hotspot?.querySelector('.share')?.getAttribute('data-relation')).toBe('same');
    expect(hotspot?.textContent).toContain('same measure');
    expect(hotspot?.textContent).toContain('§5.3, Fig. 6');
    expect(gaps.querySelector('[data-gap="hotspot:data_problems.data_access"]')?.textContent).toContain('The paper reports no share for this.');
  });

  it('gives every dimension score with how many of its signals were answered, and no number without enough answers', async () => {
    const result = await open(ANSWERS);
    const dimensions = section('Scores by dimension');
    expect(result.dimensions.some((d) => d.score === null)).toBe(true);
    for (const dimension of result.dimensions) {
      const row = dimensions.querySelector(`[data-dimension="${dimension.id}"]`);
      expect(row?.textContent).toContain(`${dimension.answered} of ${dimension.signals} answered`);
      if (dimension.score === null) {
        expect(row?.textContent).toContain('not enough answers');
        expect(row?.textContent).not.toMatch(/\d+\/100/);
      } else {
        expect(row?.textContent).toContain(`${dimension.score}/100`);
      }
    }
    expect(within(dimensions).getByRole('img').getAttribute('aria-label')).toContain('Governance not enough answers');
  });

  it('says plainly when level 4 is held back, naming each automation and its missing foundation', async () => {
    const result = await open(CAPPED);
    expect(result.cap).not.toBeNull();
    expect(result.level).toBe(3);
    const cap = screen.getByTestId('level-cap');
    expect(cap.textContent).toContain('The level-4 gates are met, but level 4 is held back: level 3 is shown');
    // The reasons' list is lazy (the practice model stays out of the page's first load).
    await waitFor(() => expect(cap.querySelector('li[data-cap]')).not.toBeNull());
    for (const reason of result.cap?.reasons ?? []) {
      const item = cap.querySelector(`[data-cap="${reason.practiceId}"][data-foundation="${reason.foundationId}"]`);
      expect(item?.textContent).toContain(reason.reason.en);
    }
    expect(cap.querySelector('[data-cap="retraining"][data-foundation="training_pipeline"]')?.textContent).toContain(
      `${getPractice('retraining')?.title.en}: answered “automated”, but it rests on Training pipeline, whose state is “absent”.`,
    );
    expect(cap.querySelector('[data-cap="deployment"][data-foundation="ci_cd"]')?.textContent).toContain('CI/CD, whose state is “not answered”');
  });

  it('renders an engine-1 result as it was stored: a note, no roadmap, no evidence counts', async () => {
    const stored = LegacyResultSchema.parse(asEngine1Result(JSON.parse(JSON.stringify(score(ANSWERS))) as Record<string, unknown>, '1.0.0'));
    serve(stored);
    renderWithProviders(<ResultPage workspaceId={WORKSPACE_ID} assessmentId={ASSESSMENT_ID} responseId={RESPONSE_ID} />);
    await drawn();
    expect(screen.getByTestId('legacy-note').textContent).toContain('computed by scoring engine 1.0.0');
    expect(screen.getByTestId('legacy-note').textContent).toContain('no roadmap');
    // Recomputing is a team-result action: the individual page does not offer it.
    expect(screen.queryByText(/can recompute/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Roadmap' })).toBeNull();
    expect(section('Scores by dimension').textContent).not.toMatch(/answered/);
    expect(section('Gaps, in the order to work on them').textContent).toContain('Engine 1.0.0 did not record whether the paper counts the same thing.');
    expect(within(section('Maturity level')).getByText('Level 3, could be level 4')).toBeTruthy();
  });

  it('shows a single level without a range when no answer is "don\'t know"', async () => {
    await open({ ...ANSWERS, retraining: 'manual' });
    expect(within(section('Maturity level')).getByText('Level 3', { selector: '.level' })).toBeTruthy();
  });

  it('speaks Portuguese when the reader does, the roadmap included', async () => {
    await open(ANSWERS, 'pt-BR');
    expect(screen.getByText('Nível 3, podendo ser nível 4')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Por que este nível' })).toBeTruthy();
    const roadmap = section('Roteiro');
    expect(within(roadmap).getByRole('heading', { level: 3, name: 'Fundamentos' })).toBeTruthy();
    expect(roadmap.querySelector('[data-step="data_validation"] summary')?.textContent).toMatch(
      /^Passo 1 Validação de dados hoje sem resposta → , desejado automatizada esforço M$/,
    );
    expect(roadmap.querySelector('[data-step="retraining"] .state')?.textContent).toBe('não sei');
    expect(section('Pontuação por dimensão').textContent).toContain('respostas insuficientes');
  });
});
