import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n.tsx';
import { Field } from './Field.tsx';

/**
 * A secret link the API shows once (respondent and invitation links): read-only, selected on
 * focus, with a copy button. Where the clipboard is not available the text is selected and the
 * person is told to copy it themselves. It takes the focus when it appears (callers key it by
 * `url`), so a screen reader reads the message and the link at once.
 */
export function OneTimeLink({ message, label, url, testId }: { message: string; label: string; url: string; testId: string }): ReactNode {
  const { t } = useI18n();
  const messageId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const wrapper = useRef<HTMLDivElement>(null);
  const selectText = (): void => {
    wrapper.current?.querySelector('input')?.select();
  };
  const copyLink = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      selectText();
      setCopy('manual');
    }
  };
  return (
    <div className="alert info" ref={wrapper}>
      <p id={messageId}>{message}</p>
      <Field
        label={label}
        readOnly
        autoFocus
        value={url}
        aria-describedby={messageId}
        onFocus={(event) => event.target.select()}
        data-testid={testId}
      />
      <div className="row">
        <button type="button" className="secondary" onClick={() => void copyLink()}>
          {t('common.copyLink')}
        </button>
        <span role="status" className="small">
          {copy === 'copied' ? t('common.copied') : copy === 'manual' ? t('common.copyManually') : ''}
        </span>
      </div>
    </div>
  );
}
