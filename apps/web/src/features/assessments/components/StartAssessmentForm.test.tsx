import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CreateAssessmentBody } from '@assay/contracts';
import { renderWithProviders } from '../../../test/render.tsx';
import { StartAssessmentForm } from './StartAssessmentForm.tsx';

describe('StartAssessmentForm', () => {
  it('offers to prefill from the previous round, off unless chosen, and sends the choice', async () => {
    const onStart = vi.fn<(body: CreateAssessmentBody) => void>();
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<StartAssessmentForm pending={false} onStart={onStart} />);
    const option = screen.getByRole('checkbox', { name: 'Start each member from their previous answers' });
    expect((option as HTMLInputElement).checked).toBe(false);
    // Its hint says what it does, and is read with it.
    const hint = screen.getByText(/confirms or changes the answers of their last submitted response/);
    expect(option.getAttribute('aria-describedby')).toBe(hint.id);
    await user.click(screen.getByRole('button', { name: 'Start an assessment' }));
    expect(onStart).toHaveBeenLastCalledWith(expect.objectContaining({ prefill: false }));
    await user.click(option);
    await user.clear(screen.getByLabelText('Title of the new assessment'));
    await user.type(screen.getByLabelText('Title of the new assessment'), 'Round 2');
    await user.click(screen.getByRole('button', { name: 'Start an assessment' }));
    expect(onStart).toHaveBeenLastCalledWith({ title: 'Round 2', prefill: true });
    unmount();
    renderWithProviders(<StartAssessmentForm pending={false} onStart={onStart} />, { locale: 'pt-BR' });
    expect(screen.getByRole('checkbox', { name: 'Começar cada membro pelas respostas anteriores' })).toBeTruthy();
  });
});
