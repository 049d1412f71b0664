import type { ReactNode } from 'react';
import type { TextQuestion } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { FieldProps } from './field-props.ts';

/** Open text, saved when typing pauses; the counter shows the questionnaire's limit. */
export function TextField({ question, value, onChange, inputId, errorId }: FieldProps<TextQuestion>): ReactNode {
  const { t } = useI18n();
  const current = typeof value === 'string' ? value : '';
  return (
    <div>
      <textarea
        id={inputId}
        aria-labelledby={`${inputId}-prompt`}
        aria-describedby={[errorId, `${inputId}-count`].filter(Boolean).join(' ')}
        maxLength={question.maxLength}
        value={current}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value, 'debounced')}
      />
      <p className="hint" id={`${inputId}-count`}>
        {t('question.characters', { count: current.length, max: question.maxLength })}
      </p>
    </div>
  );
}
