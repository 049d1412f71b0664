import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitationBody, Invitation, InvitationCreated, Member, Role, Team } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../components/LoadMore.tsx';
import { usePaged } from '../../lib/paged-query.ts';
import { OneTimeLink } from '../../components/OneTimeLink.tsx';
import { workspaceKeys, workspaceQuery } from '../workspaces/queries.ts';
import { everyTeamQuery } from '../teams/queries.ts';
import { invitationPath } from '../invitations/api.ts';
import { changeMemberRole, createInvitation, removeMember, revokeInvitation } from './api.ts';
import { memberKeys } from './queries.ts';
import { invitationListQuery, memberListQuery } from './paged-queries.ts';
import { MemberTable } from './components/MemberTable.tsx';
import { InviteForm } from './components/InviteForm.tsx';
import { InvitationList } from './components/InvitationList.tsx';

const invitationUrl = (token: string): string => `${window.location.origin}${invitationPath(token)}`;

/** Owners and admins: invite by link, list and revoke pending invitations. */
function InvitationsSection({ workspaceId, role, teams, teamName }: {
  workspaceId: string;
  role: Role;
  teams: readonly Team[];
  teamName: (teamId: string) => string | null;
}): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const invitations = usePaged(invitationListQuery(workspaceId));
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: memberKeys.invitations(workspaceId) });
  const invite = useMutation({
    mutationFn: (body: CreateInvitationBody) => createInvitation(workspaceId, body),
    onSuccess: async (result) => {
      setCreated(result);
      await refresh();
    },
  });
  const revoke = useMutation({ mutationFn: (invitation: Invitation) => revokeInvitation(workspaceId, invitation.id), onSuccess: refresh });
  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="flush">
          {t('invite.title')}
        </h2>
        <p className="hint">{t('invite.lead')}</p>
        {created && (
          <OneTimeLink
            key={created.token}
            message={t('invite.created', { role: t(`role.${created.invitation.role}`) })}
            label={t('invite.link')}
            url={invitationUrl(created.token)}
            testId="invitation-link"
          />
        )}
        <InviteForm
          roles={can.assignableRoles(role)}
          teams={teams.filter((team) => !team.archived)}
          pending={invite.isPending}
          error={invite.error}
          onCreate={(body) => invite.mutate(body)}
        />
      </section>
      <section className="card" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="flush">
          {t('invitations.title')}
        </h2>
        {revoke.error !== null && <ErrorAlert error={revoke.error} lead={t('invitations.revokeFailed')} />}
        {invitations.query.isPending ? (
          <Loading />
        ) : invitations.query.isError && invitations.items.length === 0 ? (
          <ErrorAlert error={invitations.query.error} />
        ) : (
          <>
            <InvitationList
              invitations={invitations.items}
              teamName={teamName}
              revokingId={revoke.isPending ? (revoke.variables?.id ?? null) : null}
              onRevoke={(invitation) => revoke.mutate(invitation)}
            />
            <LoadMoreOf paged={invitations} />
          </>
        )}
      </section>
    </div>
  );
}

/**
 * A workspace's members. Everyone sees who is in it and may leave; owners and admins change
 * roles, remove people and invite by link. The API has the last word: a refusal (the last owner,
 * a role that may not) is shown in words next to the list.
 */
export default function MembersPage({ workspaceId, userId }: { workspaceId: string; userId: string }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const workspace = useQuery(workspaceQuery(workspaceId));
  const members = usePaged(memberListQuery(workspaceId));
  const teams = useQuery(everyTeamQuery(workspaceId));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: memberKeys.workspace(workspaceId) }),
      // One's own role may have changed: the workspace carries it.
      queryClient.invalidateQueries({ queryKey: workspaceKeys.all }),
    ]);
  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) => changeMemberRole(workspaceId, member.userId, role),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (member: Member) => removeMember(workspaceId, member.userId),
    onSuccess: async (_, member) => {
      if (member.userId !== userId) return refresh();
      // Left the workspace: nothing of it is readable any more.
      queryClient.removeQueries({ queryKey: memberKeys.workspace(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
      navigate('/workspaces', { replace: true });
    },
  });
  if (workspace.isPending) return <Loading />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} />;
  const { role, name } = workspace.data;
  const teamName = (teamId: string): string | null => teams.data?.find((team) => team.id === teamId)?.name ?? null;
  const pendingUserId = changeRole.isPending ? (changeRole.variables?.member.userId ?? null) : remove.isPending ? (remove.variables?.userId ?? null) : null;
  return (
    <div>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}`}>{name}</Link>
      </p>
      <h1>{t('members.title')}</h1>
      <p className="muted">{can.manageMembers(role) ? t('members.leadManager') : t('members.leadReader')}</p>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading" className="flush">
          {t('members.people')}
        </h2>
        {changeRole.error !== null && (
          <ErrorAlert error={changeRole.error} lead={t('members.roleChangeFailed', { name: changeRole.variables?.member.name ?? '' })} />
        )}
        {remove.error !== null && (
          <ErrorAlert error={remove.error} lead={t('members.removeFailed', { name: remove.variables?.name ?? '' })} />
        )}
        {members.query.isPending ? (
          <Loading />
        ) : members.query.isError && members.items.length === 0 ? (
          <ErrorAlert error={members.query.error} />
        ) : (
          <MemberTable
            members={members.items}
            myRole={role}
            myUserId={userId}
            workspaceName={name}
            teamName={teamName}
            pendingUserId={pendingUserId}
            onChangeRole={(member, next) => changeRole.mutate({ member, role: next })}
            onRemove={(member) => remove.mutate(member)}
          />
        )}
        <LoadMoreOf paged={members} />
      </section>
      {can.manageMembers(role) && <InvitationsSection workspaceId={workspaceId} role={role} teams={teams.data ?? []} teamName={teamName} />}
    </div>
  );
}
