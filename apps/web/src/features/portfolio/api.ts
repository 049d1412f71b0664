import { PortfolioSchema, type Portfolio } from '@assay/contracts';
import { http } from '../../lib/http.ts';
import { pagePath } from '../../lib/paging.ts';

/** Workspaces shown a page at a time on the portfolio page. */
export const PORTFOLIO_PAGE = 20;

/** A page of the caller's portfolio, by workspace name (only names containing `q`, any case, when given). */
export const getPortfolio = (cursor: string | undefined, q: string): Promise<Portfolio> =>
  http.get(pagePath(q ? `/portfolio?q=${encodeURIComponent(q)}` : '/portfolio', cursor, PORTFOLIO_PAGE), { schema: PortfolioSchema });
