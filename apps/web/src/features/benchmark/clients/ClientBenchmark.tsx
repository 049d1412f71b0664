import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ClientBenchmark as ClientBenchmarkDto, ClientCell, LevelDto } from '@assay/contracts';
import { PRACTICES, type PracticeStatus } from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { useClientsWords, type ClientsWords } from '../../../lib/i18n/clients.ts';
import { ErrorAlert, Loading } from '../../../components/ErrorAlert.tsx';
import { clientBenchmarkQuery } from './queries.ts';

type Shown = Extract<ClientBenchmarkDto, { status: 'shown' }>;
type ClientState = 'absent' | 'manual' | 'automated' | 'unknown';
const STATES: readonly ClientState[] = ['absent', 'manual', 'automated', 'unknown'];

const stateOf = (status: PracticeStatus): ClientState => (status === 'absent' || status === 'manual' || status === 'automated' ? status : 'unknown');

function Cell({ cell, base, w }: { cell: ClientCell; base: number; w: ClientsWords }): ReactNode {
  return 'count' in cell ? <>{w('clients.count', { count: cell.count, base })}</> : <span className="muted">{w('clients.hidden')}</span>;
}

function Levels({ data, level, w }: { data: Shown; level: LevelDto; w: ClientsWords }): ReactNode {
  return (
    <table>
      <caption className="visually-hidden">{w('clients.levels')}</caption>
      <thead>
        <tr>
          <th scope="col">{w('clients.levels')}</th>
          <th scope="col" className="num">
            {w('clients.clients')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.levels.map((row) => (
          <tr key={row.level} aria-current={row.level === level ? 'true' : undefined}>
            <th scope="row">
              {w('clients.level', { level: row.level })}
              {row.level === level && <span className="badge"> {w('clients.thisTeam')}</span>}
            </th>
            <td className="num">
              <Cell cell={row.cell} base={data.workspaces} w={w} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Practices({ data, practices, w }: { data: Shown['practices'] & { status: 'shown' }; practices: ReadonlyMap<string, PracticeStatus>; w: ClientsWords }): ReactNode {
  const { text } = useI18n();
  const titleOf = new Map(PRACTICES.map((p) => [p.id as string, p.title]));
  return (
    <table className="stack-table">
      <caption className="visually-hidden">{w('clients.practices')}</caption>
      <thead>
        <tr>
          <th scope="col">{w('clients.practice')}</th>
          {STATES.map((state) => (
            <th scope="col" className="num" key={state}>
              {w(`clients.state.${state}`)}
            </th>
          ))}
          <th scope="col">{w('clients.teamState')}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((item) => {
          const title = titleOf.get(item.practiceId);
          const own = practices.get(item.practiceId);
          return (
            <tr key={item.practiceId}>
              <th scope="row">{title ? text(title) : item.practiceId}</th>
              {item.cells.every(({ cell }) => 'suppressed' in cell) ? (
                // Every client in one state, or too few in each: one cell says it, four would only repeat it.
                <td colSpan={STATES.length} className="muted" data-label={w('clients.clients')}>
                  {w('clients.allHidden')}
                </td>
              ) : (
                item.cells.map(({ state, cell }) => (
                  <td className="num" key={state} data-label={w(`clients.state.${state}`)}>
                    <Cell cell={cell} base={data.workspaces} w={w} />
                  </td>
                ))
              )}
              <td data-label={w('clients.teamState')}>{own === undefined ? '—' : w(`clients.state.${stateOf(own)}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * "Your clients": the caller's other client workspaces (one latest closed result each), beside —
 * never merged with — the paper's benchmark, with its base and provenance, or why it is not shown.
 * `level` and `practices` are this team's, marked in the tables; the API never counts this client.
 */
export default function ClientBenchmark({ workspaceId, level, practices }: { workspaceId: string; level: LevelDto; practices: readonly { practiceId: string; status: PracticeStatus }[] }): ReactNode {
  const w = useClientsWords();
  const query = useQuery(clientBenchmarkQuery(workspaceId));
  const own = new Map(practices.map((p) => [p.practiceId, p.status]));
  let body: ReactNode;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ErrorAlert error={query.error} />;
  else if (query.data.status === 'not_enough') body = <p data-testid="clients-not-shown">{w('clients.notEnough', { minimum: query.data.minimum })}</p>;
  else if (query.data.status === 'held') body = <p data-testid="clients-not-shown">{w('clients.held')}</p>;
  else {
    const data = query.data;
    body = (
      <>
        <p className="small">{w('clients.base', { count: data.workspaces })}</p>
        <div className="table-scroll">
          <Levels data={data} level={level} w={w} />
        </div>
        <h3>{w('clients.practices')}</h3>
        {data.practices.status === 'shown' ? (
          <>
            <p className="small muted">{w('clients.practicesBase', { count: data.practices.workspaces })}</p>
            <Practices data={data.practices} practices={own} w={w} />
          </>
        ) : (
          <p className="muted">{w('clients.practicesNotEnough', { minimum: data.practices.minimum })}</p>
        )}
        <p className="small muted">{w('clients.hiddenNote')}</p>
      </>
    );
  }
  return (
    <section className="card client-benchmark" aria-labelledby="clients-heading" data-testid="client-benchmark">
      <h2 id="clients-heading" className="flush">
        {w('clients.heading')}
      </h2>
      <p className="muted">{w('clients.lead')}</p>
      {body}
      <p className="small muted">{w('clients.source')}</p>
    </section>
  );
}
