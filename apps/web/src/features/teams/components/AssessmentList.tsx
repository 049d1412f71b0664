import type { ReactNode } from 'react';
import type { Assessment } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { LevelBadge } from '../../../components/LevelBadge.tsx';

export function AssessmentList({ assessments }: { assessments: readonly Assessment[] }): ReactNode {
  const { t, date } = useI18n();
  if (assessments.length === 0) return <p className="muted">{t('assessments.none')}</p>;
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{t('assessments.assessment')}</th>
          <th scope="col">{t('assessments.status')}</th>
          <th scope="col">{t('assessments.started')}</th>
          <th scope="col">{t('assessments.level')}</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/workspaces/${a.workspaceId}/assessments/${a.id}`}>{a.title}</Link>
            </td>
            <td data-label={t('assessments.status')}>{t(`assessment.status.${a.status}`)}</td>
            <td data-label={t('assessments.started')}>{date(a.createdAt)}</td>
            <td data-label={t('assessments.level')}>{a.level === null ? '—' : <LevelBadge level={a.level} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
