import type { ReactNode } from 'react';
import type { TeamHistory } from '@assay/contracts';
import { DIMENSIONS, GATES } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

type Change = NonNullable<TeamHistory['change']>;

/** What changed from the assessment before the latest to the latest: level, gaps, dimension scores. */
export function ChangeSinceLast({ change }: { change: Change }): ReactNode {
  const { t, text } = useI18n();
  const gateTitle = (id: string): string => {
    const gate = GATES.find((g) => g.id === id);
    return gate ? text(gate.title) : id;
  };
  const dimensionLabel = (id: string): string => {
    const dimension = DIMENSIONS.find((d) => d.id === id);
    return dimension ? text(dimension.label) : id;
  };
  const { comparison } = change;
  const moved = comparison.dimensions.filter((d) => d.delta !== null && d.delta !== 0);
  return (
    <div className="stack" data-testid="team-change">
      <h3>{t('change.title')}</h3>
      <p>
        {comparison.levelChange === 0
          ? t('change.levelSame', { level: comparison.currentLevel })
          : t('change.levelMoved', { from: comparison.previousLevel, to: comparison.currentLevel })}
      </p>
      {(comparison.engineChanged || comparison.questionnaireChanged) && <p className="alert warn small">{t('change.versions')}</p>}
      {comparison.gatesNewlyPassed.length > 0 && <p>{t('change.gatesPassed', { gates: comparison.gatesNewlyPassed.map(gateTitle).join(', ') })}</p>}
      {comparison.gatesNewlyFailed.length > 0 && <p>{t('change.gatesFailed', { gates: comparison.gatesNewlyFailed.map(gateTitle).join(', ') })}</p>}
      {comparison.gapsResolved.length > 0 && (
        <div>
          <p>{t('change.gapsResolved')}</p>
          <ul>
            {comparison.gapsResolved.map((gap) => (
              <li key={gap.id}>{text(gap.title)}</li>
            ))}
          </ul>
        </div>
      )}
      {comparison.gapsNew.length > 0 && (
        <div>
          <p>{t('change.gapsNew')}</p>
          <ul>
            {comparison.gapsNew.map((gap) => (
              <li key={gap.id}>{text(gap.title)}</li>
            ))}
          </ul>
        </div>
      )}
      {moved.length > 0 && (
        <table>
          <caption>{t('change.dimensions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.dimension')}</th>
              <th scope="col" className="num">{t('change.before')}</th>
              <th scope="col" className="num">{t('change.after')}</th>
              <th scope="col" className="num">{t('change.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {moved.map((d) => (
              <tr key={d.id}>
                <th scope="row">{dimensionLabel(d.id)}</th>
                <td className="num">{d.previous ?? '—'}</td>
                <td className="num">{d.current ?? '—'}</td>
                <td className="num">{d.delta !== null && d.delta > 0 ? `+${d.delta}` : d.delta}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
