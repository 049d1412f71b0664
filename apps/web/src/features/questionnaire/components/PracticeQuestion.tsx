import type { ReactNode } from 'react';
import { DONT_KNOW, PRACTICE_STATES, type PracticeQuestion } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { FieldProps } from './field-props.ts';

/** A practice as a state, never a yes/no: absent, manual (and documented), automated. */
export function PracticeChoice({ question, value, onChange, inputId, errorId }: FieldProps<PracticeQuestion>): ReactNode {
  const { t, text } = useI18n();
  return (
    <div role="radiogroup" aria-labelledby={`${inputId}-prompt`} aria-describedby={errorId}>
      {PRACTICE_STATES.map((state, index) => (
        <label key={state} className="choice">
          <input
            type="radio"
            id={index === 0 ? inputId : undefined}
            name={inputId}
            value={state}
            checked={value === state}
            onChange={() => onChange(state, 'now')}
          />
          <span>
            <strong>{t(`practice.${state}`)}</strong> — {text(question.states[state])}
          </span>
        </label>
      ))}
      {question.allowDontKnow && (
        <label className="choice dont-know">
          <input type="radio" name={inputId} value={DONT_KNOW} checked={value === DONT_KNOW} onChange={() => onChange(DONT_KNOW, 'now')} />
          <span>{t('question.dontKnow')}</span>
        </label>
      )}
    </div>
  );
}
