import type { ReactNode } from 'react';
import type { GapDto } from '@assay/contracts';
import { percentOf, type Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { answerText, labelled, questionText } from '../answer-text.ts';

const KIND_BADGE: Record<GapDto['kind'], string> = { blocker: 'bad', hotspot: 'warn', inconsistency: '' };

function Prevalence({ gap }: { gap: GapDto }): ReactNode {
  const { t, percent } = useI18n();
  if (!gap.prevalence) return <p className="small muted">{t('gap.noPrevalence')}</p>;
  const { count, base, source } = gap.prevalence;
  // The share is computed from count and base, never taken from a stored percentage.
  return <p className="small">{t('gap.prevalence', { count, base, percent: percent(percentOf(count, base)), source })}</p>;
}

/** The gaps in the order the work must be done (as the engine returns them). */
export function GapList({ gaps, questionnaire }: { gaps: readonly GapDto[]; questionnaire: Questionnaire }): ReactNode {
  const i18n = useI18n();
  const { t, text } = i18n;
  return (
    <section className="card" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" style={{ marginTop: 0 }}>
        {t('result.gaps')}
      </h2>
      {gaps.length === 0 ? (
        <p>{t('result.noGaps')}</p>
      ) : (
        <ol className="stack">
          {gaps.map((gap) => (
            <li key={gap.id} data-gap={gap.id}>
              <div className="gate">
                <span className={`badge gap-kind ${KIND_BADGE[gap.kind]}`}>{t(`gap.kind.${gap.kind}`)}</span>
                <strong>{text(gap.title)}</strong>
              </div>
              <p className="small">{text(gap.detail)}</p>
              <p className="small">{t('result.practice', { practice: text(gap.practice) })}</p>
              <Prevalence gap={gap} />
              {gap.evidence.length > 0 && (
                <details className="small">
                  <summary>{t('gap.evidence')}</summary>
                  <ul>
                    {gap.evidence.map((evidence) => (
                      <li key={`${evidence.questionId}:${evidence.itemId ?? ''}`}>
                        {labelled(questionText(i18n, questionnaire, evidence.questionId, evidence.itemId))}{' '}
                        {answerText(i18n, questionnaire, evidence.questionId, evidence.answer, evidence.itemId)}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
