import type { Answer } from '@assay/domain';
import { ApiError, NetworkError, type FieldProblem } from '../../lib/http.ts';

/** Changed answers by question id; null clears an answer. */
export type AnswerChanges = Record<string, Answer | null>;

/**
 * - idle: nothing changed since the page opened
 * - pending: a change waits for typing to pause
 * - saving: a request is on its way
 * - saved: every change is acknowledged by the API
 * - offline: the API cannot be reached; changes are kept and sent when back online
 * - error: the API refused something (messages by question, or a general message)
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'error';

export interface AutosaveSnapshot {
  readonly status: SaveStatus;
  /** The API's problem with each answer it rejected, by question id (worded by the page, in the reader's language). */
  readonly problems: Readonly<Record<string, FieldProblem>>;
  /** A failure that concerns no single question (e.g. the assessment was closed), worded by the page. */
  readonly failure: unknown;
}

export interface AutosaveOptions {
  /** Wait after the last keystroke before saving text and numbers, in ms. */
  readonly debounceMs?: number;
  /** Wait before trying again after a network failure or a 5xx, in ms. */
  readonly retryMs?: number;
  /** Told every change not acknowledged yet (queued, in flight or refused) each time that set changes; {} once all are. */
  readonly keep?: (unsaved: AnswerChanges) => void;
}

/**
 * Sends answers as they change, one request at a time, each with only what changed since the
 * last acknowledged request (the API merges a PATCH into the stored response). Invariants:
 * a change is dropped from the queue only once the API acknowledged it, or refused it with a
 * message for that question; a newer value of a question always wins over an older one still
 * in flight.
 */
export class AutosaveQueue {
  private readonly pending = new Map<string, Answer | null>();
  /** The newest value of every question the API has not acknowledged: what must survive the page. */
  private readonly unsaved = new Map<string, Answer | null>();
  private inFlight: Promise<void> | null = null;
  private sendAgain = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private snapshot: AutosaveSnapshot = { status: 'idle', problems: {}, failure: null };
  private readonly listeners = new Set<() => void>();
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly keep: AutosaveOptions['keep'];

  constructor(
    private readonly save: (changes: AnswerChanges) => Promise<unknown>,
    options: AutosaveOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.retryMs = options.retryMs ?? 5_000;
    this.keep = options.keep;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AutosaveSnapshot => this.snapshot;

  private update(patch: Partial<AutosaveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Records a change; sends it at once, or when typing pauses. */
  set(questionId: string, value: Answer | null, timing: 'now' | 'debounced'): void {
    this.pending.set(questionId, value);
    this.unsaved.set(questionId, value);
    this.keep?.(Object.fromEntries(this.unsaved));
    const { [questionId]: _dropped, ...problems } = this.snapshot.problems;
    this.update({ problems, status: this.inFlight ? 'saving' : 'pending' });
    this.schedule(timing === 'now' ? 0 : this.debounceMs);
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.send();
    }, delayMs);
  }

  /** The browser says the network is back: send what waited. */
  online(): void {
    if (this.pending.size > 0) this.schedule(0);
  }

  /** The browser says the network is gone: say so now rather than at the next failure. */
  offline(): void {
    if (this.pending.size > 0 || this.inFlight) this.update({ status: 'offline' });
  }

  /** Sends everything still pending and waits; true when all of it was acknowledged. */
  async flush(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // Bounded: each round either empties the queue or ends in a failure we report.
    for (let round = 0; round < 5; round += 1) {
      if (this.inFlight) await this.inFlight;
      if (this.pending.size === 0) return Object.keys(this.snapshot.problems).length === 0 && this.snapshot.status !== 'error';
      await this.send();
      if (this.snapshot.status === 'offline' || this.snapshot.status === 'error') return false;
    }
    return this.pending.size === 0;
  }

  /** Whether some change has not been acknowledged by the API yet (closing the page would lose it). */
  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.inFlight !== null;
  }

  private send(): Promise<void> {
    if (this.inFlight) {
      // Asked to send while a request is out: send again as soon as it settles.
      this.sendAgain = true;
      return this.inFlight;
    }
    if (this.pending.size === 0) return Promise.resolve();
    const batch: AnswerChanges = Object.fromEntries(this.pending);
    this.pending.clear();
    this.update({ status: 'saving', failure: null });
    this.inFlight = this.save(batch)
      .then(
        () => {
          // Acknowledged, unless a newer value of the question came meanwhile (that one is still unsaved).
          for (const [questionId, value] of Object.entries(batch)) if (this.unsaved.get(questionId) === value) this.unsaved.delete(questionId);
          this.keep?.(Object.fromEntries(this.unsaved));
          this.update({ status: this.pending.size > 0 ? 'saving' : Object.keys(this.snapshot.problems).length > 0 ? 'error' : 'saved' });
        },
        (error: unknown) => this.fail(batch, error),
      )
      .finally(() => {
        this.inFlight = null;
        const again = this.sendAgain;
        this.sendAgain = false;
        // Changes made while this request was out go next; failures schedule their own retry.
        if (this.pending.size > 0 && (again || this.snapshot.status === 'saving')) this.schedule(0);
      });
    return this.inFlight;
  }

  /** Puts a batch back in the queue without overwriting anything newer. */
  private requeue(batch: AnswerChanges, except: ReadonlySet<string> = new Set()): void {
    for (const [questionId, value] of Object.entries(batch)) {
      if (!this.pending.has(questionId) && !except.has(questionId)) this.pending.set(questionId, value);
    }
  }

  private fail(batch: AnswerChanges, error: unknown): void {
    if (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)) {
      this.requeue(batch);
      const offline = error instanceof NetworkError;
      this.update({ status: offline ? 'offline' : 'error', failure: offline ? null : error });
      this.schedule(this.retryMs);
      return;
    }
    if (error instanceof ApiError) {
      const refused = new Map<string, FieldProblem>();
      // The first problem of a question is the one shown next to it.
      for (const problem of error.problems) if (problem.field in batch && !refused.has(problem.field)) refused.set(problem.field, problem);
      if (refused.size > 0) {
        // The API refuses a PATCH as a whole: the other answers of the batch were not saved and go again.
        this.requeue(batch, new Set(refused.keys()));
        this.update({ status: 'error', problems: { ...this.snapshot.problems, ...Object.fromEntries(refused) }, failure: null });
        if (this.pending.size > 0) this.schedule(0);
        return;
      }
      // A refusal that names no question (e.g. the assessment was closed): asking again at once
      // will not help; the changes stay queued and go with the person's next change.
      this.requeue(batch);
      this.update({ status: 'error', failure: error });
      return;
    }
    this.requeue(batch);
    this.update({ status: 'error', failure: error });
  }
}
