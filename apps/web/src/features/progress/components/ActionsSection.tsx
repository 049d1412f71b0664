import { useState, type ReactNode } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Action, ActionSort, ActionStatusDto, CreateActionBody, Member, TeamResult, UpdateActionBody } from '@assay/contracts';
import { ACTION_SORTS, ACTION_STATUSES } from '@assay/contracts';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ErrorAlert, Loading } from '../../../components/ErrorAlert.tsx';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { SortSelect } from '../../../components/SortSelect.tsx';
import { teamResultQuery } from '../../results/queries.ts';
import { everyMemberQuery } from '../../members/queries.ts';
import { createAction, deleteAction, updateAction } from '../api.ts';
import { actionsQuery, progressKeys } from '../queries.ts';
import { targetWords, useProgressWords, type ProgressWords } from '../words.ts';
import { useCalendarDate } from './calendar-date.ts';

/** Whether the next closed round closed the action's gap, in words and colour. */
export function ClosureBadge({ action, w }: { action: Action; w: ProgressWords }): ReactNode {
  const closure = action.closure;
  if (closure === null) return <span className="small muted">{w('actions.closure.pending')}</span>;
  const [key, tone] =
    closure.outcome === 'closed'
      ? (['actions.closure.closed', 'ok'] as const)
      : closure.outcome === 'open'
        ? closure.doneButOpen
          ? (['actions.closure.doneButOpen', 'bad'] as const)
          : (['actions.closure.open', 'warn'] as const)
        : ([`actions.closure.${closure.because ?? 'not_answered'}`, ''] as const);
  return (
    <span>
      <span className={`badge ${tone}`}>{w(key)}</span> <span className="small muted">{w('actions.closure.in', { title: closure.title })}</span>
    </span>
  );
}

/** Notes, editable by those who may change the action. */
function Notes({ action, editable, pending, onSave, w }: { action: Action; editable: boolean; pending: boolean; onSave: (notes: string) => void; w: ProgressWords }): ReactNode {
  const [notes, setNotes] = useState(action.notes);
  if (!editable) return action.notes ? <p className="small">{action.notes}</p> : null;
  return (
    <details>
      <summary className="small">{w('actions.notes')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(notes);
        }}
      >
        <label className="visually-hidden" htmlFor={`notes-${action.id}`}>
          {w('actions.notesOf', { title: action.title })}
        </label>
        <textarea id={`notes-${action.id}`} rows={3} maxLength={4000} value={notes} onChange={(event) => setNotes(event.target.value)} />
        <button type="submit" className="secondary" disabled={pending || notes === action.notes}>
          {w('actions.saveNotes')}
        </button>
      </form>
    </details>
  );
}

/** A step or gap of the latest team result, an owner, a due date: a new action. */
function NewActionForm({ result, members, pending, onCreate, w }: { result: TeamResult; members: readonly Member[]; pending: boolean; onCreate: (body: CreateActionBody) => void; w: ProgressWords }): ReactNode {
  const { text } = useI18n();
  const [pick, setPick] = useState('');
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [notes, setNotes] = useState('');
  const stored = result.result;
  const steps = 'roadmap' in stored ? stored.roadmap : [];
  const choose = (value: string): void => {
    setPick(value);
    const [kind, id] = [value.slice(0, value.indexOf('|')), value.slice(value.indexOf('|') + 1)];
    const step = steps.find((s) => kind === 'practice' && s.practiceId === id);
    const gap = stored.gaps.find((g) => kind === 'gap' && g.id === id);
    if (step) setTitle(text(step.action).slice(0, 120));
    else if (gap) setTitle(text(gap.practice).slice(0, 120));
  };
  return (
    <form
      className="stack"
      aria-label={w('actions.new')}
      onSubmit={(event) => {
        event.preventDefault();
        const at = pick.indexOf('|');
        const kind = pick.slice(0, at);
        const id = pick.slice(at + 1);
        onCreate({
          assessmentId: result.assessmentId,
          target: kind === 'practice' ? { kind: 'practice', practiceId: id as never } : { kind: 'gap', gapId: id },
          title,
          ownerId,
          dueDate,
          notes,
        });
      }}
    >
      <h3 className="flush">{w('actions.new')}</h3>
      <p className="hint">{w('actions.newHint', { title: result.title })}</p>
      <div className="field">
        <label htmlFor="action-pick">{w('actions.pick')}</label>
        <select id="action-pick" required value={pick} onChange={(event) => choose(event.target.value)}>
          <option value="">{w('actions.pickPlaceholder')}</option>
          {steps.length > 0 && (
            <optgroup label={w('actions.groupSteps')}>
              {steps.map((step) => (
                <option key={step.practiceId} value={`practice|${step.practiceId}`}>
                  {w('actions.stepOption', { order: step.order, title: text(step.title), now: w(`status.${step.now}`), target: w(`status.${step.target}`) })}
                </option>
              ))}
            </optgroup>
          )}
          {stored.gaps.length > 0 && (
            <optgroup label={w('actions.groupGaps')}>
              {stored.gaps.map((gap) => (
                <option key={gap.id} value={`gap|${gap.id}`}>
                  {text(gap.title)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="action-title">{w('actions.newTitle')}</label>
        <input id="action-title" required maxLength={120} value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="action-owner">{w('actions.newOwner')}</label>
          <select id="action-owner" required value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            <option value="">{w('actions.ownerPlaceholder')}</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="action-due">{w('actions.newDue')}</label>
          <input id="action-due" type="date" required value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="action-notes">{w('actions.newNotes')}</label>
        <textarea id="action-notes" rows={2} maxLength={4000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      <div>
        <button type="submit" disabled={pending || pick === '' || ownerId === '' || dueDate === '' || title.trim() === ''}>
          {w('actions.create')}
        </button>
      </div>
    </form>
  );
}

/**
 * The team's actions: what each works on, its owner, due date (overdue marked), status, notes, and
 * whether the next round closed its gap. Managers create, change and delete them; the member who
 * owns one changes its status and notes.
 */
export function ActionsSection({
  workspaceId,
  teamId,
  canManage,
  userId,
  latestAssessmentId,
}: {
  workspaceId: string;
  teamId: string;
  canManage: boolean;
  userId: string | null;
  latestAssessmentId: string | null;
}): ReactNode {
  const w = useProgressWords();
  const { text } = useI18n();
  const calendarDate = useCalendarDate();
  const queryClient = useQueryClient();
  const [sort, setSort] = useState<ActionSort>('created');
  const query = useInfiniteQuery(actionsQuery(workspaceId, teamId, sort));
  // What a new action can be made from, and who can own it: only for those who make actions.
  const source = useQuery({ ...teamResultQuery(workspaceId, latestAssessmentId ?? ''), enabled: canManage && latestAssessmentId !== null });
  const members = useQuery({ ...everyMemberQuery(workspaceId), enabled: canManage && latestAssessmentId !== null });
  const refresh = () => queryClient.invalidateQueries({ queryKey: progressKeys.actions(workspaceId, teamId) });
  const create = useMutation({ mutationFn: (body: CreateActionBody) => createAction(workspaceId, teamId, body), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateActionBody }) => updateAction(workspaceId, teamId, id, body),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => deleteAction(workspaceId, teamId, id), onSuccess: refresh });
  const actions = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  const mayChange = (action: Action) => canManage || (userId !== null && action.owner?.userId === userId);
  const error = update.error ?? remove.error;
  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="flush">
        {w('actions.heading')}
      </h2>
      {(total > 1 || sort !== 'created') && (
        <SortSelect label={w('actions.sortBy')} value={sort} options={ACTION_SORTS.map((value) => ({ value, label: w(`actions.sort.${value}`) }))} onChange={setSort} />
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : actions.length === 0 ? (
        <p className="muted">{w('actions.none')}</p>
      ) : (
        <>
          <p className="small muted">{w(total === 1 ? 'actions.count.one' : 'actions.count.other', { count: total })}</p>
          {error !== null && <ErrorAlert error={error} />}
          <table className="stack-table actions-table">
            <thead>
              <tr>
                <th scope="col">{w('actions.title')}</th>
                <th scope="col">{w('actions.owner')}</th>
                <th scope="col">{w('actions.due')}</th>
                <th scope="col">{w('actions.status')}</th>
                <th scope="col">{w('actions.closure')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">
                    {action.title}
                    <div className="small muted">
                      {w('actions.targets')}: {targetWords(action.target, w, text)}
                    </div>
                    <Notes key={action.notes} action={action} editable={mayChange(action)} pending={update.isPending} onSave={(notes) => update.mutate({ id: action.id, body: { notes } })} w={w} />
                  </th>
                  <td data-label={w('actions.owner')}>{action.owner?.name ?? w('actions.noOwner')}</td>
                  <td data-label={w('actions.due')}>
                    {calendarDate(action.dueDate)} {action.overdue && <span className="badge bad">{w('actions.overdue')}</span>}
                  </td>
                  <td data-label={w('actions.status')}>
                    {mayChange(action) ? (
                      <select
                        className="compact"
                        aria-label={w('actions.statusOf', { title: action.title })}
                        value={action.status}
                        disabled={update.isPending}
                        onChange={(event) => update.mutate({ id: action.id, body: { status: event.target.value as ActionStatusDto } })}
                      >
                        {ACTION_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {w(`actions.status.${status}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      w(`actions.status.${action.status}`)
                    )}
                  </td>
                  <td data-label={w('actions.closure')}>
                    <ClosureBadge action={action} w={w} />
                    {canManage && (
                      <div>
                        <ConfirmButton
                          label={w('actions.delete')}
                          accessibleLabel={w('actions.deleteOf', { title: action.title })}
                          question={w('actions.deleteConfirm', { title: action.title })}
                          confirmLabel={w('actions.deleteYes')}
                          pending={remove.isPending}
                          onConfirm={() => remove.mutate(action.id)}
                        />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {query.hasNextPage && (
            <button type="button" className="secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {w('actions.more')}
            </button>
          )}
        </>
      )}
      {canManage && (
        <div className="new-action">
          {latestAssessmentId === null ? (
            <p className="hint">{w('actions.noSource')}</p>
          ) : source.isPending || members.isPending ? (
            <Loading />
          ) : source.isError || members.isError ? (
            <ErrorAlert error={source.error ?? members.error} />
          ) : source.data.withheld ? (
            <p className="hint">{w('actions.noSource')}</p>
          ) : (
            <>
              {create.error !== null && <ErrorAlert error={create.error} />}
              <NewActionForm key={create.submittedAt} result={source.data} members={members.data} pending={create.isPending} onCreate={(body) => create.mutate(body)} w={w} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
