import { useId, useMemo, useState, type ReactNode } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { AUDIT_ACTIONS, AuditActionSchema, type AuditEvent } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useOperationsWords, type OperationsWords } from '../../../lib/i18n/operations.ts';
import { ErrorAlert, Loading } from '../../../components/ErrorAlert.tsx';
import { downloadAudit, type AuditFilter } from '../api.ts';
import { auditQuery } from '../queries.ts';

/** A local calendar day (`YYYY-MM-DD` from a date input) as the instant its midnight begins, plus `days`. */
export function localMidnight(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date! + days).toISOString();
}

/** The days chosen (both included) as the API's range: `from` at the first day's midnight, `to` at the midnight after the last. */
export function rangeOf(fromDay: string, toDay: string): Pick<AuditFilter, 'from' | 'to'> {
  return { from: fromDay ? localMidnight(fromDay) : undefined, to: toDay ? localMidnight(toDay, 1) : undefined };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * An event's facts as the API gives them (a role before and after, an export's format); never
 * answers. A change reads "from → to"; timestamps in the reader's format; empty facts are left out.
 */
function detailsOf(event: AuditEvent, w: OperationsWords, when: Intl.DateTimeFormat): string {
  const { from, to, ...rest } = event.details;
  const word = (value: string | number | boolean): string => (typeof value === 'string' && ISO_TIME.test(value) ? when.format(new Date(value)) : String(value));
  const facts: string[] = [];
  if (event.target) facts.push(w('audit.target', { type: event.target.type, id: event.target.id.slice(0, 8) }));
  if (from !== undefined || to !== undefined) facts.push(`${from === undefined || from === null ? '—' : word(from)} → ${to === undefined || to === null ? '—' : word(to)}`);
  for (const [key, value] of Object.entries(rest)) if (value !== null) facts.push(`${key}: ${word(value)}`);
  return facts.join(' · ');
}

function EventRows({ events }: { events: readonly AuditEvent[] }): ReactNode {
  const { locale } = useI18n();
  const w = useOperationsWords();
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }), [locale]);
  const short = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }), [locale]);
  return events.map((event) => (
    <tr key={event.id}>
      <td data-label={w('audit.when')}>
        <time dateTime={event.occurredAt}>{when.format(new Date(event.occurredAt))}</time>
      </td>
      <td data-label={w('audit.who')}>
        {event.actor ? (
          <>
            {event.actor.name} <span className="small muted">{event.actor.email}</span>
          </>
        ) : (
          <span className="muted">{w('audit.deletedUser')}</span>
        )}
      </td>
      <th scope="row" data-label={w('audit.what')} className="plain-weight">
        {w(`audit.action.${event.action}`)}
      </th>
      <td data-label={w('audit.details')} className="small">
        {detailsOf(event, w, short) || '—'}
      </td>
      <td data-label={w('audit.where')} className="small">
        {event.ip ?? '—'}
      </td>
    </tr>
  ));
}

/**
 * The workspace's audit log for owners and admins: newest first, a page at a time, narrowed to
 * one kind of event and a range of days (the API filters, so every page is of the filter), and
 * the whole log as a download.
 */
export function AuditLog({ workspaceId }: { workspaceId: string }): ReactNode {
  const { t, locale, number } = useI18n();
  const w = useOperationsWords();
  const ids = useId();
  const plural = useMemo(() => new Intl.PluralRules(locale), [locale]);
  const [action, setAction] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<'csv' | 'json' | null>(null);
  const backwards = fromDay !== '' && toDay !== '' && toDay < fromDay;
  const parsedAction = AuditActionSchema.safeParse(action);
  const filter: AuditFilter = { action: parsedAction.success ? parsedAction.data : undefined, ...rangeOf(fromDay, toDay) };
  const filtered = action !== '' || fromDay !== '' || toDay !== '';
  const log = useInfiniteQuery({ ...auditQuery(workspaceId, filter), enabled: !backwards });
  const events = log.data?.pages.flatMap((page) => page.items) ?? [];
  const total = log.data?.pages[0]?.total ?? 0;
  const save = (format: 'csv' | 'json'): void => {
    setDownloadError(null);
    setDownloading(format);
    downloadAudit(workspaceId, format)
      .catch(setDownloadError)
      .finally(() => setDownloading(null));
  };
  return (
    <section className="card" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="flush">
        {w('audit.title')}
      </h2>
      <p className="hint">{w('audit.lead')}</p>
      <div className="row audit-downloads" role="group" aria-label={w('audit.download')}>
        <span className="small">{w('audit.download')}:</span>
        <button type="button" className="secondary" aria-label={w('audit.downloadCsv')} disabled={downloading !== null} onClick={() => save('csv')}>
          {downloading === 'csv' ? t('common.wait') : w('audit.csv')}
        </button>
        <button type="button" className="secondary" aria-label={w('audit.downloadJson')} disabled={downloading !== null} onClick={() => save('json')}>
          {downloading === 'json' ? t('common.wait') : w('audit.json')}
        </button>
      </div>
      {downloadError !== null && <ErrorAlert error={downloadError} lead={w('audit.downloadFailed')} />}
      <form className="inline-form audit-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${ids}-action`}>{w('audit.filterAction')}</label>
          <select id={`${ids}-action`} value={action} onChange={(event) => setAction(event.target.value)}>
            <option value="">{w('audit.allActions')}</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {w(`audit.action.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-from`}>{w('audit.from')}</label>
          <input id={`${ids}-from`} type="date" value={fromDay} onChange={(event) => setFromDay(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{w('audit.to')}</label>
          <input
            id={`${ids}-to`}
            type="date"
            value={toDay}
            aria-invalid={backwards || undefined}
            aria-describedby={backwards ? `${ids}-to-error` : undefined}
            onChange={(event) => setToDay(event.target.value)}
          />
        </div>
        {filtered && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setAction('');
              setFromDay('');
              setToDay('');
            }}
          >
            {w('audit.clear')}
          </button>
        )}
      </form>
      {backwards ? (
        <p id={`${ids}-to-error`} className="field-error" role="alert">
          {w('audit.rangeBackwards')}
        </p>
      ) : log.isPending ? (
        <Loading />
      ) : log.data === undefined ? (
        <ErrorAlert error={log.error} />
      ) : events.length === 0 ? (
        <p className="muted">{filtered ? w('audit.noneFiltered') : w('audit.none')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="stack-table audit-table">
              <caption className="visually-hidden">{w('audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{w('audit.when')}</th>
                  <th scope="col">{w('audit.who')}</th>
                  <th scope="col">{w('audit.what')}</th>
                  <th scope="col">{w('audit.details')}</th>
                  <th scope="col">{w('audit.where')}</th>
                </tr>
              </thead>
              <tbody>
                <EventRows events={events} />
              </tbody>
            </table>
          </div>
          <p className="small muted" role="status">
            {w(plural.select(total) === 'one' && total !== 0 ? 'audit.shown.one' : 'audit.shown.other', { count: number(events.length), total: number(total) })}{' '}
            {log.hasNextPage ? '' : w('audit.end')}
          </p>
          {log.isFetchNextPageError && <ErrorAlert error={log.error} />}
          {log.hasNextPage && (
            <button type="button" className="secondary" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
              {log.isFetchingNextPage ? t('common.wait') : w('audit.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
