import { useState, type ReactNode } from 'react';
import type { RespondentLink } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Field } from '../../../components/Field.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { OneTimeLink } from '../../../components/OneTimeLink.tsx';

/** The link a guest opens; the token is shown once, when the link is made. */
export const respondentLinkUrl = (token: string): string => `${window.location.origin}/respond/${encodeURIComponent(token)}`;

/** Account-free links for guests: make one, see who used each, revoke. */
export function RespondentLinks({ links, createdToken, creating, error, onCreate, onRevoke }: {
  links: readonly RespondentLink[];
  createdToken: string | null;
  creating: boolean;
  error: unknown;
  onCreate: (label: string) => void;
  onRevoke: (linkId: string) => void;
}): ReactNode {
  const { t, date } = useI18n();
  const [label, setLabel] = useState('');
  // A new link was made: the form starts empty for the next one (its label is in the list).
  const [shownToken, setShownToken] = useState(createdToken);
  if (createdToken !== shownToken) {
    setShownToken(createdToken);
    setLabel('');
  }
  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading" style={{ marginTop: 0 }}>
        {t('links.title')}
      </h2>
      <p className="hint">{t('links.lead')}</p>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      {createdToken && (
        <OneTimeLink
          key={createdToken}
          message={t('links.created')}
          label={t('links.url')}
          url={respondentLinkUrl(createdToken)}
          testId="respondent-link"
        />
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onCreate(label.trim());
        }}
      >
        <Field label={t('links.label')} value={label} maxLength={200} hint={t('links.labelHint')} onChange={(event) => setLabel(event.target.value)} />
        <button type="submit" disabled={creating}>
          {creating ? t('common.wait') : t('links.create')}
        </button>
      </form>
      {links.length > 0 && (
        <table className="stack-table" style={{ marginTop: '1rem' }}>
          <thead>
            <tr>
              <th scope="col">{t('links.label')}</th>
              <th scope="col">{t('links.createdAt')}</th>
              <th scope="col" className="num">{t('links.responses')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('links.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id}>
                <td>
                  {link.label ?? t('links.unlabelled')}
                  {link.kind === 'personal' && <span className="small muted"> ({t('links.personal')})</span>}
                </td>
                <td data-label={t('links.createdAt')}>{date(link.createdAt)}</td>
                <td className="num" data-label={t('links.responses')}>{link.responses}</td>
                <td>
                  {link.revokedAt ? (
                    <span className="muted">{t(link.replacedById ? 'links.reissued' : 'links.revoked')}</span>
                  ) : (
                    <button type="button" className="secondary" onClick={() => onRevoke(link.id)}>
                      {t('links.revoke')}
                    </button>
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
