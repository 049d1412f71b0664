import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RespondentLinkCreated } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../components/LoadMore.tsx';
import { usePaged } from '../../lib/paged-query.ts';
import { LevelBadge } from '../../components/LevelBadge.tsx';
import { AnonymityNotice } from '../../components/AnonymityNotice.tsx';
import { workspaceQuery } from '../workspaces/queries.ts';
import { teamKeys } from '../teams/queries.ts';
import { resultKeys } from '../results/queries.ts';
import { createRespondentLink, deleteAssessment, reissueRespondentLink, revokeRespondentLink, transitionAssessment } from './api.ts';
import { assessmentKeys, assessmentQuery } from './queries.ts';
import { respondentLinksQuery, rosterQuery } from './paged-queries.ts';
import { AssessmentActions } from './components/AssessmentActions.tsx';
import { RespondentLinks } from './components/RespondentLinks.tsx';
import { Roster, type ShownLink } from './components/Roster.tsx';

/** A link made, revoked or reissued changes both the links list and the roster. */
function invalidateLinks(queryClient: QueryClient, workspaceId: string, assessmentId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: assessmentKeys.links(workspaceId, assessmentId) }),
    queryClient.invalidateQueries({ queryKey: assessmentKeys.roster(workspaceId, assessmentId) }),
  ]);
}

function LinksSection({ workspaceId, assessmentId }: { workspaceId: string; assessmentId: string }): ReactNode {
  const queryClient = useQueryClient();
  const links = usePaged(respondentLinksQuery(workspaceId, assessmentId));
  const [token, setToken] = useState<string | null>(null);
  const invalidate = () => invalidateLinks(queryClient, workspaceId, assessmentId);
  const create = useMutation({
    mutationFn: (label: string) => createRespondentLink(workspaceId, assessmentId, label ? { label } : {}),
    onSuccess: async (created) => {
      setToken(created.token);
      await invalidate();
    },
  });
  const revoke = useMutation({ mutationFn: (linkId: string) => revokeRespondentLink(workspaceId, assessmentId, linkId), onSuccess: invalidate });
  if (links.query.isPending) return <Loading />;
  if (links.query.isError && links.items.length === 0) return <ErrorAlert error={links.query.error} />;
  return (
    <>
      <RespondentLinks
        links={links.items}
        createdToken={token}
        creating={create.isPending}
        error={create.error ?? revoke.error}
        onCreate={(label) => create.mutate(label)}
        onRevoke={(linkId) => revoke.mutate(linkId)}
      />
      <LoadMoreOf paged={links} />
    </>
  );
}

/** The roster, and (while the assessment is open) personal links made and reissued from it. */
function RosterSection({ workspaceId, assessmentId, canIssue }: { workspaceId: string; assessmentId: string; canIssue: boolean }): ReactNode {
  const queryClient = useQueryClient();
  const roster = usePaged(rosterQuery(workspaceId, assessmentId));
  const [shown, setShown] = useState<ShownLink | null>(null);
  // The API shows a new link's token once: keep it on screen, then refresh the roster.
  const show = (reissued: boolean) => async (created: RespondentLinkCreated) => {
    setShown({ name: created.link.label ?? '', token: created.token, reissued });
    await invalidateLinks(queryClient, workspaceId, assessmentId);
  };
  const create = useMutation({
    mutationFn: (label: string) => createRespondentLink(workspaceId, assessmentId, { kind: 'personal', label }),
    onSuccess: show(false),
  });
  const reissue = useMutation({ mutationFn: (linkId: string) => reissueRespondentLink(workspaceId, assessmentId, linkId), onSuccess: show(true) });
  if (roster.query.isPending) return <Loading />;
  if (roster.query.isError && roster.items.length === 0) return <ErrorAlert error={roster.query.error} />;
  return (
    <>
      <Roster
        entries={roster.items}
        canIssue={canIssue}
        shown={shown}
        creating={create.isPending}
        reissuing={reissue.isPending}
        error={create.error ?? reissue.error}
        onCreate={(label) => create.mutate(label)}
        onReissue={(entry) => reissue.mutate(entry.id)}
      />
      <LoadMoreOf paged={roster} />
    </>
  );
}

/** One assessment: its state, what can be done next, and (for assessors) links for guests. */
export default function AssessmentPage({ workspaceId, assessmentId }: { workspaceId: string; assessmentId: string }): ReactNode {
  const { t, plural, date } = useI18n();
  const queryClient = useQueryClient();
  const workspace = useQuery(workspaceQuery(workspaceId));
  const assessment = useQuery(assessmentQuery(workspaceId, assessmentId));
  const transition = useMutation({
    mutationFn: (action: 'open' | 'close' | 'reopen') => transitionAssessment(workspaceId, assessmentId, action),
    onSuccess: async (updated, action) => {
      queryClient.setQueryData(assessmentKeys.detail(workspaceId, assessmentId), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.workspace(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
        queryClient.invalidateQueries({ queryKey: resultKeys.assessment(workspaceId, assessmentId) }),
      ]);
      if (action === 'close') navigate(`/workspaces/${workspaceId}/assessments/${assessmentId}/result`);
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteAssessment(workspaceId, assessmentId),
    onSuccess: () => {
      const teamId = assessment.data?.teamId;
      navigate(teamId ? `/workspaces/${workspaceId}/teams/${teamId}` : `/workspaces/${workspaceId}`, { replace: true });
      // After leaving: refetching this page's own query now would only find a 404.
      queryClient.removeQueries({ queryKey: assessmentKeys.detail(workspaceId, assessmentId) });
      return queryClient.invalidateQueries({ queryKey: assessmentKeys.workspace(workspaceId) });
    },
  });
  if (assessment.isPending || workspace.isPending) return <Loading />;
  if (assessment.isError) return <ErrorAlert error={assessment.error} />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} />;
  const a = assessment.data;
  const role = workspace.data.role;
  return (
    <div>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}/teams/${a.teamId}`}>{a.teamName}</Link>
      </p>
      <h1>{a.title}</h1>
      <div className="card stack">
        <p className="row">
          <span className="badge" data-status={a.status}>
            {t(`assessment.status.${a.status}`)}
          </span>
          {a.level !== null && <LevelBadge level={a.level} />}
        </p>
        <p className="small muted">
          {t('assessment.dates', { created: date(a.createdAt) })}
          {a.openedAt && ` · ${t('assessment.openedOn', { date: date(a.openedAt) })}`}
          {a.closedAt && ` · ${t('assessment.closedOn', { date: date(a.closedAt) })}`}
        </p>
        <p>{t('assessment.responses', { submitted: plural('assessment.submitted', a.responseCounts.submitted), inProgress: plural('assessment.inProgress', a.responseCounts.inProgress) })}</p>
        <p className="small muted">{t(`assessment.help.${a.status}`)}</p>
        <AnonymityNotice anonymity={a.anonymity} />
        {transition.error !== null && <ErrorAlert error={transition.error} />}
        {remove.error !== null && <ErrorAlert error={remove.error} />}
        <AssessmentActions
          assessment={a}
          role={role}
          pending={transition.isPending || remove.isPending}
          onTransition={(action) => transition.mutate(action)}
          onDelete={() => remove.mutate()}
        />
      </div>
      {a.status !== 'draft' && can.runAssessments(role) && (
        <RosterSection workspaceId={workspaceId} assessmentId={assessmentId} canIssue={a.status === 'open'} />
      )}
      {a.status === 'open' && can.runAssessments(role) && <LinksSection workspaceId={workspaceId} assessmentId={assessmentId} />}
    </div>
  );
}
