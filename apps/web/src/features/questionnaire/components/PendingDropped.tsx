import { useEffect, useState, type ReactNode } from 'react';
import type { Questionnaire } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import type { PendingAnswers } from '../pending.ts';

/**
 * A submitted response takes no more answers: forgets those this browser still kept for it
 * and says how many were lost, rather than dropping them silently.
 */
export function PendingDropped({ questionnaire, pending }: { questionnaire: Questionnaire; pending: PendingAnswers }): ReactNode {
  const { plural } = useI18n();
  // Counted on the first render (pure, so React's double render cannot count 0); forgotten after.
  const [count] = useState(() => Object.keys(pending.read(questionnaire)).length);
  useEffect(() => pending.write({}), [pending]);
  return count > 0 ? (
    <p className="alert warn" role="status" aria-live="polite">
      {plural('questionnaire.pendingDropped', count)}
    </p>
  ) : null;
}
