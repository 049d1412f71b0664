import type { Answer, Question } from '@assay/domain';

/** How an answer should be saved: at once (a click) or after typing pauses (text, number). */
export type SaveTiming = 'now' | 'debounced';

export interface FieldProps<Q extends Question = Question> {
  readonly question: Q;
  /** The current answer; undefined when unanswered. */
  readonly value: Answer | undefined;
  /** null clears the answer. */
  readonly onChange: (value: Answer | null, timing: SaveTiming) => void;
  /** The id of the first focusable input, so the resume link and labels can reach it. */
  readonly inputId: string;
  /** The id of the element holding this question's error, for aria-describedby. */
  readonly errorId?: string;
}
