import { useState, type ReactNode } from 'react';
import type { RosterEntry, RosterStatus } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useRosterWords } from '../roster-words.ts';
import { Field } from '../../../components/Field.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { OneTimeLink } from '../../../components/OneTimeLink.tsx';
import { respondentLinkUrl } from './RespondentLinks.tsx';

/** The most a label holds (the API's limit too). */
export const LABEL_MAX = 200;

const STATUS_CLASS: Record<RosterStatus, string> = { not_started: 'badge muted-badge', started: 'badge warn', submitted: 'badge ok' };

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
];

/** "3 minutes ago", "yesterday", in the reader's language; a date past a month. */
export function relativeTime(iso: string, locale: string, now: number = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A link the API has just shown, once: for whom, and whether it replaced an older one. */
export interface ShownLink {
  readonly name: string;
  readonly token: string;
  readonly reissued: boolean;
}

/**
 * Who has answered an assessment: members and personal links with their status and last
 * activity, shared links with their counts; never answers. While the assessment is open, a
 * personal link is made here (one person, one response) and reissued as a reminder.
 */
export function Roster({ entries, canIssue, shown, creating, reissuing, error, onCreate, onReissue, now }: {
  entries: readonly RosterEntry[];
  /** Open assessment and a role that runs it: links can be made and reissued. */
  canIssue: boolean;
  shown: ShownLink | null;
  creating: boolean;
  reissuing: boolean;
  error: unknown;
  onCreate: (label: string) => void;
  onReissue: (entry: RosterEntry) => void;
  /** For tests: the time "now" is. */
  now?: number;
}): ReactNode {
  const { locale, date, t: common } = useI18n();
  const { w: t, plural } = useRosterWords();
  const [label, setLabel] = useState('');
  const [blank, setBlank] = useState(false);
  // A link was made: the form starts empty for the next person (their row is in the roster).
  const [lastToken, setLastToken] = useState(shown?.token ?? null);
  if ((shown?.token ?? null) !== lastToken) {
    setLastToken(shown?.token ?? null);
    if (shown && !shown.reissued) setLabel('');
  }
  const nameOf = (entry: RosterEntry): string => entry.name ?? t('roster.unlabelled');
  return (
    <section className="card roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading" style={{ marginTop: 0 }}>
        {t('roster.title')}
      </h2>
      <p className="hint">{t('roster.lead')}</p>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      {shown && (
        <OneTimeLink
          key={shown.token}
          message={t(shown.reissued ? 'roster.reissued' : 'roster.created', { name: shown.name })}
          label={t('roster.url', { name: shown.name })}
          url={respondentLinkUrl(shown.token)}
          testId="personal-link"
        />
      )}
      {canIssue ? (
        <form
          className="roster-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (label.trim() === '') {
              setBlank(true);
              return;
            }
            onCreate(label.trim());
          }}
        >
          <Field
            label={t('roster.personalLabel')}
            hint={t('roster.personalHint')}
            value={label}
            required
            maxLength={LABEL_MAX}
            autoComplete="off"
            error={blank ? t('roster.labelBlank') : undefined}
            onChange={(event) => {
              setLabel(event.target.value);
              setBlank(false);
            }}
          />
          <button type="submit" disabled={creating}>
            {creating ? common('common.wait') : t('roster.create')}
          </button>
        </form>
      ) : (
        <p className="small muted">{t('roster.closed')}</p>
      )}
      {entries.length === 0 ? (
        <p className="muted">{t('roster.empty')}</p>
      ) : (
        <table className="stack-table roster-table">
          <thead>
            <tr>
              <th scope="col">{t('roster.who')}</th>
              <th scope="col">{t('roster.status')}</th>
              <th scope="col">{t('roster.activity')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('roster.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.kind}:${entry.id}`}>
                <th scope="row">
                  <span className="roster-name">{nameOf(entry)}</span>{' '}
                  <span className="small muted">{t(`roster.kind.${entry.kind}`)}</span>
                  {entry.link?.revokedAt && <span className="small muted"> · {t('roster.revoked')}</span>}
                </th>
                <td data-label={t('roster.status')}>
                  {entry.status !== null ? (
                    <span className={STATUS_CLASS[entry.status]}>{t(`roster.state.${entry.status}`)}</span>
                  ) : (
                    <span>
                      {plural('roster.started', entry.counts?.started ?? 0)}, {plural('roster.submitted', entry.counts?.submitted ?? 0)}
                    </span>
                  )}
                </td>
                <td data-label={t('roster.activity')}>
                  {entry.lastActivityAt ? (
                    <time dateTime={entry.lastActivityAt} title={date(entry.lastActivityAt)}>
                      {relativeTime(entry.lastActivityAt, locale, now)}
                    </time>
                  ) : (
                    <span className="muted">{t('roster.noActivity')}</span>
                  )}
                </td>
                <td>
                  {canIssue && entry.kind === 'personal' && (
                    <ConfirmButton
                      label={t('roster.reissue')}
                      accessibleLabel={t('roster.reissueFor', { name: nameOf(entry) })}
                      question={t('roster.reissueQuestion', { name: nameOf(entry) })}
                      confirmLabel={t('roster.reissueConfirm')}
                      pending={reissuing}
                      onConfirm={() => onReissue(entry)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
