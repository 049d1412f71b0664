import { queryOptions } from '@tanstack/react-query';
import type { User } from '@assay/contracts';
import { resumeSession } from './api.ts';

export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
};

/** The signed-in user, or null. Never stale: it changes only by signing in, out, or expiring. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: async (): Promise<User | null> => (await resumeSession())?.user ?? null,
    staleTime: Infinity,
    retry: false,
  });
