import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ChartConfiguration } from 'chart.js';
import { DIMENSIONS, getPractice } from '@assay/domain';
import type { ComparedTeam } from '@assay/contracts';
import { COMPARE_MAX_TEAMS, COMPARE_MIN_TEAMS } from '@assay/contracts';
import { useI18n } from '../../lib/i18n/i18n.tsx';
import { Link, useLocation } from '../../lib/router.tsx';
import { ChartCanvas } from '../../components/ChartCanvas.tsx';
import { ErrorAlert, Loading } from '../../components/ErrorAlert.tsx';
import { LevelBadge } from '../../components/LevelBadge.tsx';
import { useProgressWords } from '../progress/catalog.ts';
import { useDashboardWords, type DashboardWords } from '../dashboard/words.ts';
import { comparisonQuery } from './queries.ts';

/** One colour per team (up to six), told apart by the legend and the tables as well. */
export const TEAM_COLOURS = ['#155e75', '#b45309', '#7c3aed', '#15803d', '#be123c', '#475569'] as const;

function LevelCell({ team, w }: { team: ComparedTeam; w: DashboardWords }): ReactNode {
  if (team.latest === null) return <span className="muted">{w('dashboard.notAssessed')}</span>;
  if (team.latest.status === 'withheld') return <span className="badge warn">{w('dashboard.withheld')}</span>;
  return <LevelBadge level={team.latest.level} max={team.latest.levelMax} />;
}

function Radar({ teams, w }: { teams: readonly ComparedTeam[]; w: DashboardWords }): ReactNode {
  const { text } = useI18n();
  const scored = teams.filter((team) => team.dimensions.length > 0);
  const config = useMemo(
    () =>
      ({
        type: 'radar',
        data: {
          labels: DIMENSIONS.map((d) => text(d.label)),
          datasets: scored.map((team) => {
            const colour = TEAM_COLOURS[teams.indexOf(team)]!;
            const scores = new Map(team.dimensions.map((d) => [d.id as string, d.score]));
            return { label: team.name, data: DIMENSIONS.map((d) => scores.get(d.id) ?? null), spanGaps: false, borderColor: colour, backgroundColor: `${colour}22`, pointBackgroundColor: colour };
          }),
        },
        options: { animation: false, layout: { padding: 12 }, scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } }, plugins: { legend: { position: 'bottom' } } },
      }) satisfies ChartConfiguration<'radar'>,
    [teams, scored, text],
  );
  if (scored.length === 0) return <p className="muted">{w('compare.noScores')}</p>;
  return <ChartCanvas className="radar" config={config} summary={w('compare.radarSummary', { teams: scored.map((team) => team.name).join(', ') })} />;
}

/** Two to six teams side by side: levels, the dimension radar overlaid (and its table), practice states, top steps. */
export default function ComparePage({ workspaceId }: { workspaceId: string }): ReactNode {
  const { text } = useI18n();
  const w = useDashboardWords();
  const pw = useProgressWords();
  const { search } = useLocation();
  const teamIds = (search.get('teams') ?? '').split(',').filter(Boolean);
  const enough = teamIds.length >= COMPARE_MIN_TEAMS && teamIds.length <= COMPARE_MAX_TEAMS;
  const query = useQuery({ ...comparisonQuery(workspaceId, teamIds), enabled: enough });
  const back = (
    <p className="small">
      <Link to={`/workspaces/${workspaceId}`}>{w('compare.back')}</Link>
    </p>
  );
  if (!enough) {
    return (
      <div>
        {back}
        <h1>{w('compare.heading')}</h1>
        <p className="alert info">{w('compare.pick', { min: COMPARE_MIN_TEAMS, max: COMPARE_MAX_TEAMS })}</p>
      </div>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { teams } = query.data;
  const practiceIds = [...new Set(teams.flatMap((team) => team.practices.map((p) => p.practiceId)))];
  return (
    <div>
      {back}
      <h1>{w('compare.heading')}</h1>
      <section className="card" aria-labelledby="compare-levels">
        <h2 id="compare-levels" className="flush">{w('compare.levels')}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-levels">
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{w('dashboard.col.team')}</th>
                {teams.map((team, i) => (
                  <th key={team.teamId} scope="col">
                    <span className="swatch" style={{ background: TEAM_COLOURS[i] }} aria-hidden="true" />{' '}
                    <Link to={`/workspaces/${workspaceId}/teams/${team.teamId}`}>{team.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{w('dashboard.col.level')}</th>
                {teams.map((team) => (
                  <td key={team.teamId}><LevelCell team={team} w={w} /></td>
                ))}
              </tr>
              {DIMENSIONS.map((dimension) => (
                <tr key={dimension.id}>
                  <th scope="row">{text(dimension.label)}</th>
                  {teams.map((team) => {
                    const score = team.dimensions.find((d) => d.id === dimension.id)?.score;
                    return <td key={team.teamId} className="num">{score === undefined || score === null ? <span className="muted">—</span> : score}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small muted">{w('compare.scoresNote')}</p>
        <Radar teams={teams} w={w} />
      </section>
      <section className="card" aria-labelledby="compare-practices">
        <h2 id="compare-practices" className="flush">{w('compare.practices')}</h2>
        {practiceIds.length === 0 ? (
          <p className="muted">{w('compare.noPractices')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-practices">
            <table className="compare-table practice-grid">
              <thead>
                <tr>
                  <th scope="col">{w('compare.practice')}</th>
                  {teams.map((team) => <th key={team.teamId} scope="col">{team.name}</th>)}
                </tr>
              </thead>
              <tbody>
                {practiceIds.map((practiceId) => {
                  const practice = getPractice(practiceId);
                  return (
                    <tr key={practiceId}>
                      <th scope="row">{practice ? text(practice.title) : practiceId}</th>
                      {teams.map((team) => {
                        const status = team.practices.find((p) => p.practiceId === practiceId)?.status;
                        return (
                          <td key={team.teamId} className={status ? `state state-${status}` : 'muted'}>
                            {status ? pw(`status.${status}`) : '—'}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="compare-steps">
        <h2 id="compare-steps" className="flush">{w('compare.steps')}</h2>
        <div className="grid-2">
          {teams.map((team) => (
            <div key={team.teamId}>
              <h3>{team.name}</h3>
              {team.steps.length === 0 ? (
                <p className="muted">{team.latest?.status === 'shown' ? w('compare.noSteps') : w('compare.noResult')}</p>
              ) : (
                <ol>
                  {team.steps.map((step) => (
                    <li key={step.practiceId}>
                      {text(step.title)}: {pw(`status.${step.now}`)} → {pw(`status.${step.target}`)}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
