import type { ReactNode } from 'react';
import { DIMENSIONS } from '@assay/domain';
import type { DashboardTeam } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { DashboardWords } from '../words.ts';

/**
 * A cell's background for a score 0–100: the brand hue, lighter for lower scores (the number is
 * always printed). Lightness stays within 95–50%, where the ink colour keeps a contrast of at least
 * 4.5:1 (WCAG AA); a darker band would need white text and pass neither way in between.
 */
export function heatColour(score: number): { background: string; color: string } {
  const lightness = Math.round(95 - (score / 100) * 45);
  return { background: `hsl(193 60% ${lightness}%)`, color: '#1f2933' };
}

/**
 * Teams × dimensions of the latest shown result, as a real table: the score printed in each cell,
 * colour only as a second cue. It scrolls sideways inside its own box on a narrow screen.
 */
export function DimensionHeatmap({ teams, w }: { teams: readonly DashboardTeam[]; w: DashboardWords }): ReactNode {
  const { text } = useI18n();
  if (!teams.some((team) => team.dimensions.length > 0)) return <p className="muted">{w('dashboard.heatmap.empty')}</p>;
  return (
    <>
      <p className="small muted">{w('dashboard.heatmap.caption')}</p>
      <div className="table-scroll heatmap-scroll" tabIndex={0} role="region" aria-labelledby="heatmap-heading">
      <table className="heatmap">
        <caption className="visually-hidden">{w('dashboard.heatmap.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{w('dashboard.col.team')}</th>
            {DIMENSIONS.map((dimension) => (
              <th key={dimension.id} scope="col" className="num">
                {text(dimension.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => {
            const scores = new Map(team.dimensions.map((d) => [d.id, d.score]));
            return (
              <tr key={team.teamId}>
                <th scope="row">{team.name}</th>
                {DIMENSIONS.map((dimension) => {
                  const score = scores.get(dimension.id as DashboardTeam['dimensions'][number]['id']);
                  if (score === undefined || score === null) {
                    const why = team.dimensions.length === 0 ? w('dashboard.heatmap.noResult') : w('dashboard.heatmap.noScore');
                    return (
                      <td key={dimension.id} className="num muted" title={why}>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{why}</span>
                      </td>
                    );
                  }
                  return (
                    <td key={dimension.id} className="num heat" style={heatColour(score)}>
                      {score}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
}
