import type { ReactNode } from 'react';
import { ApiError, NetworkError } from '../lib/http.ts';
import { useI18n } from '../lib/i18n/i18n.tsx';
import type { MessageKey } from '../lib/i18n/messages.en.ts';

const KNOWN_CODES = new Set([
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'invalid_answers',
  'response_incomplete',
  'rate_limited',
  'internal_error',
  'service_unavailable',
  'unexpected_response',
]);

/** An error in words: what kind of problem (in the reader's language), then the API's own message. */
export function useErrorText(): (error: unknown) => { title: string; detail: string | null } {
  const { t } = useI18n();
  return (error) => {
    if (error instanceof NetworkError) return { title: t('error.network'), detail: null };
    if (error instanceof ApiError) {
      const title = KNOWN_CODES.has(error.code) ? t(`error.${error.code}` as MessageKey) : t('error.generic');
      const detail = error.message && error.message !== title ? error.message : null;
      return { title, detail: error.requestId && error.status >= 500 ? `${detail ?? ''} (${t('error.reference', { id: error.requestId })})` : detail };
    }
    return { title: t('error.generic'), detail: error instanceof Error ? error.message : null };
  };
}

/**
 * `lead` says which action failed when a page has several (e.g. "Could not change Ana's role.").
 * `explain` gives, per API error code, the reason in the reader's language where the caller knows
 * it (the API's messages are English): it replaces the API's message for that code.
 */
export function ErrorAlert({ error, lead, explain }: {
  error: unknown;
  lead?: string | undefined;
  explain?: Readonly<Partial<Record<string, string>>>;
}): ReactNode {
  const describe = useErrorText();
  const described = describe(error);
  const title = described.title;
  const detail = (error instanceof ApiError ? explain?.[error.code] : undefined) ?? described.detail;
  return (
    <div className="alert error" role="alert">
      {lead && <div>{lead}</div>}
      <strong>{title}</strong>
      {detail && <div>{detail}</div>}
      {error instanceof ApiError && error.problems.length > 0 && (
        <ul>
          {error.problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading(): ReactNode {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
