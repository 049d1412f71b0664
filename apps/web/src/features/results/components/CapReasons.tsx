import type { ReactNode } from 'react';
import type { ResultDto } from '@assay/contracts';
import { getPractice } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useResultWords } from '../words.ts';

/** Each automation a level-4 cap holds back, its missing foundation, its state and the reason (lazy: `LevelCap`). */
export default function CapReasons({ cap }: { cap: NonNullable<ResultDto['cap']> }): ReactNode {
  const { text } = useI18n();
  const words = useResultWords();
  const title = (id: string): string => {
    const practice = getPractice(id);
    return practice ? text(practice.title) : id;
  };
  return (
    <ul>
      {cap.reasons.map((reason) => (
        <li key={`${reason.practiceId}:${reason.foundationId}`} data-cap={reason.practiceId} data-foundation={reason.foundationId}>
          {words('cap.reason', {
            practice: title(reason.practiceId),
            foundation: title(reason.foundationId),
            status: words(`status.${reason.foundationStatus}`),
          })}{' '}
          {text(reason.reason)}
        </li>
      ))}
    </ul>
  );
}
