import type { ReactNode } from 'react';
import type { Invitation } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';

/** Pending invitations with a revoke button each; used, revoked and expired ones folded below. */
export function InvitationList({ invitations, teamName, revokingId, onRevoke }: {
  invitations: readonly Invitation[];
  teamName: (teamId: string) => string | null;
  revokingId: string | null;
  onRevoke: (invitation: Invitation) => void;
}): ReactNode {
  const { t, date } = useI18n();
  const pending = invitations.filter((invitation) => invitation.status === 'pending');
  const past = invitations.filter((invitation) => invitation.status !== 'pending');
  const team = (invitation: Invitation): string =>
    invitation.teamId === null ? '—' : (teamName(invitation.teamId) ?? t('invitations.unknownTeam'));
  return (
    <>
      {pending.length === 0 ? (
        <p className="muted">{t('invitations.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('invitations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('invitations.team')}</th>
                <th scope="col">{t('invitations.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((invitation) => (
                <tr key={invitation.id} data-invitation={invitation.id}>
                  <td>{t(`role.${invitation.role}`)}</td>
                  <td>{team(invitation)}</td>
                  <td>{date(invitation.expiresAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={revokingId === invitation.id}
                      aria-label={t('invitations.revokeNamed', { role: t(`role.${invitation.role}`), date: date(invitation.createdAt) })}
                      onClick={() => onRevoke(invitation)}
                    >
                      {t('invitations.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {past.length > 0 && (
        <details>
          <summary>{t('invitations.past', { count: past.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('invitations.team')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.created')}</th>
              </tr>
            </thead>
            <tbody>
              {past.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{t(`role.${invitation.role}`)}</td>
                  <td>{team(invitation)}</td>
                  <td>{t(`invitation.status.${invitation.status}`)}</td>
                  <td>{date(invitation.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
