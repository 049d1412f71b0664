// Paged lists of the API (`?limit=&cursor=` → `{ items, nextCursor, total }`): the query string and
// every page at once for the few places that need the whole list (pickers and lookups by id). One
// page at a time with a "Load more" button: lib/paged-query.ts (kept apart, so pages that only
// invalidate lists do not load react-query's infinite queries).
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
