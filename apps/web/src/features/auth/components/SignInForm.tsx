import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Field } from '../../../components/Field.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { describeFieldProblem } from '../../../lib/api-errors.ts';
import { ApiError } from '../../../lib/http.ts';

export interface Credentials {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
}

/** Sign-in and sign-up share one form; sign-up asks for a name and a longer password. */
export function CredentialsForm({ mode, pending, error, onSubmit }: {
  mode: 'sign-in' | 'sign-up';
  pending: boolean;
  error: unknown;
  onSubmit: (credentials: Credentials) => void;
}): ReactNode {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const fieldError = (field: string): string | undefined => {
    const problem = error instanceof ApiError ? error.problems.find((p) => p.field.endsWith(field)) : undefined;
    return problem === undefined ? undefined : describeFieldProblem(problem, t);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit(mode === 'sign-up' ? { email, password, name } : { email, password });
  };
  return (
    <form onSubmit={submit} noValidate={false}>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      {mode === 'sign-up' && (
        <Field label={t('auth.name')} name="name" autoComplete="name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
      )}
      <Field label={t('auth.email')} type="email" name="email" autoComplete="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError('email')} />
      <Field
        label={t('auth.password')}
        type="password"
        name="password"
        autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
        required
        minLength={mode === 'sign-up' ? 10 : 1}
        maxLength={200}
        hint={mode === 'sign-up' ? t('auth.passwordHint') : undefined}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError('password')}
      />
      <button type="submit" disabled={pending}>
        {pending ? t('common.wait') : mode === 'sign-up' ? t('auth.signUp') : t('auth.signIn')}
      </button>
    </form>
  );
}
