import { useState, type ReactNode } from 'react';
import { DASHBOARD_SORTS, OnTrackStateSchema } from '@assay/contracts';
import type { ProgressWords } from '../../progress/catalog.ts';
import type { DashboardView } from '../api.ts';
import type { DashboardWords } from '../words.ts';

const LEVELS = ['1', '2', '3', '4', 'withheld', 'none'] as const;
const TRACKS = [...OnTrackStateSchema.options, 'no_target'] as const;

/** Sort and filter controls; the server sorts and filters, so each change asks it again. */
export function DashboardFilters({ view, onChange, w, pw }: { view: DashboardView; onChange(view: DashboardView): void; w: DashboardWords; pw: ProgressWords }): ReactNode {
  const [text, setText] = useState(view.q ?? '');
  const set = (patch: Partial<DashboardView>) => onChange({ ...view, ...patch });
  const filtered = view.level !== undefined || view.onTrack !== undefined || (view.q ?? '') !== '';
  return (
    <form
      className="dashboard-filters"
      aria-label={w('dashboard.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        set({ q: text.trim() === '' ? undefined : text.trim() });
      }}
    >
      <label>
        {w('dashboard.sort')}
        <select value={view.sort} onChange={(event) => set({ sort: event.target.value as DashboardView['sort'], order: undefined })}>
          {DASHBOARD_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {w(`dashboard.sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w('dashboard.order')}
        <select
          value={view.order === undefined ? 'default' : 'reverse'}
          onChange={(event) => set({ order: event.target.value === 'default' ? undefined : view.sort === 'name' ? 'desc' : 'asc' })}
        >
          <option value="default">{w('dashboard.order.default')}</option>
          <option value="reverse">{w('dashboard.order.reverse')}</option>
        </select>
      </label>
      <label>
        {w('dashboard.filter.level')}
        <select value={view.level ?? ''} onChange={(event) => set({ level: (event.target.value || undefined) as DashboardView['level'] })}>
          <option value="">{w('dashboard.filter.any')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {level === 'withheld' ? w('dashboard.filter.withheld') : level === 'none' ? w('dashboard.filter.none') : w('dashboard.distribution.level', { level })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w('dashboard.filter.onTrack')}
        <select value={view.onTrack ?? ''} onChange={(event) => set({ onTrack: (event.target.value || undefined) as DashboardView['onTrack'] })}>
          <option value="">{w('dashboard.filter.any')}</option>
          {TRACKS.map((state) => (
            <option key={state} value={state}>
              {state === 'no_target' ? w('dashboard.filter.no_target') : pw(`target.state.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w('dashboard.filter.text')}
        <input type="search" value={text} maxLength={120} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="row">
        <button type="submit">{w('dashboard.filter.search')}</button>
        {filtered && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText('');
              onChange({ sort: view.sort, order: view.order });
            }}
          >
            {w('dashboard.filter.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
