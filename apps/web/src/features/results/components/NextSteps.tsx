import type { ReactNode } from 'react';
import type { StoredResultDto } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

/** For each level above the team's, the gates still unmet and the practice that gets through each. */
export function NextSteps({ result }: { result: StoredResultDto }): ReactNode {
  const { t, text } = useI18n();
  return (
    <section className="card" aria-labelledby="next-heading">
      <h2 id="next-heading" style={{ marginTop: 0 }}>
        {t('result.nextSteps')}
      </h2>
      {result.nextSteps.length === 0 ? (
        <p>{t('result.topLevel')}</p>
      ) : (
        result.nextSteps.map((step) => (
          <div key={step.level}>
            <h3>{t('result.toReach', { level: step.level })}</h3>
            <ol>
              {step.unmetGates.map((gate) => (
                <li key={gate.id}>
                  <strong>{text(gate.title)}</strong>: {text(gate.requirement)}{' '}
                  <span className="muted">{t('result.practice', { practice: text(gate.practice) })}</span>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
