import type { ReactNode } from 'react';
import type { Member, Role } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { can } from '../../../lib/roles.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { RoleControl } from './RoleControl.tsx';

/**
 * The workspace's members: role (changeable where the viewer's role allows), teams, joined date,
 * and remove (or leave, on one's own row). Every change goes to the page's handlers.
 */
export function MemberTable({ members, myRole, myUserId, workspaceName, teamName, pendingUserId, onChangeRole, onRemove }: {
  members: readonly Member[];
  myRole: Role;
  myUserId: string;
  workspaceName: string;
  /** The team's name, or null for a team this viewer cannot see. */
  teamName: (teamId: string) => string | null;
  /** The member a change is being saved for. */
  pendingUserId: string | null;
  onChangeRole: (member: Member, role: Role) => void;
  onRemove: (member: Member) => void;
}): ReactNode {
  const { t, date } = useI18n();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('members.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.person')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.teams')}</th>
            <th scope="col">{t('members.joined')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('members.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const self = member.userId === myUserId;
            const manageable = can.manageMember(myRole, member.role);
            const pending = pendingUserId === member.userId;
            const teams = member.teamIds.map(teamName).filter((name): name is string => name !== null);
            return (
              <tr key={member.userId} data-member={member.email}>
                <th scope="row">
                  {member.name} {self && <span className="badge">{t('members.you')}</span>}
                  <div className="small muted plain-weight">{member.email}</div>
                </th>
                <td>
                  {manageable ? (
                    <RoleControl
                      key={member.role}
                      member={member}
                      roles={can.assignableRoles(myRole)}
                      pending={pending}
                      onChange={(role) => onChangeRole(member, role)}
                    />
                  ) : (
                    t(`role.${member.role}`)
                  )}
                </td>
                <td>{teams.length > 0 ? teams.join(', ') : <span className="muted">{t('members.noTeams')}</span>}</td>
                <td>{date(member.joinedAt)}</td>
                <td>
                  {self ? (
                    <ConfirmButton
                      label={t('members.leave')}
                      question={t('members.leaveConfirm', { workspace: workspaceName })}
                      confirmLabel={t('members.leaveYes')}
                      pending={pending}
                      onConfirm={() => onRemove(member)}
                    />
                  ) : manageable ? (
                    <ConfirmButton
                      label={t('members.remove')}
                      accessibleLabel={t('members.removeNamed', { name: member.name })}
                      question={t('members.removeConfirm', { name: member.name, workspace: workspaceName })}
                      confirmLabel={t('members.removeYes')}
                      pending={pending}
                      onConfirm={() => onRemove(member)}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
