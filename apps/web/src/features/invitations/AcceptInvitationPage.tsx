import { useEffect, useRef, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationPreview, User } from '@assay/contracts';
import { ApiError } from '../../lib/http.ts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { useSession } from '../auth/session.tsx';
import { workspaceKeys } from '../workspaces/queries.ts';
import { acceptInvitation, invitationPath } from './api.ts';
import { invitationPreviewQuery } from './queries.ts';

/**
 * Marks the way back from sign-in or sign-up started on this page: the person authenticated in
 * order to accept, so the page accepts at once instead of asking a second time.
 */
const ACCEPT_ON_RETURN = 'accept';

function authPath(page: '/sign-in' | '/sign-up', token: string): string {
  const next = `${invitationPath(token)}?${ACCEPT_ON_RETURN}=1`;
  return `${page}?${new URLSearchParams({ next }).toString()}`;
}

function InvitationSummary({ preview }: { preview: InvitationPreview }): ReactNode {
  const { t, date } = useI18n();
  const role = t(`role.${preview.role}`);
  return (
    <>
      <h1>{t('join.title', { workspace: preview.workspaceName })}</h1>
      <p>
        {preview.teamName === null
          ? t('join.offer', { workspace: preview.workspaceName, role })
          : t('join.offerTeam', { workspace: preview.workspaceName, role, team: preview.teamName })}
      </p>
      <p className="hint">
        {t('join.roleMeans', { role })} {t(`role.about.${preview.role}`)}
      </p>
      <p className="small muted">{t('join.expires', { date: date(preview.expiresAt) })}</p>
    </>
  );
}

/** Signed in: who is about to join, and the accept button (or the accepting state). */
function AcceptAs({ user, token, workspaceName }: { user: User; token: string; workspaceName: string }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  const { mutate: acceptNow, ...accept } = useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: async (workspace) => {
      queryClient.setQueryData(workspaceKeys.detail(workspace.id), workspace);
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.list() });
      navigate(`/workspaces/${workspace.id}`, { replace: true });
    },
  });
  // Back from signing in for this invitation: accept once (a ref, so a re-render never sends twice).
  const autoAccepted = useRef(false);
  const acceptOnReturn = search.get(ACCEPT_ON_RETURN) === '1';
  useEffect(() => {
    if (!acceptOnReturn || autoAccepted.current) return;
    autoAccepted.current = true;
    acceptNow();
  }, [acceptOnReturn, acceptNow]);
  const alreadyMember = accept.error instanceof ApiError && accept.error.code === 'conflict';
  return (
    <div className="stack">
      <p>{t('join.signedInAs', { name: user.name, email: user.email })}</p>
      {accept.error !== null && <ErrorAlert error={accept.error} />}
      {alreadyMember ? (
        <Link to="/workspaces" className="button">
          {t('join.toWorkspaces')}
        </Link>
      ) : (
        <button type="button" disabled={accept.isPending || accept.isSuccess} onClick={() => acceptNow()}>
          {accept.isPending || accept.isSuccess ? t('join.joining') : t('join.accept', { workspace: workspaceName })}
        </button>
      )}
      <p className="small muted">{t('join.otherAccount')}</p>
    </div>
  );
}

/**
 * Where an invitation link lands (`/join/<token>`): what it offers, read without an account; then
 * sign in or sign up (coming back here) and join, landing in the workspace.
 */
export default function AcceptInvitationPage({ token }: { token: string }): ReactNode {
  const { t } = useI18n();
  const { user, isPending } = useSession();
  const preview = useQuery(invitationPreviewQuery(token));
  if (preview.isPending || isPending) return <Loading />;
  if (preview.isError) {
    return (
      <div className="narrow">
        <div className="card">
          <h1>{t('join.unusable')}</h1>
          <ErrorAlert error={preview.error} />
          <p className="hint">{t('join.askAgain')}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="narrow">
      <div className="card stack">
        <InvitationSummary preview={preview.data} />
        {user ? (
          <AcceptAs user={user} token={token} workspaceName={preview.data.workspaceName} />
        ) : (
          <>
            <p>{t('join.signInFirst')}</p>
            <div className="row">
              <Link to={authPath('/sign-up', token)} className="button">
                {t('join.signUp')}
              </Link>
              <Link to={authPath('/sign-in', token)} className="button secondary">
                {t('join.signIn')}
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
