import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentSort, CreateAssessmentBody, Member, Team } from '@assay/contracts';
import { ASSESSMENT_SORTS } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { can } from '../../lib/roles.ts';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../components/LoadMore.tsx';
import { SortSelect } from '../../components/SortSelect.tsx';
import { usePaged } from '../../lib/paged-query.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { workspaceQuery } from '../workspaces/queries.ts';
import { everyMemberQuery, memberKeys } from '../members/queries.ts';
import { startAssessment } from '../assessments/api.ts';
import { assessmentKeys } from '../assessments/queries.ts';
import { teamAssessmentsQuery } from '../assessments/paged-queries.ts';
import { StartAssessmentForm } from '../assessments/components/StartAssessmentForm.tsx';
import { addTeamMember, removeTeamMember, updateTeam } from './api.ts';
import { teamKeys, teamQuery } from './queries.ts';
import { teamHistoryQuery } from './paged-queries.ts';
import { AssessmentList } from './components/AssessmentList.tsx';
import { RenameTeamForm } from './components/RenameTeamForm.tsx';
import { TeamMembers } from './components/TeamMembers.tsx';
import { useSession } from '../auth/session.tsx';

// Below the assessments: the history's charts and the target and actions sections arrive after
// the page has drawn (chart.js's wrapper, the paper's data, the gates, practices and questionnaires
// they name things with, the progress catalogue), which keeps the page's first load under 150 KB.
const LevelHistory = lazy(() => import('./components/LevelHistory.tsx').then((m) => ({ default: m.LevelHistory })));
const ChangeSinceLast = lazy(() => import('./components/ChangeSinceLast.tsx').then((m) => ({ default: m.ChangeSinceLast })));
const TargetSection = lazy(() => import('../progress/components/TargetSection.tsx').then((m) => ({ default: m.TargetSection })));
const ActionsSection = lazy(() => import('../progress/components/ActionsSection.tsx').then((m) => ({ default: m.ActionsSection })));

/** Owners and admins: rename, archive or unarchive the team, and choose who is in it. */
function TeamSettings({ workspaceId, team }: { workspaceId: string; team: Team }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const members = useQuery(everyMemberQuery(workspaceId));
  const update = useMutation({
    mutationFn: (body: { name: string } | { archived: boolean }) => updateTeam(workspaceId, team.id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(teamKeys.detail(workspaceId, team.id), updated);
      // Assessments carry their team's name (breadcrumbs, the questionnaire's header): refetch them too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.workspace(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: assessmentKeys.workspace(workspaceId) }),
      ]);
    },
  });
  const refreshMembers = () => queryClient.invalidateQueries({ queryKey: memberKeys.workspace(workspaceId) });
  const add = useMutation({ mutationFn: (member: Member) => addTeamMember(workspaceId, team.id, member.userId), onSuccess: refreshMembers });
  const remove = useMutation({ mutationFn: (member: Member) => removeTeamMember(workspaceId, team.id, member.userId), onSuccess: refreshMembers });
  const membershipError = add.error ?? remove.error;
  const pendingUserId = add.isPending ? (add.variables?.userId ?? null) : remove.isPending ? (remove.variables?.userId ?? null) : null;
  return (
    <section className="card stack" aria-labelledby="team-settings-heading">
      <h2 id="team-settings-heading" className="flush">
        {t('teamAdmin.title')}
      </h2>
      {update.error !== null && <ErrorAlert error={update.error} />}
      <RenameTeamForm key={team.name} name={team.name} pending={update.isPending} onRename={(name) => update.mutate({ name })} />

      <h3>{t('teamAdmin.members')}</h3>
      <p className="hint">{t('teamAdmin.membersHint')}</p>
      {membershipError !== null && <ErrorAlert error={membershipError} />}
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ErrorAlert error={members.error} />
      ) : (
        <TeamMembers
          teamId={team.id}
          members={members.data}
          pendingUserId={pendingUserId}
          onAdd={(member) => add.mutate(member)}
          onRemove={(member) => remove.mutate(member)}
        />
      )}

      <h3>{team.archived ? t('teamAdmin.archivedTitle') : t('teamAdmin.archiveTitle')}</h3>
      <p className="hint">{team.archived ? t('teamAdmin.archivedHint') : t('teamAdmin.archiveHint')}</p>
      {team.archived ? (
        <button type="button" className="secondary" disabled={update.isPending} onClick={() => update.mutate({ archived: false })}>
          {t('teamAdmin.unarchive')}
        </button>
      ) : (
        <ConfirmButton
          label={t('teamAdmin.archive')}
          question={t('teamAdmin.archiveConfirm', { team: team.name })}
          confirmLabel={t('teamAdmin.archiveYes')}
          pending={update.isPending}
          onConfirm={() => update.mutate({ archived: true })}
        />
      )}
    </section>
  );
}

/** A team: its assessments, its levels over time, starting the next assessment, and its settings. */
export default function TeamPage({ workspaceId, teamId }: { workspaceId: string; teamId: string }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const workspace = useQuery(workspaceQuery(workspaceId));
  const team = useQuery(teamQuery(workspaceId, teamId));
  const [sort, setSort] = useState<AssessmentSort>('created');
  const assessments = usePaged(teamAssessmentsQuery(workspaceId, teamId, sort));
  const history = usePaged(teamHistoryQuery(workspaceId, teamId));
  const session = useSession();
  const manageProgress = workspace.data !== undefined && can.manageProgress(workspace.data.role);
  const start = useMutation({
    mutationFn: (body: CreateAssessmentBody) => startAssessment(workspaceId, teamId, body),
    onSuccess: async (assessment) => {
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.team(workspaceId, teamId) });
      navigate(`/workspaces/${workspaceId}/assessments/${assessment.id}`);
    },
  });
  if (workspace.isPending || team.isPending) return <Loading />;
  if (workspace.isError) return <ErrorAlert error={workspace.error} />;
  if (team.isError) return <ErrorAlert error={team.error} />;
  const role = workspace.data.role;
  return (
    <div>
      <p className="small">
        <Link to={`/workspaces/${workspaceId}`}>{workspace.data.name}</Link>
      </p>
      <h1>
        {team.data.name} {team.data.archived && <span className="badge warn">{t('teams.archived')}</span>}
      </h1>
      {team.data.archived && <p className="alert warn">{t('teams.archivedNotice')}</p>}
      <section className="card" aria-labelledby="assessments-heading">
        <h2 id="assessments-heading" className="flush">
          {t('assessments.title')}
        </h2>
        {can.runAssessments(role) && !team.data.archived && <StartAssessmentForm pending={start.isPending} onStart={(body) => start.mutate(body)} />}
        {start.error !== null && <ErrorAlert error={start.error} />}
        {(assessments.total > 1 || sort !== 'created') && (
          <SortSelect label={t('assessments.sortBy')} value={sort} options={ASSESSMENT_SORTS.map((value) => ({ value, label: t(`assessments.sort.${value}`) }))} onChange={setSort} />
        )}
        {assessments.query.isPending ? (
          <Loading />
        ) : assessments.query.isError && assessments.items.length === 0 ? (
          <ErrorAlert error={assessments.query.error} />
        ) : (
          <>
            <AssessmentList assessments={assessments.items} />
            <LoadMoreOf paged={assessments} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" className="flush">
          {t('history.title')}
        </h2>
        {history.query.isPending ? (
          <Loading />
        ) : history.query.isError && history.items.length === 0 ? (
          <ErrorAlert error={history.query.error} />
        ) : (
          <Suspense fallback={<Loading />}>
            {/* Pages come latest first; the chart and its table read oldest first. */}
            <LevelHistory points={[...history.items].reverse()} />
            <LoadMoreOf paged={history} />
            {history.query.data?.pages[0]?.change && <ChangeSinceLast change={history.query.data.pages[0].change} />}
          </Suspense>
        )}
      </section>
      <Suspense fallback={<Loading />}>
        <TargetSection workspaceId={workspaceId} teamId={teamId} canManage={manageProgress} timeZone={workspace.data.timeZone} />
        <ActionsSection
          workspaceId={workspaceId}
          teamId={teamId}
          canManage={manageProgress}
          userId={session.user?.id ?? null}
          latestAssessmentId={history.items[0]?.assessmentId ?? null}
        />
      </Suspense>
      {can.manageTeams(role) && <TeamSettings workspaceId={workspaceId} team={team.data} />}
    </div>
  );
}
