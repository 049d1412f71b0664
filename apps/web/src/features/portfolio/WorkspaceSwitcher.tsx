import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Workspace } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { useLocation } from '../../lib/router.tsx';
import { workspaceKeys } from '../workspaces/keys.ts';

// Everything but the button (the list, search, paging, and the ways to close it) loads when the
// reader first opens the switcher: the button is all every page's first load pays for.
const SwitcherPanel = lazy(() => import('./components/SwitcherPanel.tsx'));

const WORKSPACE_PATH = /^\/workspaces\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;

/**
 * The header's workspace switcher: a button naming the current workspace (the one in the address),
 * opening a panel of the reader's workspaces (searchable and paged by the API) with the way to the
 * portfolio. The name is read from the cache only: every workspace page asks for its workspace,
 * and fetching it here would put the workspace calls into every page's first load.
 */
export function WorkspaceSwitcher(): ReactNode {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const currentId = WORKSPACE_PATH.exec(pathname)?.[1] ?? null;
  const current = useQuery<Workspace>({ queryKey: workspaceKeys.detail(currentId ?? ''), enabled: false });
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown' && !open) {
      event.preventDefault();
      setOpen(true);
    }
  };
  const name = currentId !== null ? current.data?.name : undefined;
  return (
    <div className="switcher" ref={box}>
      <button
        ref={button}
        type="button"
        className="switcher-button"
        aria-expanded={open}
        aria-controls={open ? 'switcher-panel' : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
      >
        {name === undefined ? (
          <span className="switcher-name">{t('switcher.workspaces')}</span>
        ) : (
          <>
            <span className="visually-hidden">{t('switcher.current')} </span>
            <span className="switcher-name">{name}</span>
          </>
        )}
        <span className="switcher-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div id="switcher-panel" className="switcher-panel">
          <Suspense fallback={<p className="small">{t('common.loading')}</p>}>
            <SwitcherPanel currentId={currentId} container={box} onClose={close} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
