import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PRACTICES } from '@assay/domain';
import type { OnTrackStateDto, PracticeTargetsDto, SetTeamTargetBody, TargetProgress, TeamTarget } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ErrorAlert, Loading } from '../../../components/ErrorAlert.tsx';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { clearTarget, setTarget } from '../api.ts';
import { progressKeys, targetQuery } from '../queries.ts';
import { useProgressWords, type ProgressWords } from '../words.ts';
import { useCalendarDate } from './calendar-date.ts';

const STATE_BADGE: Readonly<Record<OnTrackStateDto, string>> = { met: 'ok', on_track: 'ok', at_risk: 'warn', overdue: 'bad', no_result: '' };

/** How the team stands: the state, why in numbers, and the steps and conditions left. */
function Progress({ progress, w }: { progress: TargetProgress; w: ProgressWords }): ReactNode {
  const { text, date } = useI18n();
  const explain =
    progress.state === 'on_track' || progress.state === 'at_risk'
      ? w(`target.explain.${progress.state}`, { remaining: progress.remainingDays, left: progress.daysLeft + 1 })
      : progress.state === 'overdue'
        ? w('target.explain.overdue', { days: -progress.daysLeft })
        : w(`target.explain.${progress.state}`);
  return (
    <div className="stack">
      <p>
        <span className={`badge ${STATE_BADGE[progress.state]}`}>{w(`target.state.${progress.state}`)}</span> {explain}
      </p>
      {progress.basedOn && (
        <p className="small muted">{w('target.rule', { zone: progress.timeZone, title: progress.basedOn.title, date: date(progress.basedOn.closedAt) })}</p>
      )}
      {progress.basedOn && progress.state !== 'met' && (
        <>
          <h3>{w('target.stepsHeading')}</h3>
          {progress.steps.length === 0 && progress.conditions.length === 0 && progress.notAsked.length === 0 && <p className="muted">{w('target.noSteps')}</p>}
          {(progress.steps.length > 0 || progress.conditions.length > 0) && (
            <ol>
              {progress.conditions.map((condition) => (
                <li key={condition.gateId}>{w('target.condition', { level: condition.level, title: text(condition.title), requirement: text(condition.requirement) })}</li>
              ))}
              {progress.steps.map((step) => (
                <li key={step.practiceId}>
                  {w('target.step', { title: text(step.title), now: w(`status.${step.now}`), target: w(`status.${step.target}`), effort: w(`effort.${step.effort}`) })}
                </li>
              ))}
            </ol>
          )}
          {progress.notAsked.length > 0 && (
            <p className="small">{w('target.notAsked', { practices: progress.notAsked.map((id) => text(PRACTICES.find((p) => p.id === id)?.title ?? { en: id, 'pt-BR': id })).join(', ') })}</p>
          )}
        </>
      )}
    </div>
  );
}

/** Level, practice targets and due date; the practices left on "default" keep the model's target. */
function TargetForm({ target, timeZone, pending, onSave, onCancel, w }: { target: TeamTarget | null; timeZone: string; pending: boolean; onSave: (body: SetTeamTargetBody) => void; onCancel: () => void; w: ProgressWords }): ReactNode {
  const { text, t } = useI18n();
  const [level, setLevel] = useState(String(target?.level ?? 3));
  const [dueDate, setDueDate] = useState(target?.dueDate ?? '');
  const [practices, setPractices] = useState<PracticeTargetsDto>(target?.practices ?? {});
  const own = Object.keys(practices).length;
  return (
    <form
      className="stack"
      aria-label={w('target.formHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ level: Number(level), dueDate, practices });
      }}
    >
      <div className="inline-form">
        <div className="field">
          <label htmlFor="target-level">{w('target.level')}</label>
          <select id="target-level" value={level} onChange={(event) => setLevel(event.target.value)}>
            {[2, 3, 4].map((l) => (
              <option key={l} value={l}>
                {w('target.levelOption', { level: l })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="target-due">{w('target.dueDate')}</label>
          <input id="target-due" type="date" required value={dueDate} aria-describedby="target-due-hint" onChange={(event) => setDueDate(event.target.value)} />
        </div>
      </div>
      <p className="hint" id="target-due-hint">
        {w('target.dueDateHint', { zone: timeZone })}
      </p>
      <details open={own > 0}>
        <summary>{w('target.practicesLegend')}</summary>
        <p className="hint">{w('target.practicesHint')}</p>
        <div className="practice-targets">
          {PRACTICES.map((practice) => (
            <div className="field" key={practice.id}>
              <label htmlFor={`target-practice-${practice.id}`}>{text(practice.title)}</label>
              <select
                id={`target-practice-${practice.id}`}
                className="compact"
                value={practices[practice.id] ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  setPractices((current) => {
                    const next = { ...current };
                    if (value === 'manual' || value === 'automated') next[practice.id] = value;
                    else delete next[practice.id];
                    return next;
                  });
                }}
              >
                <option value="">
                  {w('target.practiceDefault')} ({w(`status.${practice.target.state}`)})
                </option>
                <option value="manual">{w('status.manual')}</option>
                <option value="automated">{w('status.automated')}</option>
              </select>
            </div>
          ))}
        </div>
      </details>
      <div className="row">
        <button type="submit" disabled={pending || dueDate === ''}>
          {w('target.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The team's target: what it is, whether the team is on track, and (for those who may) setting it. */
export function TargetSection({ workspaceId, teamId, canManage, timeZone }: { workspaceId: string; teamId: string; canManage: boolean; timeZone: string }): ReactNode {
  const w = useProgressWords();
  const { text, date } = useI18n();
  const calendarDate = useCalendarDate();
  const queryClient = useQueryClient();
  const query = useQuery(targetQuery(workspaceId, teamId));
  const [editing, setEditing] = useState(false);
  const save = useMutation({
    mutationFn: (body: SetTeamTargetBody) => setTarget(workspaceId, teamId, body),
    onSuccess: (view) => {
      queryClient.setQueryData(progressKeys.target(workspaceId, teamId), view);
      setEditing(false);
    },
  });
  const clear = useMutation({
    mutationFn: () => clearTarget(workspaceId, teamId),
    onSuccess: () => queryClient.setQueryData(progressKeys.target(workspaceId, teamId), { target: null, progress: null }),
  });
  const target = query.data?.target ?? null;
  return (
    <section className="card" aria-labelledby="target-heading">
      <h2 id="target-heading" className="flush">
        {w('target.heading')}
      </h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <div className="stack">
          {target === null ? (
            <p className="muted">{canManage ? w('target.none') : w('target.noneReader')}</p>
          ) : (
            <>
              <p>
                <strong>{w('target.summary', { level: target.level, date: calendarDate(target.dueDate) })}</strong>
                {target.setBy && <span className="small muted"> {w('target.setBy', { name: target.setBy.name, date: date(target.setAt) })}</span>}
              </p>
              {Object.keys(target.practices).length > 0 && (
                <p className="small">
                  {w('target.practiceTargets')}:{' '}
                  {Object.entries(target.practices)
                    .map(([id, state]) => `${text(PRACTICES.find((p) => p.id === id)?.title ?? { en: id, 'pt-BR': id })} → ${w(`status.${state}`)}`)
                    .join('; ')}
                </p>
              )}
              {query.data.progress && <Progress progress={query.data.progress} w={w} />}
            </>
          )}
          {canManage && (
            <>
              {save.error !== null && <ErrorAlert error={save.error} />}
              {clear.error !== null && <ErrorAlert error={clear.error} />}
              {editing ? (
                <TargetForm target={target} timeZone={timeZone} pending={save.isPending} onSave={(body) => save.mutate(body)} onCancel={() => setEditing(false)} w={w} />
              ) : (
                <div className="row">
                  <button type="button" className="secondary" onClick={() => setEditing(true)}>
                    {target ? w('target.edit') : w('target.set')}
                  </button>
                  {target && (
                    <ConfirmButton label={w('target.clear')} question={w('target.clearConfirm')} confirmLabel={w('target.clearYes')} pending={clear.isPending} onConfirm={() => clear.mutate()} />
                  )}
                </div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
