import { useState, type ReactNode } from 'react';
import { DONT_KNOW, type NumberQuestion } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { FieldProps } from './field-props.ts';

/**
 * A number typed freely; saved when typing pauses. What the person typed stays in the box even
 * when it is not a number yet, so the API's or the browser's message can point at it.
 */
export function NumberField({ question, value, onChange, inputId, errorId }: FieldProps<NumberQuestion>): ReactNode {
  const { t, text } = useI18n();
  const dontKnow = value === DONT_KNOW;
  const [draft, setDraft] = useState(typeof value === 'number' ? String(value) : '');
  const [localError, setLocalError] = useState<string | null>(null);

  const localErrorId = `${inputId}-local-error`;

  const handleInput = (raw: string, badInput: boolean): void => {
    setDraft(raw);
    // A browser reads "5e" or "1-" in a number box as an empty value with bad input: that is not
    // the person clearing the answer, so the saved one stays and the box says what is wrong.
    if (badInput) {
      setLocalError(t('question.notANumber'));
      return;
    }
    if (raw.trim() === '') {
      setLocalError(null);
      onChange(null, 'debounced');
      return;
    }
    const parsed = Number(raw);
    if (!Number.isFinite(parsed)) {
      setLocalError(t('question.notANumber'));
      return;
    }
    setLocalError(null);
    onChange(parsed, 'debounced');
  };

  return (
    <div>
      <div className="row">
        <input
          type="number"
          id={inputId}
          inputMode={question.integer ? 'numeric' : 'decimal'}
          min={question.min}
          max={question.max}
          step={question.integer ? 1 : 'any'}
          value={dontKnow ? '' : draft}
          disabled={dontKnow}
          aria-labelledby={`${inputId}-prompt`}
          aria-describedby={[errorId, localError ? localErrorId : undefined, `${inputId}-range`].filter(Boolean).join(' ')}
          aria-invalid={localError ? true : undefined}
          onChange={(event) => handleInput(event.target.value, event.target.validity.badInput)}
          style={{ maxWidth: '10rem' }}
        />
        {question.unit && <span>{text(question.unit)}</span>}
      </div>
      <p className="hint" id={`${inputId}-range`}>
        {t('question.range', { min: question.min, max: question.max })}
      </p>
      {localError && (
        <p className="field-error" id={localErrorId}>
          {localError}
        </p>
      )}
      {question.allowDontKnow && (
        <label className="choice dont-know">
          <input
            type="checkbox"
            checked={dontKnow}
            onChange={(event) => {
              if (event.target.checked) onChange(DONT_KNOW, 'now');
              else onChange(draft.trim() === '' || !Number.isFinite(Number(draft)) ? null : Number(draft), 'now');
            }}
          />
          <span>{t('question.dontKnow')}</span>
        </label>
      )}
    </div>
  );
}
