import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  shown: number;
  total: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  error?: unknown;
}

/** Under a paged list: how many rows of the total are shown, and a button for the next page. */
export function LoadMore({ shown, total, hasNextPage, isFetchingNextPage, fetchNextPage, error }: Props): ReactNode {
  const { t, number } = useI18n();
  if (!hasNextPage && shown >= total) return null;
  return (
    <div className="row small">
      <span className="muted" role="status">
        {t('common.shownOf', { shown: number(shown), total: number(total) })}
      </span>
      {hasNextPage && (
        <button type="button" className="secondary" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage} aria-busy={isFetchingNextPage}>
          {isFetchingNextPage ? t('common.wait') : t('common.loadMore')}
        </button>
      )}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}

/** LoadMore for the result of `usePaged`. */
export function LoadMoreOf({ paged }: { paged: { items: readonly unknown[]; total: number; query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown; isFetchNextPageError: boolean; error: unknown } } }): ReactNode {
  const { query } = paged;
  return (
    <LoadMore
      shown={paged.items.length}
      total={paged.total}
      hasNextPage={query.hasNextPage}
      isFetchingNextPage={query.isFetchingNextPage}
      fetchNextPage={query.fetchNextPage}
      error={query.isFetchNextPageError ? query.error : undefined}
    />
  );
}
