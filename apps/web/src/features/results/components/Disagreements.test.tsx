import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { amorim2023v1 } from '@assay/domain';
import type { DisagreementDto } from '@assay/contracts';
import { renderWithProviders } from '../../../test/render.tsx';
import { answerOfKey, Disagreements, DISAGREEMENTS_SHOWN } from './Disagreements.tsx';

/** Distributions as the engine writes them: a multiple choice keyed by its option ids joined with commas. */
const MULTIPLE: DisagreementDto = {
  questionId: 'model_consumption',
  group: 'gate',
  distribution: { 'api,notebook': 1, api: 1, 'batch,notebook': 1, dont_know: 1 },
  respondents: 4,
  spread: 1,
};
const PRACTICE: DisagreementDto = { questionId: 'retraining', group: 'gate', distribution: { automated: 2, absent: 1 }, respondents: 3, spread: 0.5 };

describe('Disagreements', () => {
  it('names every option of a multiple-choice answer by its label, in Portuguese, never by its id', () => {
    renderWithProviders(<Disagreements disagreements={[MULTIPLE, PRACTICE]} questionnaire={amorim2023v1} />, { locale: 'pt-BR' });
    const item = screen.getByText('Como os modelos em produção são consumidos?').closest('li')!;
    const answers = within(item).getByRole('list', { name: 'Respostas dadas' });
    const lines = within(answers).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Via API, Como scripts em formato jupyter notebook executados pelos usuários finais 1 de 4',
      'Via API 1 de 4',
      'Como aplicações de processamento em lote (batch), Como scripts em formato jupyter notebook executados pelos usuários finais 1 de 4',
      'Não sei 1 de 4',
    ]);
    expect(item.textContent).not.toMatch(/api,|batch,|dont_know/);
    expect(screen.getByText('Automatizado')).toBeTruthy();
  });

  it('keeps the order the result gives and folds away all but the first few', () => {
    const many: DisagreementDto[] = amorim2023v1.questions
      .filter((q) => q.kind === 'practice')
      .map((q) => ({ questionId: q.id, group: 'practice' as const, distribution: { automated: 1, absent: 1 }, respondents: 2, spread: 1 }));
    expect(many.length).toBeGreaterThan(DISAGREEMENTS_SHOWN);
    renderWithProviders(<Disagreements disagreements={many} questionnaire={amorim2023v1} />);
    const items = document.querySelectorAll('li[data-question]');
    expect([...items].map((li) => li.getAttribute('data-question'))).toEqual(many.map((d) => d.questionId));
    const folded = document.querySelector('details')!;
    expect(folded.querySelectorAll('li[data-question]')).toHaveLength(many.length - DISAGREEMENTS_SHOWN);
    const rest = many.length - DISAGREEMENTS_SHOWN;
    expect(folded.querySelector('summary')!.textContent).toBe(`Show ${rest} more question${rest === 1 ? '' : 's'} where they disagree`);
  });

  it('reads a distribution key back into the answer it stands for', () => {
    expect(answerOfKey(amorim2023v1, 'model_consumption', 'api,batch')).toEqual(['api', 'batch']);
    expect(answerOfKey(amorim2023v1, 'model_consumption', 'dont_know')).toBe('dont_know');
    expect(answerOfKey(amorim2023v1, 'retraining', 'automated')).toBe('automated');
  });
});
