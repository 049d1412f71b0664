import type { ReactNode } from 'react';
import type { Team } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { LevelBadge } from '../../../components/LevelBadge.tsx';

/** Each team with its latest level (and its range), and the trend against the assessment before. */
export function TeamList({ workspaceId, teams }: { workspaceId: string; teams: readonly Team[] }): ReactNode {
  const { t, date } = useI18n();
  if (teams.length === 0) return <p className="muted">{t('teams.none')}</p>;
  return (
    <table className="stack-table">
      <caption className="visually-hidden">{t('teams.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('teams.team')}</th>
          <th scope="col">{t('teams.latestLevel')}</th>
          <th scope="col">{t('teams.trend')}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.id}>
            <td>
              <Link to={`/workspaces/${workspaceId}/teams/${team.id}`}>{team.name}</Link>
              {team.archived && (
                <>
                  {' '}
                  <span className="badge warn">{t('teams.archived')}</span>
                </>
              )}
            </td>
            <td data-label={t('teams.latestLevel')}>
              {team.latest ? (
                <>
                  <LevelBadge level={team.latest.level} max={team.latest.levelMax} />{' '}
                  <span className="small muted">{t('teams.closedOn', { date: date(team.latest.closedAt) })}</span>
                </>
              ) : (
                <span className="muted">{t('teams.notAssessed')}</span>
              )}
            </td>
            <td data-label={t('teams.trend')}>{team.trend ? t(`teams.trend.${team.trend}`, { level: team.previousLevel ?? '' }) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
