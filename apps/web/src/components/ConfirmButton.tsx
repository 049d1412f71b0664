import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n.tsx';

/**
 * A button for something that cannot be undone (delete, archive, remove). The first press asks,
 * in the page itself, with the question next to the two answers; focus moves to "Cancel" (the
 * safe answer) and comes back to the button when the person cancels or presses Escape.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, pending = false, onConfirm, className = 'secondary' }: {
  label: string;
  /** A fuller name for screen readers where the label alone is ambiguous (e.g. "Remove Ana" in a table). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  className?: string;
}): ReactNode {
  const { t } = useI18n();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: into the question, or back to the button.
  const focusNext = useRef<'cancel' | 'trigger' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'cancel') cancelRef.current?.focus();
    if (focusNext.current === 'trigger') triggerRef.current?.focus();
    focusNext.current = null;
  }, [asking]);
  const ask = (): void => {
    focusNext.current = 'cancel';
    setAsking(true);
  };
  const cancel = (): void => {
    focusNext.current = 'trigger';
    setAsking(false);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') cancel();
  };
  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={className} disabled={pending} aria-label={accessibleLabel} onClick={ask}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId}>{question}</p>
      <div className="row">
        <button type="button" className="danger" disabled={pending} onClick={onConfirm}>
          {pending ? t('common.wait') : confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="secondary" disabled={pending} onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
