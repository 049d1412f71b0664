import type { ReactNode } from 'react';
import type { Answer, Question } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { MultipleChoice, SingleChoice } from './ChoiceQuestion.tsx';
import { FrequencyMatrix } from './FrequencyMatrix.tsx';
import { NumberField } from './NumberQuestion.tsx';
import { PracticeChoice } from './PracticeQuestion.tsx';
import { TextField } from './TextQuestion.tsx';
import type { SaveTiming } from './field-props.ts';

export interface QuestionFieldProps {
  readonly question: Question;
  readonly value: Answer | undefined;
  readonly onChange: (questionId: string, value: Answer | null, timing: SaveTiming) => void;
  /** The API's message about this answer, shown next to it. */
  readonly problem?: string | undefined;
  /** The answer came from the person's previous response and is not confirmed or changed yet. */
  readonly prefilled?: boolean;
}

export const questionInputId = (questionId: string): string => `q-${questionId}`;

function Input({ question, value, change, inputId, errorId }: {
  question: Question;
  value: Answer | undefined;
  change: (value: Answer | null, timing: SaveTiming) => void;
  inputId: string;
  errorId: string | undefined;
}): ReactNode {
  const props = { value, onChange: change, inputId, errorId };
  switch (question.kind) {
    case 'single':
      return <SingleChoice question={question} {...props} />;
    case 'multiple':
      return <MultipleChoice question={question} {...props} />;
    case 'frequency':
      return <FrequencyMatrix question={question} {...props} />;
    case 'practice':
      return <PracticeChoice question={question} {...props} />;
    case 'number':
      return <NumberField question={question} {...props} />;
    case 'text':
      return <TextField question={question} {...props} />;
  }
}

/** One question: its prompt, help, input and the API's message about it. */
export function QuestionField({ question, value, onChange, problem, prefilled = false }: QuestionFieldProps): ReactNode {
  const { t, text } = useI18n();
  const inputId = questionInputId(question.id);
  const errorId = problem ? `${inputId}-error` : undefined;
  const prefilledId = prefilled ? `${inputId}-prefilled` : undefined;
  return (
    <section
      className={`question${problem ? ' invalid' : ''}${prefilled ? ' prefilled' : ''}`}
      aria-labelledby={`${inputId}-prompt`}
      aria-describedby={[prefilledId, errorId].filter(Boolean).join(' ') || undefined}
      data-question={question.id}
    >
      <p className="prompt" id={`${inputId}-prompt`}>
        {question.number !== null && <span className="muted">{question.number}. </span>}
        {text(question.prompt)}
        {!question.required && <span className="muted small"> ({t('question.optional')})</span>}
      </p>
      {question.help && <p className="hint">{text(question.help)}</p>}
      {prefilled && (
        <p className="prefill-mark small" id={prefilledId}>
          {t('prefill.marked')}
        </p>
      )}
      <Input question={question} value={value} change={(next, timing) => onChange(question.id, next, timing)} inputId={inputId} errorId={errorId} />
      {problem && (
        <p className="field-error" id={errorId} role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
