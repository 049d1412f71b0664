import type { ReactNode } from 'react';
import type { DisagreementDto } from '@assay/contracts';
import { DONT_KNOW, type Answer, type Questionnaire } from '@assay/domain';
import { useI18n, type I18n } from '../../../lib/i18n/i18n.tsx';
import { answerText, questionText } from '../answer-text.ts';
import { useResultWords } from '../words.ts';

/** Disagreements shown before "show the others": enough for what decides the level, short on a phone. */
export const DISAGREEMENTS_SHOWN = 8;

/**
 * Where respondents of a team answered differently, in the order the result gives (the engine
 * puts what decides the level first). Each is the question and one line of answers with how many
 * gave each, so it stays a few lines tall on a phone; past the first few, the rest fold away.
 */
/** An engine-1 disagreement has no `group` (what the question decides). */
type AnyDisagreement = Omit<DisagreementDto, 'group'> & { group?: DisagreementDto['group'] };

export function Disagreements({ disagreements, questionnaire }: {
  disagreements: readonly AnyDisagreement[];
  questionnaire: Questionnaire;
}): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const first = disagreements.slice(0, DISAGREEMENTS_SHOWN);
  const rest = disagreements.slice(DISAGREEMENTS_SHOWN);
  return (
    <section className="card" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading" style={{ marginTop: 0 }}>
        {t('result.disagreements')}
      </h2>
      {disagreements.length === 0 ? (
        <p>{t('result.noDisagreements')}</p>
      ) : (
        <>
          <DisagreementList items={first} questionnaire={questionnaire} i18n={i18n} />
          {rest.length > 0 && (
            <details>
              <summary>{i18n.plural('result.moreDisagreements', rest.length)}</summary>
              <DisagreementList items={rest} questionnaire={questionnaire} i18n={i18n} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

function DisagreementList({ items, questionnaire, i18n }: { items: readonly AnyDisagreement[]; questionnaire: Questionnaire; i18n: I18n }): ReactNode {
  const { t, percent } = i18n;
  const words = useResultWords();
  return (
    <ul className="plain disagreements">
      {items.map((d) => (
        <li key={`${d.questionId}:${d.itemId ?? ''}`} data-question={d.questionId} data-group={d.group}>
          <div className="row spread nowrap-top">
            <span className="disagreement-question">{questionText(i18n, questionnaire, d.questionId, d.itemId)}</span>
            <span className="badge warn" title={t('result.spread')}>
              <span className="visually-hidden">{t('result.spread')}: </span>
              {percent(Math.round(d.spread * 1000) / 10)}
            </span>
          </div>
          {/* What the question decides (engine 2), in plain text: a badge cannot wrap on a phone. */}
          {d.group !== undefined && <span className="small muted block plain-weight">{words(`disagreement.group.${d.group}`)}</span>}
          <ul className="answer-counts small" aria-label={t('result.answersGiven')}>
            {Object.entries(d.distribution).map(([key, count]) => (
              <li key={key}>
                {answerText(i18n, questionnaire, d.questionId, answerOfKey(questionnaire, d.questionId, key))}{' '}
                <span className="muted">{t('result.respondentsCount', { count, total: d.respondents })}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * The answer a distribution key stands for. The engine keys a multiple-choice answer by its
 * option ids joined with commas (`cloud,local`), every other answer by the value itself; "don't
 * know" is its own key.
 */
export function answerOfKey(questionnaire: Questionnaire, questionId: string, key: string): Answer {
  const question = questionnaire.questions.find((q) => q.id === questionId);
  if (question?.kind === 'multiple' && key !== DONT_KNOW) return key.split(',');
  if (question?.kind === 'number' && key !== DONT_KNOW && key.trim() !== '' && Number.isFinite(Number(key))) return Number(key);
  return key;
}
