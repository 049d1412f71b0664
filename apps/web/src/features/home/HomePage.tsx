import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { Loading } from '../../components/ErrorAlert.tsx';
import { useSession } from '../auth/session.tsx';

/** Signed in: straight to the workspaces. Otherwise: what Assay is, and the ways in. */
export function HomePage(): ReactNode {
  const { t } = useI18n();
  const { user, isPending } = useSession();
  useEffect(() => {
    if (user) navigate('/workspaces', { replace: true });
  }, [user]);
  if (isPending || user) return <Loading />;
  return (
    <div className="card stack">
      <h1>{t('home.title')}</h1>
      <p>{t('home.lead')}</p>
      <p className="muted">{t('home.source')}</p>
      <div className="row">
        <Link to="/sign-up" className="button">
          {t('auth.signUp')}
        </Link>
        <Link to="/sign-in" className="button secondary">
          {t('auth.signIn')}
        </Link>
        <Link to="/benchmark">{t('home.benchmark')}</Link>
      </div>
    </div>
  );
}
