import type { ReactNode } from 'react';
import type { PortfolioItem } from '@assay/contracts';
import { LevelBadge } from '../../../components/LevelBadge.tsx';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import type { PortfolioWords } from '../words.ts';

type Teams = PortfolioItem['teams'];

/** The parts of the level bar and its legend: each level, then "not enough responses", then not assessed. */
function partsOf(teams: Teams, w: PortfolioWords): { key: string; label: string; count: number }[] {
  return [
    ...teams.levels.map((entry) => ({ key: `level-${entry.level}`, label: w('portfolio.level', { level: entry.level }), count: entry.teams })),
    { key: 'withheld', label: w('portfolio.withheld'), count: teams.withheld },
    { key: 'none', label: w('portfolio.notAssessed'), count: teams.noResult },
  ];
}

/** How the teams stand by their latest closed round: a bar (decoration) and the same counts in words. */
function LevelCounts({ teams, w }: { teams: Teams; w: PortfolioWords }): ReactNode {
  const { number } = useI18n();
  const parts = partsOf(teams, w);
  return (
    <>
      <div className="portfolio-bar" aria-hidden="true">
        {parts
          .filter((part) => part.count > 0)
          .map((part) => (
            <span key={part.key} className={`portfolio-bar-part ${part.key}`} style={{ flexGrow: part.count }} />
          ))}
      </div>
      <ul className="portfolio-counts">
        {parts
          .filter((part) => part.count > 0 || part.key.startsWith('level-'))
          .map((part) => (
            <li key={part.key}>
              <span className={`swatch portfolio-bar-part ${part.key}`} aria-hidden="true" /> {part.label}: <strong>{number(part.count)}</strong>
            </li>
          ))}
      </ul>
    </>
  );
}

function TeamLatest({ latest, w }: { latest: Teams['listed'][number]['latest']; w: PortfolioWords }): ReactNode {
  if (latest === null) return <span className="small muted">{w('portfolio.notAssessed')}</span>;
  if (latest.status === 'withheld') {
    return (
      <span>
        <span className="badge warn">{w('portfolio.withheld')}</span>{' '}
        <span className="small muted">{w('portfolio.withheldWhy', { responses: latest.respondents, minimum: latest.minimum })}</span>
      </span>
    );
  }
  return <LevelBadge level={latest.level} max={latest.levelMax} />;
}

/** One workspace of the portfolio: role, last activity, teams by level, the first teams, open assessments. */
export function WorkspaceSummary({ item, w }: { item: PortfolioItem; w: PortfolioWords }): ReactNode {
  const { t, date, number } = useI18n();
  const home = `/workspaces/${item.workspaceId}`;
  const headingId = `portfolio-${item.workspaceId}`;
  const { teams, open } = item;
  const more = teams.total - teams.listed.length;
  return (
    <article className="card portfolio-card" aria-labelledby={headingId}>
      <div className="portfolio-head">
        <h2 id={headingId}>
          <Link to={home}>{item.name}</Link>
        </h2>
        <span className="badge">{w('portfolio.role', { role: t(`role.${item.role}`) })}</span>
      </div>
      <p className="small muted portfolio-facts">
        <span>{item.lastActivityAt === null ? w('portfolio.noActivity') : w('portfolio.lastActivity', { date: date(item.lastActivityAt) })}</span>
        <span>{w.plural('portfolio.threshold', item.anonymityThreshold)}</span>
      </p>
      {item.role === 'member' && <p className="small muted">{w('portfolio.memberNote')}</p>}

      <h3>
        {w('portfolio.teams.heading')} <span className="small muted">({w.plural('portfolio.teams.count', teams.total)})</span>
      </h3>
      {teams.total === 0 ? (
        <p className="muted small">{w('portfolio.teams.none')}</p>
      ) : (
        <>
          <LevelCounts teams={teams} w={w} />
          <ul className="portfolio-teams" aria-label={w('portfolio.teams.listed')}>
            {teams.listed.map((team) => (
              <li key={team.teamId}>
                <Link to={`${home}/teams/${team.teamId}`} className="name">
                  {team.name}
                </Link>
                <TeamLatest latest={team.latest} w={w} />
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="small">
              <Link to={home}>{w.plural('portfolio.teams.more', more)}</Link>
            </p>
          )}
        </>
      )}

      <h3>{w('portfolio.open.heading')}</h3>
      {open.assessments === 0 ? (
        <p className="muted small">{w('portfolio.open.none')}</p>
      ) : (
        <>
          <p className="portfolio-open">
            <strong>{w.plural('portfolio.open.count', open.assessments)}</strong>{' '}
            <span className="small">{w('portfolio.open.progress', { submitted: number(open.submitted), started: number(open.started) })}</span>
          </p>
          <div className="progress" aria-hidden="true">
            <div style={{ width: `${open.started === 0 ? 0 : Math.round((open.submitted / open.started) * 100)}%` }} />
          </div>
          <p className="small muted portfolio-facts">
            <span>{w('portfolio.open.submitted', { count: number(open.submitted) })}</span>
            <span>{w('portfolio.open.inProgress', { count: number(open.started - open.submitted) })}</span>
          </p>
          {open.belowThreshold > 0 && <p className="small portfolio-below">{w.plural('portfolio.open.below', open.belowThreshold)}</p>}
        </>
      )}
    </article>
  );
}
