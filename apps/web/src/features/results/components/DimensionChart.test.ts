import { describe, expect, it } from 'vitest';
import { wrapLabel } from './DimensionChart.tsx';

describe('wrapLabel', () => {
  it.each([
    ['Data', ['Data']],
    ['Team and organisation', ['Team and', 'organisation']],
    ['Experimentation and reproducibility', ['Experimentation', 'and', 'reproducibility']],
    ['Experimentação e reprodutibilidade', ['Experimentação e', 'reprodutibilidade']],
  ])('%s', (label, lines) => {
    expect(wrapLabel(label)).toEqual(lines);
  });

  it('keeps a word longer than the width whole, on its own line', () => {
    expect(wrapLabel('a supercalifragilistic b', 8)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});
