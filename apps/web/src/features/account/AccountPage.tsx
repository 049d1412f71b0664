import { useId, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { useOperationsWords } from '../../lib/i18n/operations.ts';
import { ApiError } from '../../lib/http.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import { authKeys } from '../auth/queries.ts';
import { changePassword, deleteAccount, downloadMyData, signOutEverywhere } from './api.ts';

const MIN_PASSWORD = 10;

/** After the account's sessions end (sign-out everywhere, deletion): nothing cached stays, and the page leaves. */
function useForgetSession(): (to: string) => void {
  const queryClient = useQueryClient();
  return (to) => {
    queryClient.clear();
    queryClient.setQueryData(authKeys.session(), null);
    navigate(to, { replace: true });
  };
}

function ChangePassword(): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: (session) => {
      queryClient.setQueryData(authKeys.session(), session.user);
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

function SignOutEverywhere(): ReactNode {
  const w = useOperationsWords();
  const headingId = useId();
  const forget = useForgetSession();
  const end = useMutation({ mutationFn: signOutEverywhere, onSuccess: () => forget('/sign-in') });
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
function DeleteAccount({ user }: { user: User }): ReactNode {
  const { t } = useI18n();
  const w = useOperationsWords();
  const headingId = useId();
  const forget = useForgetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const remove = useMutation({ mutationFn: () => deleteAccount({ password }), onSuccess: () => forget('/') });
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
export default function AccountPage({ user }: { user: User }): ReactNode {
  const w = useOperationsWords();
  return (
    <div>
      <h1>{w('account.title')}</h1>
      <p className="muted">{w('account.signedInAs', { name: user.name, email: user.email })}</p>
      <div className="grid-2">
        <ChangePassword />
        <div className="stack">
          <SignOutEverywhere />
          <MyData />
        </div>
      </div>
      <DeleteAccount user={user} />
    </div>
  );
}
