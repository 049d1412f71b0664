import { wrapLabel } from '../../results/components/DimensionChart.tsx';

/**
 * An assessment's label under a team chart: its title in short lines, then its closing date (two
 * rounds closed the same day stay apart). chart.js draws each array entry on its own line.
 */
export function pointLabel(title: string, closed: string): string[] {
  return [...wrapLabel(title, 14), closed];
}
