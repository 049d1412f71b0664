import { useState, type ReactNode } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../components/LoadMore.tsx';
import { usePaged } from '../../lib/paged-query.ts';
import { Link } from '../../lib/router.tsx';
import { WorkspaceSummary } from './components/WorkspaceSummary.tsx';
import { useDebounced } from './debounce.ts';
import { portfolioQuery } from './queries.ts';
import { usePortfolioWords } from './words.ts';

/**
 * Every workspace the signed-in person belongs to, by name, each as their role there lets them see
 * it: teams by the level of their latest closed round (a round under its k says "not enough
 * responses", never a level), the first teams, open assessments and how their responses stand,
 * last activity. Found by name on the server; a page at a time.
 */
export default function PortfolioPage(): ReactNode {
  const w = usePortfolioWords();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const portfolio = usePaged({ ...portfolioQuery(q), placeholderData: keepPreviousData });
  const { query, items, total } = portfolio;
  return (
    <div>
      <h1>{w('portfolio.title')}</h1>
      <p className="hint">{w('portfolio.intro')}</p>
      <div className="portfolio-search">
        <label htmlFor="portfolio-q">{w('portfolio.search')}</label>
        <input id="portfolio-q" type="search" value={text} maxLength={120} autoComplete="off" onChange={(event) => setText(event.target.value)} />
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError && items.length === 0 ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        q === '' ? (
          <p className="muted">
            {w('portfolio.none')} <Link to="/workspaces">{w('portfolio.create')}</Link>
          </p>
        ) : (
          <p className="muted" role="status">
            {w('portfolio.noMatch', { q })}
          </p>
        )
      ) : (
        <>
          <p className="small muted" role="status">
            {w.plural('portfolio.count', total)}
          </p>
          <ul className="portfolio-list" aria-busy={query.isFetching && !query.isFetchingNextPage}>
            {items.map((item) => (
              <li key={item.workspaceId}>
                <WorkspaceSummary item={item} w={w} />
              </li>
            ))}
          </ul>
          <LoadMoreOf paged={portfolio} />
        </>
      )}
    </div>
  );
}
