import type { ReactNode } from 'react';
import type { Anonymity } from '@assay/contracts';
import { useI18n } from '../lib/i18n/i18n.tsx';

/** What a respondent is told before they answer: whether their answers are attributed or only pooled. */
export function AnonymityNotice({ anonymity }: { anonymity: Anonymity }): ReactNode {
  const { t } = useI18n();
  return (
    <p className="alert info small" data-anonymity={anonymity.attributed ? 'attributed' : 'pooled'}>
      {anonymity.attributed ? t('anonymity.attributed') : t('anonymity.pooled', { minimum: anonymity.minimum })}
    </p>
  );
}
