import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@assay/domain';
import { useI18n } from '../lib/i18n/i18n.tsx';
import { isLocale, LOCALES } from '../lib/i18n/locale.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { signOut } from '../features/auth/api.ts';
import { authKeys } from '../features/auth/queries.ts';
import { useSession } from '../features/auth/session.tsx';
import { WorkspaceSwitcher } from '../features/portfolio/WorkspaceSwitcher.tsx';

// Short, so the select leaves the workspace switcher room on a 390 px phone (Brazilian Portuguese is the only Portuguese).
const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'pt-BR': 'Português' };

function LanguageSwitch(): ReactNode {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="row" style={{ fontWeight: 400, margin: 0, gap: '0.4rem' }}>
      <span className="language-label">{t('nav.language')}</span>
      <select name="locale" value={locale} onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}>
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LOCALE_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  );
}

function NavLink({ to, children }: { to: string; children: ReactNode }): ReactNode {
  const { pathname } = useLocation();
  const current = pathname === to || (to !== '/' && pathname.startsWith(`${to}/`));
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }): ReactNode {
  const { t } = useI18n();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const handleSignOut = async (): Promise<void> => {
    try {
      await signOut();
    } finally {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
      navigate('/sign-in', { replace: true });
    }
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="inner">
          <Link to="/" className="brand">
            Assay
          </Link>
          <nav aria-label={t('nav.main')}>
            {user && <NavLink to="/portfolio">{t('nav.portfolio')}</NavLink>}
            <NavLink to="/benchmark">{t('nav.benchmark')}</NavLink>
            {user && <NavLink to="/account">{t('nav.account')}</NavLink>}
          </nav>
          <div className="header-tools">
            {user && <WorkspaceSwitcher />}
            <LanguageSwitch />
            {user ? (
              <>
                <span className="small user-name">{user.name}</span>
                <button type="button" onClick={() => void handleSignOut()}>
                  {t('auth.signOut')}
                </button>
              </>
            ) : (
              <NavLink to="/sign-in">{t('auth.signIn')}</NavLink>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="inner" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer inner">{t('footer.source')}</footer>
    </>
  );
}
