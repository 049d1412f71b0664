import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { signIn, signUp } from './api.ts';
import { authKeys } from './queries.ts';
import { safeNextPath } from './session.tsx';
import { CredentialsForm, type Credentials } from './components/SignInForm.tsx';

function AuthPage({ mode }: { mode: 'sign-in' | 'sign-up' }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  const next = safeNextPath(search.get('next'));
  const mutation = useMutation({
    mutationFn: (credentials: Credentials) =>
      mode === 'sign-up'
        ? signUp({ email: credentials.email, password: credentials.password, name: credentials.name ?? '' })
        : signIn({ email: credentials.email, password: credentials.password }),
    onSuccess: (session) => {
      // A different person may have used this tab: drop everything cached for the previous one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session.user);
      navigate(next, { replace: true });
    },
  });
  const otherPath = `${mode === 'sign-up' ? '/sign-in' : '/sign-up'}${search.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`;
  return (
    <div className="narrow">
      <div className="card">
        <h1>{mode === 'sign-up' ? t('auth.signUpTitle') : t('auth.signInTitle')}</h1>
        {search.get('expired') && mode === 'sign-in' && (
          <p className="alert warn" role="status">
            {t('auth.expired')}
          </p>
        )}
        <CredentialsForm mode={mode} pending={mutation.isPending} error={mutation.error} onSubmit={(c) => mutation.mutate(c)} />
        <p className="small" style={{ marginTop: '1rem' }}>
          {mode === 'sign-up' ? t('auth.haveAccount') : t('auth.noAccount')}{' '}
          <Link to={otherPath}>{mode === 'sign-up' ? t('auth.signIn') : t('auth.signUp')}</Link>
        </p>
      </div>
    </div>
  );
}

export function SignInPage(): ReactNode {
  return <AuthPage mode="sign-in" />;
}

export function SignUpPage(): ReactNode {
  return <AuthPage mode="sign-up" />;
}
