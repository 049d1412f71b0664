// A paged list one page at a time: react-query's infinite queries, with components/LoadMore.tsx.
import { infiniteQueryOptions, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from '@assay/contracts';

/** Pages of a list, loaded one after another as the reader asks for more. */
export function pagedQuery<P extends Page<unknown>>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<P>) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: P) => last.nextCursor ?? undefined,
  });
}

/**
 * `placeholderData` for a list the reader re-sorts: while the new order's first page loads, the
 * rows of the same list (`listKey`, the query key without the sort) stay on screen, and with them
 * the sort control, which keeps its focus; another list's rows (another team's) are never shown.
 */
export function keepWhileResorting(listKey: QueryKey) {
  return <T>(previous: T | undefined, previousQuery: { queryKey: QueryKey } | undefined): T | undefined =>
    previousQuery !== undefined && listKey.every((part, i) => previousQuery.queryKey[i] === part) ? previous : undefined;
}

/** The rows loaded so far, the list's total, and what LoadMore needs. */
export function usePaged<P extends Page<unknown>>(options: ReturnType<typeof pagedQuery<P>>) {
  const query = useInfiniteQuery(options);
  const items = (query.data ? query.data.pages.flatMap((page) => page.items) : []) as P['items'];
  const total = query.data?.pages[0]?.total ?? 0;
  return { query, items, total };
}
