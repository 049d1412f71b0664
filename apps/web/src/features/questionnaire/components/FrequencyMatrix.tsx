import type { ReactNode } from 'react';
import { DONT_KNOW, FREQUENCIES, type FrequencyQuestion } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { FieldProps } from './field-props.ts';

function itemValues(value: unknown): Readonly<Record<string, string>> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

/**
 * One row per item, one radio per point of the paper's scale (section 5.3). Each row's radios
 * share a name, so arrow keys move along the scale and Tab moves to the next item; each radio's
 * accessible name says both the item and the point of the scale. On a narrow screen (styles.css,
 * `.matrix`) each row becomes the item's name over its own radio group, every radio with its
 * point of the scale written beside it: all six answers fit a 390 px phone without scrolling.
 */
export function FrequencyMatrix({ question, value, onChange, inputId, errorId }: FieldProps<FrequencyQuestion>): ReactNode {
  const { t, text } = useI18n();
  const current = itemValues(value);
  const columns: readonly string[] = question.allowDontKnow ? [...FREQUENCIES, DONT_KNOW] : FREQUENCIES;
  const columnLabel = (column: string): string =>
    column === DONT_KNOW ? t('question.dontKnow') : t(`frequency.${column as (typeof FREQUENCIES)[number]}`);
  const setItem = (itemId: string, column: string): void => {
    onChange({ ...current, [itemId]: column }, 'now');
  };
  return (
    // A group named by the prompt: its radios are reached one by one, and the message about the
    // answer must be heard from them, not only from the section around them.
    <div className="matrix-wrap" role="group" aria-labelledby={`${inputId}-prompt`} aria-describedby={errorId}>
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('question.item')}</span>
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="small">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {question.items.map((item, row) => {
            const rowLabelId = `${inputId}-item-${item.id}`;
            return (
              <tr key={item.id}>
                <th scope="row" id={rowLabelId}>
                  {text(item.label)}
                </th>
                {columns.map((column, index) => (
                  <td key={column}>
                    <label className="matrix-option">
                      <input
                        type="radio"
                        id={row === 0 && index === 0 ? inputId : undefined}
                        name={`${inputId}-${item.id}`}
                        value={column}
                        aria-label={`${text(item.label)}: ${columnLabel(column)}`}
                        checked={current[item.id] === column}
                        onChange={() => setItem(item.id, column)}
                      />
                      {/* Shown only where the column headings are not (narrow screens). */}
                      <span className="matrix-option-text" aria-hidden="true">
                        {columnLabel(column)}
                      </span>
                    </label>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
