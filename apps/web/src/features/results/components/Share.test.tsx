import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { PrevalenceDto } from '@assay/contracts';
import { amorim2023v2, scoreResponse } from '@assay/domain';
import { renderWithProviders } from '../../../test/render.tsx';
import { Share } from './Share.tsx';

/** A share the real engine cites (data validation's), then the same count with each relation and status. */
const cited = scoreResponse(amorim2023v2, { data_problems: { insufficient_data: 'frequently' } }).roadmap.find(
  (step) => step.practiceId === 'data_validation',
)?.share;

function show(share: PrevalenceDto, locale: 'en' | 'pt-BR' = 'en'): HTMLElement {
  const { container } = renderWithProviders(<Share share={share} engineVersion="2.0.0" />, { locale });
  const paragraph = container.querySelector<HTMLElement>('.share');
  if (!paragraph) throw new Error('no share shown');
  return paragraph;
}

describe('Share', () => {
  if (!cited) throw new Error('the engine cites no share for data validation');
  const base = JSON.parse(JSON.stringify(cited)) as PrevalenceDto;

  it.each([
    ['same', 'same measure', null],
    ['related', 'related measure', 'The paper counts something close to this, not the same thing.'],
    ['upper_bound', 'at most', 'At most that many are in the same situation.'],
    ['lower_bound', 'at least', 'At least that many are in the same situation.'],
  ] as const)('words the relation %s', (relation, badge, note) => {
    const paragraph = show({ ...base, relation });
    expect(paragraph.querySelector('.badge')?.textContent).toBe(badge);
    expect(paragraph.textContent).toContain(`${base.count} of ${base.base} respondents`);
    expect(paragraph.textContent).toContain(base.measure.en);
    expect(paragraph.textContent).toContain(`Source: ${base.source}.`);
    if (note) expect(paragraph.textContent).toContain(note);
  });

  it('computes the percentage from count and base', () => {
    const paragraph = show({ ...base, count: 26, base: 66, percent: 44 });
    expect(paragraph.textContent).toContain('26 of 66 respondents (39.4%)');
  });

  it('marks a derived count, and only a derived one', () => {
    expect(show({ ...base, status: 'derived' }).textContent).toContain('derived');
    expect(screen.getByTitle('Not printed in the paper: computed from counts it reports.')).toBeTruthy();
    expect(show({ ...base, status: 'reported' }).textContent).not.toContain('derived');
  });

  it('speaks Portuguese', () => {
    const paragraph = show({ ...base, relation: 'upper_bound' }, 'pt-BR');
    expect(paragraph.textContent).toContain('no máximo');
    expect(paragraph.textContent).toContain(base.measure['pt-BR']);
    expect(paragraph.textContent).toContain(`${base.count} de ${base.base} participantes`);
  });
});
