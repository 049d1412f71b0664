import { pagedQuery } from '../../lib/paged-query.ts';
import { getPortfolio } from './api.ts';
import { workspaceKeys } from '../workspaces/queries.ts';

export const portfolioKeys = {
  all: [...workspaceKeys.all, 'portfolio'] as const,
  search: (q: string) => [...portfolioKeys.all, q] as const,
};

/** The portfolio's pages for one search; "load more" fetches the next. */
export const portfolioQuery = (q: string) => pagedQuery(portfolioKeys.search(q), (cursor) => getPortfolio(cursor, q));
