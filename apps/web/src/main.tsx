import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.tsx';
import { I18nProvider, initialLocaleOf, loadCatalog } from './lib/i18n/i18n.tsx';
import { createQueryClient } from './lib/query-client.ts';
import './styles.css';

// The reader's catalogue starts loading now, beside React's first render.
const locale = initialLocaleOf();
void loadCatalog(locale).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must have an element with id "root".');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider initialLocale={locale}>
        <App />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
