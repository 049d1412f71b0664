import type { ReactNode } from 'react';
import type { Assessment, Role } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { can } from '../../../lib/roles.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';

/** What can be done with the assessment now, given its status and the person's role. */
export function AssessmentActions({ assessment, role, pending, onTransition, onDelete }: {
  assessment: Assessment;
  role: Role;
  pending: boolean;
  onTransition: (action: 'open' | 'close' | 'reopen') => void;
  /** Deletes the draft (only drafts can be deleted). */
  onDelete: () => void;
}): ReactNode {
  const { t, plural } = useI18n();
  const base = `/workspaces/${assessment.workspaceId}/assessments/${assessment.id}`;
  return (
    <div className="row">
      {assessment.status === 'draft' && can.runAssessments(role) && (
        <button type="button" disabled={pending} onClick={() => onTransition('open')}>
          {t('assessment.open')}
        </button>
      )}
      {assessment.status === 'draft' && can.runAssessments(role) && (
        <ConfirmButton
          label={t('assessment.delete')}
          question={t('assessment.deleteConfirm', { title: assessment.title })}
          confirmLabel={t('assessment.deleteYes')}
          pending={pending}
          onConfirm={onDelete}
        />
      )}
      {assessment.status === 'open' && can.answer(role) && (
        <Link to={`${base}/respond`} className="button">
          {assessment.myResponseId ? t('assessment.continue') : t('assessment.answer')}
        </Link>
      )}
      {assessment.status === 'open' && can.runAssessments(role) && (
        // Asked in the page, like every irreversible action: a native confirm() is dismissed
        // unseen by automated browsers and some embedded views (the click then did nothing).
        <ConfirmButton
          label={t('assessment.close')}
          question={plural('assessment.closeConfirm', assessment.responseCounts.submitted)}
          confirmLabel={t('assessment.closeYes')}
          pending={pending}
          onConfirm={() => onTransition('close')}
        />
      )}
      {assessment.status === 'closed' && (
        <Link to={`${base}/result`} className="button">
          {t('assessment.teamResult')}
        </Link>
      )}
      {assessment.status === 'closed' && can.reopen(role) && (
        <button type="button" className="secondary" disabled={pending} onClick={() => onTransition('reopen')}>
          {t('assessment.reopen')}
        </button>
      )}
    </div>
  );
}
