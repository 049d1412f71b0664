import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Locale } from '@assay/domain';
import { I18nProvider } from '../lib/i18n/i18n.tsx';
import { en } from '../lib/i18n/messages.en.ts';
import { ptBR } from '../lib/i18n/messages.pt-BR.ts';

/** Renders with a fresh QueryClient (no retries, so errors show at once) and a fixed language. */
export function renderWithProviders(ui: ReactElement, { locale = 'en' }: { locale?: Locale } = {}): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale} catalogs={{ en, 'pt-BR': ptBR }}>
        {ui}
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export type FetchHandler = (request: RecordedRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Replaces fetch with a handler; every request is recorded (method, path without origin, parsed body). */
export function mockFetch(handler: FetchHandler): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const raw = init?.body;
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      body: typeof raw === 'string' ? JSON.parse(raw) : null,
    };
    requests.push(request);
    return handler(request);
  };
  globalThis.fetch = fake as typeof fetch;
  return requests;
}
