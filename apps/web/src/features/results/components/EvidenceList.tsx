import type { ReactNode } from 'react';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { labelled, questionText } from '../answer-text.ts';
import { evidenceAnswer, type Quoted, type QuotedAnswers } from '../evidence.ts';
import { useResultWords } from '../words.ts';

/** The answers behind a figure: each question's prompt and the answer's label, or why there is none. */
export function EvidenceList({ evidence, questionnaire, quoted, className = 'small' }: {
  evidence: readonly Quoted[];
  questionnaire: Questionnaire;
  quoted: QuotedAnswers;
  className?: string;
}): ReactNode {
  const i18n = useI18n();
  const words = useResultWords();
  return (
    <ul className={className}>
      {evidence.map((e) => (
        <li key={`${e.questionId}:${e.itemId ?? ''}`} data-evidence={e.questionId} data-answered={e.answer !== null}>
          {labelled(questionText(i18n, questionnaire, e.questionId, e.itemId))}{' '}
          <strong>{evidenceAnswer(i18n, words, questionnaire, e, quoted)}</strong>
        </li>
      ))}
    </ul>
  );
}
