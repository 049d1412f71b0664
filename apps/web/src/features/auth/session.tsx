import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { User } from '@assay/contracts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { Loading, ErrorAlert } from '../../components/ErrorAlert.tsx';
import { sessionQuery } from './queries.ts';

/** Where sign-in sends a person back to; only same-site paths, never another origin. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return '/workspaces';
  return next;
}

export function signInPath(returnTo: string, expired = false): string {
  const params = new URLSearchParams({ next: returnTo });
  if (expired) params.set('expired', '1');
  return `/sign-in?${params.toString()}`;
}

export function useSession(): { user: User | null | undefined; isPending: boolean } {
  const query = useQuery(sessionQuery());
  return { user: query.data, isPending: query.isPending };
}

/** Renders its children for a signed-in person; sends anyone else to sign-in with a way back. */
export function RequireSession({ children }: { children: (user: User) => ReactNode }): ReactNode {
  const query = useQuery(sessionQuery());
  const { href } = useLocation();
  const user = query.data;
  useEffect(() => {
    if (query.isSuccess && user === null) navigate(signInPath(href), { replace: true });
  }, [query.isSuccess, user, href]);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!user) return null;
  return children(user);
}
