import { describe, expect, it } from 'vitest';
import { radarConfig, wrapLabel } from './DimensionChart.tsx';

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

describe('radarConfig', () => {
  it('keeps a dimension without a score null (chart.js leaves the point out) instead of plotting it at 0, and says why on its axis', () => {
    const dimensions = [
      { id: 'data', label: { en: 'Data', 'pt-BR': 'Dados' }, score: 40, answered: 4, signals: 7 },
      { id: 'governance', label: { en: 'Governance', 'pt-BR': 'Governança' }, score: null, answered: 1, signals: 4 },
      { id: 'monitoring', label: { en: 'Monitoring', 'pt-BR': 'Monitoramento' }, score: 0, answered: 5, signals: 5 },
    ];
    const config = radarConfig(dimensions, (d) => d.label.en, 'Score', 'not enough answers');
    expect(config.data.datasets[0]?.data).toEqual([40, null, 0]);
    expect(config.data.datasets[0]?.spanGaps).toBe(false);
    expect(config.data.labels?.[1]).toEqual(['Governance (not', 'enough answers)']);
    expect(config.data.labels?.[2]).toEqual(['Monitoring']);
  });
});
