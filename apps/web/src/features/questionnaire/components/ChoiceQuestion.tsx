import type { ReactNode } from 'react';
import { DONT_KNOW, type Answer, type MultipleQuestion, type SingleQuestion } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { FieldProps } from './field-props.ts';

/** One option among several: a radio group, with "don't know" as its last, separate choice. */
export function SingleChoice({ question, value, onChange, inputId, errorId }: FieldProps<SingleQuestion>): ReactNode {
  const { t, text } = useI18n();
  const name = inputId;
  return (
    <div role="radiogroup" aria-labelledby={`${inputId}-prompt`} aria-describedby={errorId}>
      {question.options.map((option, index) => (
        <label key={option.id} className="choice">
          <input
            type="radio"
            id={index === 0 ? inputId : undefined}
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id, 'now')}
          />
          <span>{text(option.label)}</span>
        </label>
      ))}
      {question.allowDontKnow && (
        <label className="choice dont-know">
          <input type="radio" name={name} value={DONT_KNOW} checked={value === DONT_KNOW} onChange={() => onChange(DONT_KNOW, 'now')} />
          <span>{t('question.dontKnow')}</span>
        </label>
      )}
    </div>
  );
}

function selectedOptions(value: Answer | undefined): readonly string[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Several options: checkboxes. "Don't know" replaces the whole answer, so ticking it clears the
 * options and ticking an option clears it. Unticking the last option clears the answer (null),
 * since the domain rejects an empty list.
 */
export function MultipleChoice({ question, value, onChange, inputId, errorId }: FieldProps<MultipleQuestion>): ReactNode {
  const { t, text } = useI18n();
  const selected = selectedOptions(value);
  const limit = question.maxSelected;
  const toggle = (optionId: string, checked: boolean): void => {
    const next = checked ? [...selected, optionId] : selected.filter((id) => id !== optionId);
    // Keep the questionnaire's order so the stored answer does not depend on click order.
    const ordered = question.options.map((option) => option.id).filter((id) => next.includes(id));
    onChange(ordered.length > 0 ? ordered : null, 'now');
  };
  return (
    <div role="group" aria-labelledby={`${inputId}-prompt`} aria-describedby={errorId}>
      {limit !== undefined && limit < question.options.length && (
        <p className="hint">{t('question.pickAtMost', { count: limit })}</p>
      )}
      {question.options.map((option, index) => {
        const checked = selected.includes(option.id);
        return (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              id={index === 0 ? inputId : undefined}
              value={option.id}
              checked={checked}
              disabled={!checked && limit !== undefined && selected.length >= limit}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <span>{text(option.label)}</span>
          </label>
        );
      })}
      {question.allowDontKnow && (
        <label className="choice dont-know">
          <input
            type="checkbox"
            checked={value === DONT_KNOW}
            onChange={(event) => onChange(event.target.checked ? DONT_KNOW : null, 'now')}
          />
          <span>{t('question.dontKnow')}</span>
        </label>
      )}
    </div>
  );
}
