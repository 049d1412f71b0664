// Paged lists of the API (`?limit=&cursor=` → `{ items, nextCursor, total }`): one page at a time
// with react-query's infinite queries and a "Load more" button (components/LoadMore.tsx), or every
// page for the few places that need the whole list (pickers and lookups by id).
import { infiniteQueryOptions, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from '@assay/contracts';
import { PAGE_LIMIT_MAX } from '@assay/contracts';

/** `path` with `limit` and `cursor` added to its query string. */
export function pagePath(path: string, cursor: string | undefined, limit?: number): string {
  const params = new URLSearchParams();
  if (limit !== undefined) params.set('limit', String(limit));
  if (cursor !== undefined) params.set('cursor', cursor);
  const query = params.toString();
  if (query === '') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/** Pages of a list, loaded one after another as the reader asks for more. */
export function pagedQuery<P extends Page<unknown>>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<P>) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: P) => last.nextCursor ?? undefined,
  });
}

/** The rows loaded so far, the list's total, and what LoadMore needs. */
export function usePaged<P extends Page<unknown>>(options: ReturnType<typeof pagedQuery<P>>) {
  const query = useInfiniteQuery(options);
  const items = (query.data ? query.data.pages.flatMap((page) => page.items) : []) as P['items'];
  const total = query.data?.pages[0]?.total ?? 0;
  return { query, items, total };
}

/** Every page of a list (largest pages): for pickers and lookups that need all of it. */
export async function allPages<T>(fetchPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor, PAGE_LIMIT_MAX);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
