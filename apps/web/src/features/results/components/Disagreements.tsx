import type { ReactNode } from 'react';
import type { DisagreementDto } from '@assay/contracts';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { answerText, questionText } from '../answer-text.ts';
import { useResultWords } from '../words.ts';

/**
 * Where respondents of a team answered differently, in the engine's order: by what the question
 * decides (gate questions first; engine 2 says so with `group`), then largest spread.
 */
export function Disagreements({ disagreements, questionnaire }: {
  disagreements: readonly (Omit<DisagreementDto, 'group'> & { group?: DisagreementDto['group'] })[];
  questionnaire: Questionnaire;
}): ReactNode {
  const i18n = useI18n();
  const { t, percent } = i18n;
  const words = useResultWords();
  return (
    <section className="card" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading" style={{ marginTop: 0 }}>
        {t('result.disagreements')}
      </h2>
      {disagreements.length === 0 ? (
        <p>{t('result.noDisagreements')}</p>
      ) : (
        <div className="table-scroll">
        <table className="disagreements">
          <thead>
            <tr>
              <th scope="col">{t('result.question')}</th>
              <th scope="col">{t('result.answersGiven')}</th>
              <th scope="col" className="num">{t('result.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {disagreements.map((d) => (
              <tr key={`${d.questionId}:${d.itemId ?? ''}`}>
                <th scope="row" data-group={d.group}>
                  {questionText(i18n, questionnaire, d.questionId, d.itemId)}
                  {/* On a line of its own, in plain text: a badge cannot wrap, and widened the table past a phone's width. */}
                  {d.group !== undefined && <span className="small muted block plain-weight">{words(`disagreement.group.${d.group}`)}</span>}
                </th>
                <td>
                  <ul className="plain small">
                    {Object.entries(d.distribution).map(([key, count]) => (
                      <li key={key}>
                        {answerText(i18n, questionnaire, d.questionId, parseKey(key))} — {t('result.respondentsCount', { count, total: d.respondents })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="num">{percent(Math.round(d.spread * 1000) / 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

/** Distribution keys are "a stable key of the answer": JSON for lists, the value itself otherwise. */
function parseKey(key: string): string | number | string[] {
  if (key.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(key);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed;
    } catch {
      // Not JSON after all: show the key as it is.
    }
  }
  return key;
}
