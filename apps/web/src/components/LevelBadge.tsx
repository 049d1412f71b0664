import type { ReactNode } from 'react';
import type { Level } from '@assay/domain';
import { useI18n } from '../lib/i18n/i18n.tsx';

/** "Level 3", or "Level 3, could be level 4" when "don't know" answers leave a range. */
export function LevelBadge({ level, max }: { level: Level; max?: Level | undefined }): ReactNode {
  const { t } = useI18n();
  return (
    <span className="badge">
      {max !== undefined && max > level ? t('level.range', { level, max }) : t('level.value', { level })}
    </span>
  );
}
