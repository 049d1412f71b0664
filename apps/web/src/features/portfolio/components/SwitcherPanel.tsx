import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { ErrorAlert, Loading } from '../../../components/ErrorAlert.tsx';
import { LoadMoreOf } from '../../../components/LoadMore.tsx';
import type { Locale } from '@assay/domain';
import { useCatalog, useI18n } from '../../../lib/i18n/i18n.tsx';
import { pagedQuery, usePaged } from '../../../lib/paged-query.ts';
import { Link } from '../../../lib/router.tsx';
import { listWorkspaces } from '../../workspaces/api.ts';
import { workspaceKeys } from '../../workspaces/queries.ts';
import { useDebounced } from '../debounce.ts';

// The panel's own words, loaded with it (not with every page's catalogue).
const WORDS = {
  en: {
    heading: 'Your workspaces',
    search: 'Find a workspace',
    none: 'You do not belong to any workspace yet.',
    noMatch: 'No workspace name contains “{q}”.',
    all: 'All workspaces, or a new one',
  },
  'pt-BR': {
    heading: 'Seus espaços de trabalho',
    search: 'Encontrar um espaço de trabalho',
    none: 'Você ainda não participa de nenhum espaço de trabalho.',
    noMatch: 'Nenhum nome de espaço de trabalho contém “{q}”.',
    all: 'Todos os espaços de trabalho, ou um novo',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Workspaces a page of the switcher holds; with more than this, it offers a search box. */
export const SWITCHER_PAGE = 8;

/** What the switcher's panel can focus, in order: the search box, the workspaces, "load more", the links. */
const FOCUSABLE = 'input, a[href], button:not([disabled])';

/**
 * The switcher's open panel: the reader's workspaces by name (the current one marked), found and
 * paged by the API. Escape closes it (focus back on the button), as do a click or focus outside
 * the switcher (`container`: the button and this panel); arrow keys move through it.
 */
export default function SwitcherPanel({
  currentId,
  container,
  onClose,
}: {
  currentId: string | null;
  container: RefObject<HTMLDivElement | null>;
  onClose(refocus: boolean): void;
}): ReactNode {
  const { t } = useI18n();
  const w = useCatalog<keyof (typeof WORDS)['en']>(WORDS);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = usePaged({
    ...pagedQuery(workspaceKeys.switcher(q), (cursor) => listWorkspaces(cursor, q === '' ? undefined : q, SWITCHER_PAGE)),
    placeholderData: keepPreviousData,
  });
  const { query, items, total } = list;
  const searchable = text !== '' || total > SWITCHER_PAGE;
  const panel = useRef<HTMLDivElement>(null);
  const focused = useRef(false);

  // Once the list is there, focus moves into it: the search box, else the current workspace, else the first.
  useEffect(() => {
    if (focused.current || !query.isSuccess || !panel.current) return;
    focused.current = true;
    const target =
      panel.current.querySelector<HTMLElement>('input[type="search"]') ??
      panel.current.querySelector<HTMLElement>('a[aria-current="page"]') ??
      panel.current.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
  }, [query.isSuccess]);

  useEffect(() => {
    const inside = (target: EventTarget | null): boolean => target instanceof Node && container.current?.contains(target) === true;
    const onPointer = (event: PointerEvent): void => {
      if (!inside(event.target)) onClose(false);
    };
    const onFocus = (event: FocusEvent): void => {
      if (!inside(event.target)) onClose(false);
    };
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape' && inside(document.activeElement)) {
        event.preventDefault();
        onClose(true);
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [container, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = [...(panel.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = all[event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : Math.max(at - 1, 0)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div ref={panel} onKeyDown={onKeyDown}>
      <p className="switcher-heading" id="switcher-heading">
        {w('heading')}
      </p>
      {searchable && (
        <input
          type="search"
          aria-label={w('search')}
          placeholder={w('search')}
          value={text}
          maxLength={120}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError && items.length === 0 ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <p className="small" role="status">
          {q === '' ? w('none') : w('noMatch', { q })}
        </p>
      ) : (
        <ul className="switcher-list" aria-labelledby="switcher-heading">
          {items.map((workspace) => (
            <li key={workspace.id}>
              <Link to={`/workspaces/${workspace.id}`} aria-current={workspace.id === currentId ? 'page' : undefined} onClick={() => onClose(false)}>
                <span className="switcher-item-name">{workspace.name}</span> <span className="small switcher-role">{t(`role.${workspace.role}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreOf paged={list} />
      <p className="switcher-links small">
        <Link to="/portfolio" onClick={() => onClose(false)}>
          {t('nav.portfolio')}
        </Link>
        <Link to="/workspaces" onClick={() => onClose(false)}>
          {w('all')}
        </Link>
      </p>
    </div>
  );
}
