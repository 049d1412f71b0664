import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App, preloadPage } from './App.tsx';
import { I18nProvider, initialLocaleOf, loadCatalog, warmFormatters } from './lib/i18n/i18n.tsx';
import { createQueryClient } from './lib/query-client.ts';
import { sessionQuery } from './features/auth/queries.ts';
import './styles.css';

// The reader's catalogue and the session (resumed from the refresh cookie) load side by side, and
// React draws once both are there: the header has its final shape (signed in or not) from its first
// frame, so nothing in it moves when the session arrives. A failed session request settles too (the
// pages then treat the reader as signed out, as before).
// The page's chunk and its first request start here too (preloadPage), so they travel beside the
// catalogue and the session rather than after the first draw.
const locale = initialLocaleOf();
const queryClient = createQueryClient();
const session = queryClient.prefetchQuery(sessionQuery());
const signedIn = session.then(() => Boolean(queryClient.getQueryData(sessionQuery().queryKey)));
const page = preloadPage(window.location.pathname, queryClient, signedIn);
// Such a page draws numbers and dates with its data: the formatters are made in the wait.
if (page) setTimeout(() => warmFormatters(locale), 0);
const ready = Promise.all([loadCatalog(locale).catch(() => undefined), session, page]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must have an element with id "root".');

void ready.then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider initialLocale={locale}>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
