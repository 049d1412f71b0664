import type { ReactNode } from 'react';
import type { FreeTextAnswer } from '@assay/contracts';
import { amorim2023v1 } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

/** The free-text answers of a team, as the API gives them: without names, in an order it shuffled. */
export function FreeText({ answers }: { answers: readonly FreeTextAnswer[] }): ReactNode {
  const { t, text } = useI18n();
  const questions = amorim2023v1.questions.filter((q) => q.kind === 'text');
  return (
    <section className="card" aria-labelledby="free-text-heading">
      <h2 id="free-text-heading" className="flush">
        {t('result.freeText')}
      </h2>
      {questions.map((question) => {
        const given = answers.filter((a) => a.questionId === question.id);
        return (
          <div key={question.id}>
            <p className="hint">{t('result.freeTextLead', { question: text(question.prompt) })}</p>
            {given.length === 0 ? (
              <p className="muted">{t('result.noFreeText')}</p>
            ) : (
              <ul className="plain" data-free-text={question.id}>
                {given.map((answer, index) => (
                  // The text may repeat; its place in this shuffled list is its only identity.
                  <li key={index}>{answer.text}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
