import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { User } from '@assay/contracts';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/ErrorAlert.tsx';
import { onSessionExpired } from './lib/http.ts';
import { useI18n } from './lib/i18n/i18n.tsx';
import { lazyPage } from './lib/lazy-page.tsx';
import { Link, matchPath, navigate, Routes, type Route } from './lib/router.tsx';
import { authKeys } from './features/auth/queries.ts';
import { RequireSession, signInPath } from './features/auth/session.tsx';
import { SignInPage, SignUpPage } from './features/auth/SignInPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';

// Pages load on demand: the sign-in page ships without the rest, and chart.js arrives only with
// the pages that draw charts (their own dynamic import).
const WorkspacesPage = lazy(() => import('./features/workspaces/WorkspacesPage.tsx'));
const TeamsPage = lazy(() => import('./features/teams/TeamsPage.tsx'));
const MembersPage = lazy(() => import('./features/members/MembersPage.tsx'));
const AcceptInvitationPage = lazy(() => import('./features/invitations/AcceptInvitationPage.tsx'));
const TeamPage = lazy(() => import('./features/teams/TeamPage.tsx'));
const AssessmentPage = lazy(() => import('./features/assessments/AssessmentPage.tsx'));
// The pages main.tsx may preload (below) draw without suspending once their module is there.
const { Page: QuestionnairePage, load: loadQuestionnairePage } = lazyPage(() => import('./features/questionnaire/QuestionnairePage.tsx'));
const GuestStartPage = lazy(() => import('./features/questionnaire/GuestStartPage.tsx'));
const GuestQuestionnairePage = lazy(() => import('./features/questionnaire/GuestQuestionnairePage.tsx'));
const { Page: ResultPage, load: loadResultPage } = lazyPage(() => import('./features/results/ResultPage.tsx'));
const { Page: TeamResultPage, load: loadTeamResultPage } = lazyPage(() => import('./features/results/TeamResultPage.tsx'));
const BenchmarkPage = lazy(() => import('./features/benchmark/BenchmarkPage.tsx'));
const AccountPage = lazy(() => import('./features/account/AccountPage.tsx'));
const WorkspaceSettingsPage = lazy(() => import('./features/workspaces/WorkspaceSettingsPage.tsx'));
const ComparePage = lazy(() => import('./features/compare/ComparePage.tsx'));
const PortfolioPage = lazy(() => import('./features/portfolio/PortfolioPage.tsx'));

const p = (params: Record<string, string>, name: string): string => params[name] ?? '';

/** A lazy page's module: the page, and what it asks the API for first (for a signed-in reader). */
interface PageModule {
  readonly prefetch?: (queryClient: QueryClient, params: Record<string, string>) => Promise<unknown>;
}

/**
 * Pages whose first load is worth starting before React draws: the page's chunk and its first
 * request (once the session is known) go out beside the catalogue and the session, instead of
 * one after the other (session, then the app draws, then the chunk, then the page's request: on a
 * phone's network each step is a round trip).
 */
const preloads: readonly { readonly path: string; readonly load: () => Promise<PageModule> }[] = [
  { path: '/workspaces/:workspaceId/assessments/:assessmentId/respond', load: loadQuestionnairePage },
  { path: '/workspaces/:workspaceId/assessments/:assessmentId/result', load: loadTeamResultPage },
  { path: '/workspaces/:workspaceId/assessments/:assessmentId/responses/:responseId/result', load: loadResultPage },
];

/**
 * Starts loading the page at `pathname` (main.tsx calls it before React renders), and its data
 * once `signedIn` says there is a session. Resolves when the page's chunk is there; null for pages
 * not listed. The data is left to arrive in the query cache, where the page finds it.
 */
export function preloadPage(pathname: string, queryClient: QueryClient, signedIn: Promise<boolean>): Promise<unknown> | null {
  for (const page of preloads) {
    const params = matchPath(page.path, pathname);
    if (!params) continue;
    const loaded = page.load();
    void Promise.all([loaded, signedIn])
      .then(([module, yes]) => (yes ? module.prefetch?.(queryClient, params) : undefined))
      // The page asks again when it draws, and shows the error then.
      .catch(() => undefined);
    return loaded.catch(() => undefined);
  }
  return null;
}

const routes: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/sign-in', render: () => <SignInPage /> },
  { path: '/sign-up', render: () => <SignUpPage /> },
  { path: '/benchmark', render: () => <BenchmarkPage /> },
  { path: '/respond/:token', render: (params) => <GuestStartPage token={p(params, 'token')} /> },
  // Invitation links (built by the members page from the API's one-time token).
  { path: '/join/:token', render: (params) => <AcceptInvitationPage token={p(params, 'token')} /> },
  { path: '/guest/responses/:responseId', render: (params) => <GuestQuestionnairePage responseId={p(params, 'responseId')} /> },
  { path: '/account', render: () => <RequireSession>{(user) => <AccountPageRoute user={user} />}</RequireSession> },
  { path: '/workspaces', render: () => <RequireSession>{() => <WorkspacesPage />}</RequireSession> },
  { path: '/portfolio', render: () => <RequireSession>{() => <PortfolioPage />}</RequireSession> },
  {
    path: '/workspaces/:workspaceId',
    render: (params) => <RequireSession>{() => <TeamsPage workspaceId={p(params, 'workspaceId')} />}</RequireSession>,
  },
  {
    path: '/workspaces/:workspaceId/compare',
    render: (params) => <RequireSession>{() => <ComparePage workspaceId={p(params, 'workspaceId')} />}</RequireSession>,
  },
  {
    path: '/workspaces/:workspaceId/members',
    render: (params) => <RequireSession>{(user) => <MembersPage workspaceId={p(params, 'workspaceId')} userId={user.id} />}</RequireSession>,
  },
  {
    path: '/workspaces/:workspaceId/settings',
    render: (params) => <RequireSession>{() => <WorkspaceSettingsPage workspaceId={p(params, 'workspaceId')} />}</RequireSession>,
  },
  {
    path: '/workspaces/:workspaceId/teams/:teamId',
    render: (params) => (
      <RequireSession>{() => <TeamPage workspaceId={p(params, 'workspaceId')} teamId={p(params, 'teamId')} />}</RequireSession>
    ),
  },
  {
    path: '/workspaces/:workspaceId/assessments/:assessmentId',
    render: (params) => (
      <RequireSession>
        {() => <AssessmentPage workspaceId={p(params, 'workspaceId')} assessmentId={p(params, 'assessmentId')} />}
      </RequireSession>
    ),
  },
  {
    path: '/workspaces/:workspaceId/assessments/:assessmentId/respond',
    render: (params) => (
      <RequireSession>
        {() => <QuestionnairePage workspaceId={p(params, 'workspaceId')} assessmentId={p(params, 'assessmentId')} />}
      </RequireSession>
    ),
  },
  {
    path: '/workspaces/:workspaceId/assessments/:assessmentId/result',
    render: (params) => (
      <RequireSession>
        {() => <TeamResultPage workspaceId={p(params, 'workspaceId')} assessmentId={p(params, 'assessmentId')} />}
      </RequireSession>
    ),
  },
  {
    path: '/workspaces/:workspaceId/assessments/:assessmentId/responses/:responseId/result',
    render: (params) => (
      <RequireSession>
        {() => (
          <ResultPage
            workspaceId={p(params, 'workspaceId')}
            assessmentId={p(params, 'assessmentId')}
            responseId={p(params, 'responseId')}
          />
        )}
      </RequireSession>
    ),
  },
];

function NotFound(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="card">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

/** The account page; when it ends the account's sessions, the app forgets the session and every cached answer. */
function AccountPageRoute({ user }: { user: User }): ReactNode {
  const queryClient = useQueryClient();
  const onSessionEnded = useCallback(
    (to: string) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
      navigate(to, { replace: true });
    },
    [queryClient],
  );
  return <AccountPage user={user} onSessionEnded={onSessionEnded} />;
}

/** On a 401 that a refresh could not cure: forget the user and go to sign-in, keeping the way back. */
function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSessionExpired(() => {
        const here = window.location.pathname + window.location.search;
        queryClient.setQueryData(authKeys.session(), null);
        if (!window.location.pathname.startsWith('/sign-in')) navigate(signInPath(here, true), { replace: true });
      }),
    [queryClient],
  );
}

export function App(): ReactNode {
  useSessionExpiry();
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes routes={routes} fallback={<NotFound />} />
      </Suspense>
    </Layout>
  );
}
