import { useId, useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { User } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { useOperationsWords } from '../../lib/i18n/operations.ts';
import { ApiError } from '../../lib/http.ts';
import { Link } from '../../lib/router.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import { changePassword, deleteAccount, downloadMyData, signOutEverywhere } from './api.ts';

const MIN_PASSWORD = 10;

/**
 * Called once the account's sessions have ended (sign-out everywhere, deletion) with where to go
 * next. The app shell owns the session (it forgets it and every cached answer), as it does when a
 * session expires; the page only says that it ended.
 */
export type SessionEnded = (to: string) => void;

function ChangePassword(): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    // The new access token is kept by changePassword; the user (name, email) has not changed.
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      setChecked(false);
    },
  });
  const tooShort = next.length < MIN_PASSWORD;
  const mismatch = repeat !== next;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="flush">
        {w('password.title')}
      </h2>
      <p className="hint">{w('password.lead')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (current !== '' && !tooShort && !mismatch) change.mutate();
        }}
      >
        <Field label={w('password.current')} type="password" autoComplete="current-password" required value={current} onChange={(event) => setCurrent(event.target.value)} />
        <Field
          label={w('password.new')}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          hint={w('password.newHint')}
          error={checked && tooShort ? w('password.tooShort') : undefined}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <Field
          label={w('password.repeat')}
          type="password"
          autoComplete="new-password"
          required
          error={checked && !tooShort && mismatch ? w('password.mismatch') : undefined}
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        <button type="submit" disabled={change.isPending || current === ''}>
          {change.isPending ? t('common.wait') : w('password.submit')}
        </button>
      </form>
      <div aria-live="polite">{change.isSuccess && <p className="alert info">{w('password.changed')}</p>}</div>
      {change.error !== null && <ErrorAlert error={change.error} lead={w('password.failed')} />}
    </section>
  );
}

function SignOutEverywhere({ onSessionEnded }: { onSessionEnded: SessionEnded }): ReactNode {
  const w = useOperationsWords();
  const headingId = useId();
  const end = useMutation({ mutationFn: signOutEverywhere, onSuccess: () => onSessionEnded('/sign-in') });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="flush">
        {w('sessions.title')}
      </h2>
      <p className="hint">{w('sessions.lead')}</p>
      <ConfirmButton
        label={w('sessions.button')}
        question={w('sessions.question')}
        confirmLabel={w('sessions.confirm')}
        pending={end.isPending}
        onConfirm={() => end.mutate()}
      />
      {end.error !== null && <ErrorAlert error={end.error} lead={w('sessions.failed')} />}
    </section>
  );
}

function MyData(): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const save = useMutation({ mutationFn: downloadMyData });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="flush">
        {w('myData.title')}
      </h2>
      <p className="hint">{w('myData.lead')}</p>
      <button type="button" className="secondary" disabled={save.isPending} onClick={() => save.mutate()}>
        {save.isPending ? t('common.wait') : w('myData.button')}
      </button>
      {save.error !== null && <ErrorAlert error={save.error} lead={w('myData.failed')} />}
    </section>
  );
}

/**
 * Deleting the account: what happens to one's responses and why a last owner must hand over
 * first, said before the form; the email typed again and the password. The API decides (the last
 * owner's 409 is shown in words, with the way to the workspaces).
 */
function DeleteAccount({ user, onSessionEnded }: { user: User; onSessionEnded: SessionEnded }): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const remove = useMutation({ mutationFn: () => deleteAccount({ password }), onSuccess: () => onSessionEnded('/') });
  const confirmed = email.trim().toLowerCase() === user.email.toLowerCase() && password !== '';
  const lastOwner = remove.error instanceof ApiError && remove.error.reason === 'last_owner';
  return (
    <section className="card danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId} className="flush">
        {w('deleteAccount.title')}
      </h2>
      <p>{w('deleteAccount.lead')}</p>
      <ul>
        <li>{w('deleteAccount.responses')}</li>
        <li>{w('deleteAccount.owners')}</li>
        <li>{w('deleteAccount.audit')}</li>
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed) remove.mutate();
        }}
      >
        <Field
          label={w('deleteAccount.typeEmail', { email: user.email })}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field label={w('deleteAccount.password')} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        <button type="submit" className="danger" disabled={!confirmed || remove.isPending}>
          {remove.isPending ? t('common.wait') : w('deleteAccount.button')}
        </button>
      </form>
      {remove.error !== null && <ErrorAlert error={remove.error} lead={w('deleteAccount.failed')} />}
      {lastOwner && (
        <p>
          <Link to="/workspaces">{w('deleteAccount.toWorkspaces')}</Link>
        </p>
      )}
    </section>
  );
}

/** The signed-in person's own account: password, sessions, their data, and deleting the account. */
export default function AccountPage({ user, onSessionEnded }: { user: User; onSessionEnded: SessionEnded }): ReactNode {
  const w = useOperationsWords();
  return (
    <div>
      <h1>{w('account.title')}</h1>
      <p className="muted">{w('account.signedInAs', { name: user.name, email: user.email })}</p>
      <div className="grid-2">
        <ChangePassword />
        <div className="stack">
          <SignOutEverywhere onSessionEnded={onSessionEnded} />
          <MyData />
        </div>
      </div>
      <DeleteAccount user={user} onSessionEnded={onSessionEnded} />
    </div>
  );
}
