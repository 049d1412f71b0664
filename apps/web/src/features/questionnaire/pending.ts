import { z } from 'zod';
import { AnswerSchema } from '@assay/contracts';
import type { Answers, Questionnaire } from '@assay/domain';
import type { AnswerChanges } from './autosave.ts';

/**
 * Answers the API has not acknowledged yet, kept in the browser under `assay.pending.<responseId>`
 * so that a session expiring mid-save (the page goes to sign-in) or a closed tab does not lose
 * them. Read back only for that same response id, so they are never sent to another response.
 * Members keep them in sessionStorage (this tab: sign-in brings them back to it); guests in
 * localStorage, next to the response key they resume with, as their tab may be closed.
 */
export interface PendingAnswers {
  /** The kept changes to questions of this questionnaire (null clears one); {} when none or unreadable. */
  read(questionnaire: Questionnaire): AnswerChanges;
  /** Keeps these changes; {} forgets them. */
  write(changes: AnswerChanges): void;
}

const StoredSchema = z.record(z.string(), AnswerSchema.nullable());

export function pendingAnswers(responseId: string, storage: () => Storage): PendingAnswers {
  const key = `assay.pending.${responseId}`;
  return {
    read(questionnaire) {
      try {
        const parsed = StoredSchema.safeParse(JSON.parse(storage().getItem(key) ?? '{}'));
        if (!parsed.success) return {};
        // A question this questionnaire does not have would only be refused by the API.
        return Object.fromEntries(Object.entries(parsed.data).filter(([id]) => questionnaire.questions.some((q) => q.id === id)));
      } catch {
        return {};
      }
    },
    write(changes) {
      try {
        if (Object.keys(changes).length > 0) storage().setItem(key, JSON.stringify(changes));
        else storage().removeItem(key);
      } catch {
        // No storage (private mode, quota): the queue still saves; only leaving mid-save would lose answers.
      }
    },
  };
}

/** The loaded answers with the kept changes over them: those are newer than anything the API acknowledged. */
export function withPending(answers: Answers, changes: AnswerChanges): Answers {
  const merged: Record<string, Answers[string]> = { ...answers };
  for (const [id, value] of Object.entries(changes)) {
    if (value === null) delete merged[id];
    else merged[id] = value;
  }
  return merged;
}
