import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  confirmQuestions,
  isQuestionVisible,
  responseProgress,
  unconfirmedAnswers,
  type Answer,
  type Answers,
  type Questionnaire,
  type SectionId,
} from '@assay/domain';
import { useI18n } from '../../../lib/i18n/i18n.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ApiError, type FieldProblem } from '../../../lib/http.ts';
import { answerProblemText } from '../answer-problems.ts';
import { applyChange, firstUnanswered, visibleSections } from '../answers.ts';
import { AutosaveQueue, type AnswerChanges } from '../autosave.ts';
import { withPending, type PendingAnswers } from '../pending.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { QuestionField, questionInputId } from './QuestionField.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SectionNav, type SectionProgress } from './SectionNav.tsx';
import type { SaveTiming } from './field-props.ts';

export interface QuestionnaireFormProps {
  readonly questionnaire: Questionnaire;
  /** The answers saved so far (the response as the API returned it). */
  readonly initialAnswers: Answers;
  readonly save: (changes: AnswerChanges) => Promise<unknown>;
  /** Submits the response; an ApiError naming questions is listed, and shown next to each of them. */
  readonly submit: () => Promise<unknown>;
  readonly debounceMs?: number;
  /** Where this response's unacknowledged answers are kept, restored from and resent on opening. */
  readonly pending?: PendingAnswers;
  /** Prefilled questions (from the person's previous response) not confirmed or changed yet, as the API stored them. */
  readonly initialUnconfirmed?: readonly string[];
  /** Confirms a section's prefilled answers as they are; resolves with the marks the API kept. */
  readonly confirmSection?: (section: SectionId) => Promise<{ readonly unconfirmed: readonly string[] }>;
}

function useAutosaveQueue({ save, debounceMs, pending }: QuestionnaireFormProps): AutosaveQueue {
  const saveRef = useRef(save);
  saveRef.current = save;
  const [queue] = useState(
    () => new AutosaveQueue((changes) => saveRef.current(changes), { ...(debounceMs === undefined ? {} : { debounceMs }), keep: (unsaved) => pending?.write(unsaved) }),
  );
  useEffect(() => {
    const online = (): void => queue.online();
    const offline = (): void => queue.offline();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [queue]);
  // Leaving the page sends what typing had not sent yet, rather than dropping it. (React's
  // development double-mount only makes that save happen early.)
  useEffect(() => () => void queue.flush(), [queue]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent): void => {
      if (queue.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [queue]);
  return queue;
}

/**
 * The questionnaire, one short page per section. Answers live here while the person works and
 * go to the API through the autosave queue; the API's answer is never written back into the
 * inputs, so a slow save cannot undo what was typed since.
 */
export function QuestionnaireForm(props: QuestionnaireFormProps): ReactNode {
  const { questionnaire, submit, pending, confirmSection } = props;
  const i18n = useI18n();
  const { t, plural, text } = i18n;
  const queue = useAutosaveQueue(props);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  // Answers this browser kept because the API never acknowledged them (the session expired, the
  // tab closed): newer than the loaded response, so shown over it and sent again through the queue.
  const [restored] = useState(() => pending?.read(questionnaire) ?? {});
  const restoredCount = Object.keys(restored).length;
  const [initialAnswers] = useState(() => withPending(props.initialAnswers, restored));
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  // Prefill marks only ever go: a save of a question confirms it (restored answers are being resent).
  const [marks, setMarks] = useState<readonly string[]>(() => confirmQuestions(props.initialUnconfirmed ?? [], Object.keys(restored)));
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<unknown>(null);
  // A prefilled response opens on its first answer to confirm; any other on its first unanswered question.
  const [firstMarked] = useState(() => {
    const ids = unconfirmedAnswers(questionnaire, initialAnswers, confirmQuestions(props.initialUnconfirmed ?? [], Object.keys(restored)));
    return ids.length === 0 ? null : (questionnaire.questions.find((q) => q.id === ids[0]) ?? null);
  });
  const [resumeAt] = useState(() => firstMarked ?? firstUnanswered(questionnaire, initialAnswers));
  const [section, setSection] = useState<SectionId>(() => resumeAt?.section ?? questionnaire.sections[0]?.id ?? 'profile');
  const [submitProblems, setSubmitProblems] = useState<Readonly<Record<string, FieldProblem>>>({});
  /** Why the last submit did not go through: answers not saved first, or the API's refusal. */
  const [submitError, setSubmitError] = useState<{ unsaved: true } | { refusal: unknown } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<string | null>(Object.keys(initialAnswers).length > 0 ? (resumeAt?.id ?? null) : null);

  const sections = visibleSections(questionnaire, answers);
  const sectionIndex = Math.max(0, sections.indexOf(section));
  const currentSection = sections[sectionIndex] ?? section;
  const definition = questionnaire.sections.find((s) => s.id === currentSection);
  const questions = questionnaire.questions.filter(
    (q) => q.section === currentSection && isQuestionVisible(questionnaire, q.id, answers),
  );

  // What the API's submit guard would refuse: marked, answered and shown.
  const unconfirmed = useMemo(() => unconfirmedAnswers(questionnaire, answers, marks), [questionnaire, answers, marks]);
  const unconfirmedHere = questions.filter((q) => unconfirmed.includes(q.id));

  // The domain's count, the same one the API returns: an answer counts once it is valid and complete.
  const progress = useMemo(() => {
    const counted = responseProgress(questionnaire, answers);
    const perSection: SectionProgress[] = counted.sections
      .filter((s) => s.visible > 0)
      .map((s) => ({ id: s.id, answered: s.answered, total: s.visible }));
    return { perSection, answered: counted.answered, total: counted.visible };
  }, [questionnaire, answers]);

  useEffect(() => {
    for (const [id, value] of Object.entries(restored)) queue.set(id, value, 'now');
  }, [queue, restored]);

  // Resume: put the cursor on the first unanswered question once; afterwards, on the section title.
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target) {
      const element = document.getElementById(questionInputId(target));
      element?.focus();
      element?.scrollIntoView?.({ block: 'center' });
    }
  }, []);

  const goTo = (id: SectionId): void => {
    setSection(id);
    // Focus moves to the new section's title so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const change = (questionId: string, value: Answer | null, timing: SaveTiming): void => {
    const applied = applyChange(questionnaire, answers, questionId, value);
    setAnswers(applied.answers);
    setMarks((current) => confirmQuestions(current, Object.keys(applied.changes)));
    if (submitProblems[questionId]) {
      const { [questionId]: _cleared, ...rest } = submitProblems;
      setSubmitProblems(rest);
    }
    for (const [id, next] of Object.entries(applied.changes)) queue.set(id, next, id === questionId ? timing : 'now');
  };

  const handleConfirm = async (): Promise<void> => {
    if (!confirmSection) return;
    setConfirmError(null);
    setConfirming(true);
    try {
      const kept = new Set((await confirmSection(currentSection)).unconfirmed);
      setMarks((current) => current.filter((id) => kept.has(id)));
      setSubmitProblems((current) => Object.fromEntries(Object.entries(current).filter(([id, problem]) => problem.code !== 'unconfirmed' || kept.has(id))));
    } catch (error) {
      setConfirmError(error);
    } finally {
      setConfirming(false);
    }
  };

  const handleSubmit = async (): Promise<void> => {
    setSubmitError(null);
    setSubmitting(true);
    try {
      if (!(await queue.flush())) {
        setSubmitError({ unsaved: true });
        return;
      }
      await submit();
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0) {
        // The first problem of a question is the one shown next to it.
        const byQuestion: Record<string, FieldProblem> = {};
        for (const problem of error.problems) byQuestion[problem.field] ??= problem;
        setSubmitProblems(byQuestion);
        setSubmitError({ refusal: error });
        const first = questionnaire.questions.find((q) => byQuestion[q.id] !== undefined);
        if (first) {
          setSection(first.section);
          requestAnimationFrame(() => document.getElementById(questionInputId(first.id))?.focus());
        }
      } else {
        setSubmitError({ refusal: error });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const problemOf = (questionId: string): string | undefined => {
    const problem = snapshot.problems[questionId] ?? submitProblems[questionId];
    return problem === undefined ? undefined : answerProblemText(questionnaire, problem, i18n);
  };

  /** The titles of the sections these questions are in, in questionnaire order. */
  const sectionTitles = (ids: readonly string[]): string => {
    const inSections = new Set(questionnaire.questions.filter((q) => ids.includes(q.id)).map((q) => q.section));
    return new Intl.ListFormat(i18n.locale).format(questionnaire.sections.filter((s) => inSections.has(s.id)).map((s) => text(s.title)));
  };

  const isLast = sectionIndex === sections.length - 1;
  const previous = sections[sectionIndex - 1];
  const next = sections[sectionIndex + 1];

  return (
    <div>
      <div className="card stack">
        <div className="row spread">
          <h1>{text(questionnaire.title)}</h1>
          <SaveStatus snapshot={snapshot} />
        </div>
        <ProgressBar answered={progress.answered} total={progress.total} />
        <SectionNav questionnaire={questionnaire} sections={progress.perSection} current={currentSection} onSelect={goTo} />
        {restoredCount > 0 && (
          <p className="alert info small" role="status" aria-live="polite">
            {plural('questionnaire.restored', restoredCount)}
          </p>
        )}
        {resumeAt && firstMarked === null && Object.keys(initialAnswers).length > 0 && (
          <p className="alert info small">{t('questionnaire.resumed', { answered: progress.answered, total: progress.total })}</p>
        )}
      </div>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (isLast) void handleSubmit();
          else if (next) goTo(next);
        }}
        noValidate
      >
        <h2 ref={headingRef} tabIndex={-1}>
          {definition ? text(definition.title) : currentSection}
        </h2>
        {definition && <p className="muted">{text(definition.description)}</p>}
        {unconfirmedHere.length > 0 && confirmSection && (
          <div className="alert warn small stack" data-testid="prefill-section">
            <p className="flush">{plural('prefill.section', unconfirmedHere.length)}</p>
            <div>
              <button type="button" className="secondary" disabled={confirming} onClick={() => void handleConfirm()}>
                {confirming ? t('common.wait') : t('prefill.confirmSection')}
              </button>
            </div>
          </div>
        )}
        {confirmError !== null && <ErrorAlert error={confirmError} />}
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={answers[question.id]}
            onChange={change}
            problem={problemOf(question.id)}
            prefilled={unconfirmed.includes(question.id)}
          />
        ))}
        {isLast && unconfirmed.length > 0 && (
          <p className="alert info small" data-testid="prefill-left">
            {plural('prefill.left', unconfirmed.length, { sections: sectionTitles(unconfirmed) })}
          </p>
        )}
        {submitError !== null &&
          ('unsaved' in submitError ? (
            <p className="alert error" role="alert">
              {t('questionnaire.unsavedBeforeSubmit')}
            </p>
          ) : (
            <ErrorAlert
              error={submitError.refusal}
              lead={
                submitError.refusal instanceof ApiError && submitError.refusal.problems.length > 0
                  ? plural(submitError.refusal.reason === 'answers_unconfirmed' ? 'prefill.refused' : 'questionnaire.submitProblems', submitError.refusal.problems.length)
                  : undefined
              }
              describeProblem={(problem) => answerProblemText(questionnaire, problem, i18n, true)}
            />
          ))}
        <div className="pager">
          {previous ? (
            <button type="button" className="secondary" onClick={() => goTo(previous)}>
              {t('questionnaire.previous')}
            </button>
          ) : (
            <span />
          )}
          {isLast ? (
            <button type="submit" disabled={submitting}>
              {submitting ? t('questionnaire.submitting') : t('questionnaire.submit')}
            </button>
          ) : (
            <button type="submit">{t('questionnaire.next')}</button>
          )}
        </div>
      </form>
    </div>
  );
}
