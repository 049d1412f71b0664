import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { Field } from '../../components/Field.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { guestKey, startGuestResponse } from './api.ts';
import { AnonymityNotice } from '../../components/AnonymityNotice.tsx';
import { respondentLinkQuery } from './queries.ts';

const STARTED_PREFIX = 'assay.guest.link.';

function startedResponse(token: string): string | null {
  try {
    const id = window.localStorage.getItem(STARTED_PREFIX + token);
    return id && guestKey(id) ? id : null;
  } catch {
    return null;
  }
}

/** A guest opens a respondent link: what it is for, an optional name, and a start button. No account. */
export default function GuestStartPage({ token }: { token: string }): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const link = useQuery(respondentLinkQuery(token));
  const start = useMutation({
    mutationFn: () => startGuestResponse(token, name.trim() || undefined),
    onSuccess: (started) => {
      try {
        window.localStorage.setItem(STARTED_PREFIX + token, started.response.id);
      } catch {
        // Resuming from this browser will need the link's start page again; answering still works.
      }
      navigate(`/guest/responses/${started.response.id}`, { replace: true });
    },
  });
  if (link.isPending) return <Loading />;
  if (link.isError) return <ErrorAlert error={link.error} />;
  const previous = startedResponse(token);
  return (
    <div className="narrow">
      <div className="card stack">
        <h1>{link.data.title}</h1>
        <p>{t('guest.invited', { team: link.data.teamName, workspace: link.data.workspaceName })}</p>
        <p className="hint">{t('guest.noAccount')}</p>
        <AnonymityNotice anonymity={link.data.anonymity} />
        {link.data.status !== 'open' ? (
          <p className="alert warn">{t('questionnaire.notOpen')}</p>
        ) : previous ? (
          <Link to={`/guest/responses/${previous}`} className="button">
            {t('guest.continue')}
          </Link>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              start.mutate();
            }}
          >
            {start.error !== null && <ErrorAlert error={start.error} />}
            <Field label={t('guest.name')} hint={t('guest.nameHint')} value={name} maxLength={120} autoComplete="name" onChange={(e) => setName(e.target.value)} />
            <button type="submit" disabled={start.isPending}>
              {t('guest.start')}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
