import type { ReactNode } from 'react';
import type { DashboardTeam, OnTrackStateDto } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { LevelBadge } from '../../../components/LevelBadge.tsx';
import type { ProgressWords } from '../../progress/catalog.ts';
import { useCalendarDate } from '../../progress/components/calendar-date.ts';
import type { DashboardWords } from '../words.ts';
import { Sparkline } from './Sparkline.tsx';

const STATE_BADGE: Readonly<Record<OnTrackStateDto, string>> = { met: 'ok', on_track: 'ok', at_risk: 'warn', overdue: 'bad', no_result: '' };

/** One row per team: level (or "not enough responses"), trend, target, actions, last assessment. */
export function DashboardTable({
  workspaceId,
  teams,
  w,
  pw,
  selected,
  onToggle,
}: {
  workspaceId: string;
  teams: readonly DashboardTeam[];
  w: DashboardWords;
  pw: ProgressWords;
  /** Teams ticked for comparing, and how many more may be ticked. */
  selected: { ids: readonly string[]; full: boolean };
  onToggle(teamId: string): void;
}): ReactNode {
  const { date } = useI18n();
  const day = useCalendarDate();
  return (
    <table className="stack-table dashboard-table">
      <caption className="visually-hidden">{w('dashboard.teams.heading')}</caption>
      <thead>
        <tr>
          <th scope="col" className="select-col">{w('dashboard.col.compare')}</th>
          <th scope="col">{w('dashboard.col.team')}</th>
          <th scope="col">{w('dashboard.col.level')}</th>
          <th scope="col">{w('dashboard.col.trend')}</th>
          <th scope="col">{w('dashboard.col.target')}</th>
          <th scope="col">{w('dashboard.col.actions')}</th>
          <th scope="col">{w('dashboard.col.last')}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.teamId}>
            <td className="select-col">
              <input
                type="checkbox"
                aria-label={w('compare.select', { team: team.name })}
                checked={selected.ids.includes(team.teamId)}
                disabled={selected.full && !selected.ids.includes(team.teamId)}
                onChange={() => onToggle(team.teamId)}
              />
            </td>
            <th scope="row">
              <Link to={`/workspaces/${workspaceId}/teams/${team.teamId}`}>{team.name}</Link>
            </th>
            <td data-label={w('dashboard.col.level')}>
              {team.latest === null ? (
                <span className="muted">{w('dashboard.notAssessed')}</span>
              ) : team.latest.status === 'withheld' ? (
                <>
                  <span className="badge warn">{w('dashboard.withheld')}</span>{' '}
                  <span className="small muted">{w('dashboard.withheldWhy', { responses: team.latest.respondents, minimum: team.latest.minimum })}</span>
                </>
              ) : (
                <LevelBadge level={team.latest.level} max={team.latest.levelMax} />
              )}
            </td>
            <td data-label={w('dashboard.col.trend')}>
              <Sparkline history={team.history} w={w} />
            </td>
            <td data-label={w('dashboard.col.target')}>
              {team.target === null ? (
                <span className="muted">{w('dashboard.target.none')}</span>
              ) : (
                <>
                  {w('dashboard.target.value', { level: team.target.level, date: day(team.target.dueDate) })}{' '}
                  <span className={`badge ${STATE_BADGE[team.target.state]}`}>{pw(`target.state.${team.target.state}`)}</span>
                </>
              )}
            </td>
            <td data-label={w('dashboard.col.actions')}>
              {team.actions.open === 0 ? (
                <span className="muted">{w('dashboard.actions.none')}</span>
              ) : (
                <span className={team.actions.overdue > 0 ? 'overdue-count' : undefined}>
                  {w('dashboard.actions.value', { open: team.actions.open, overdue: team.actions.overdue })}
                </span>
              )}
            </td>
            <td data-label={w('dashboard.col.last')}>
              {team.latest === null
                ? '—'
                : team.latest.respondents === 1
                  ? w('dashboard.last.one', { date: date(team.latest.closedAt) })
                  : w('dashboard.last.value', { date: date(team.latest.closedAt), respondents: team.latest.respondents })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
