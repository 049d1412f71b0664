import { useMemo, useState, type ReactNode } from 'react';
import type { Workspace } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useUpdateWorkspace } from './update-workspace.ts';

/** The IANA time zones this browser knows, UTC first. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...new Set([current, ...known].filter((zone) => zone !== 'UTC'))].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

/** The workspace's time zone (owners and admins): due dates of targets and actions are days in it. */
export function TimeZoneSetting({ workspace }: { workspace: Workspace }): ReactNode {
  const { t } = useI18n();
  const [value, setValue] = useState(workspace.timeZone);
  const zones = useMemo(() => timeZones(workspace.timeZone), [workspace.timeZone]);
  const save = useUpdateWorkspace(workspace.id);
  return (
    <section className="card" aria-labelledby="time-zone-heading">
      <h2 id="time-zone-heading" className="flush">
        {t('timeZone.title')}
      </h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ timeZone: value });
        }}
      >
        <div className="field">
          <label htmlFor="time-zone">{t('timeZone.label')}</label>
          <select id="time-zone" value={value} aria-describedby="time-zone-hint" onChange={(event) => setValue(event.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={save.isPending || value === workspace.timeZone}>
          {save.isPending ? t('common.wait') : t('timeZone.save')}
        </button>
      </form>
      <p id="time-zone-hint" className="hint">
        {t('timeZone.hint')}
      </p>
      {save.error !== null && <ErrorAlert error={save.error} />}
    </section>
  );
}
