import {
  DONT_KNOW,
  FREQUENCIES,
  PRACTICE_STATES,
  type Answer,
  type Answers,
  type Question,
  type Questionnaire,
} from '../questionnaire/types.ts';
import { pruneHiddenAnswers, responseProgress } from '../questionnaire/index.ts';
import type { Disagreement, Result } from './types.ts';
import { resultOf } from './score.ts';
import { scoringIndexOf } from './scoring-index.ts';

/**
 * Single-choice ties go to the answer that passes fewer gates and scores lower. Listed here for the
 * questions where that is not simply the earlier option; elsewhere the earlier option wins and
 * "don't know" ranks after every option.
 */
export const CONSERVATIVE_ORDER: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // "no" hides the deployment questions, so it passes fewer gates than "yes".
  deploys_models: ['no', DONT_KNOW, 'yes'],
  dedicated_deployment_team: ['no', DONT_KNOW, 'yes'],
  // "don't know" fails the gate like "no" for the level, but passes it for the upper bound.
  business_consumption: ['no', 'pilot', DONT_KNOW, 'yes'],
  model_runtime: ['none_yet', 'local', DONT_KNOW, 'on_premises', 'cloud'],
});

/** The team's answers and where respondents disagree. */
export interface AggregatedAnswers {
  readonly answers: Answers;
  /** Largest spread first; only questions (and frequency items) with spread > 0. */
  readonly disagreements: readonly Disagreement[];
}

/** The element at the lower median of values sorted by `rank` (the lower of the two middle ones). */
function lowerMedian<T>(values: readonly T[], rank: (value: T) => number): T | undefined {
  const sorted = [...values].sort((a, b) => rank(a) - rank(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * 1 − share of the modal answer, normalised by its largest possible value for `n` answers over
 * `k` possible answers (reached when answers are spread as evenly as they can be): 0 when all
 * agree, 1 at the most even split. Computed on counts so that e.g. 2 against 1 is exactly 0.5.
 */
export function spreadOf(counts: readonly number[], k: number): number {
  const n = counts.reduce((sum, count) => sum + count, 0);
  const modal = Math.max(0, ...counts);
  const leastModal = Math.max(1, Math.ceil(n / k));
  if (n - leastModal <= 0) return 0;
  return (n - modal) / (n - leastModal);
}

interface Tally {
  readonly itemId?: string;
  readonly distribution: Map<string, number>;
  readonly respondents: number;
  /** How many different answers were possible. */
  readonly possible: number;
}

function tally(keys: readonly string[], possible: number, itemId?: string): Tally {
  const distribution = new Map<string, number>();
  for (const key of keys) distribution.set(key, (distribution.get(key) ?? 0) + 1);
  return itemId === undefined
    ? { distribution, respondents: keys.length, possible }
    : { itemId, distribution, respondents: keys.length, possible };
}

/** An ordinal answer (practice state, frequency, number): "don't know" when most don't know, else the lower median. */
function ordinal<T extends string | number>(given: readonly (T | typeof DONT_KNOW)[], rank: (value: T) => number): T | typeof DONT_KNOW | undefined {
  const known = given.filter((value): value is T => value !== DONT_KNOW);
  if (given.length - known.length > given.length / 2) return DONT_KNOW;
  return lowerMedian(known, rank);
}

const PRACTICE_RANK: ReadonlyMap<string, number> = new Map(PRACTICE_STATES.map((state, i) => [state, i]));
const FREQUENCY_RANK: ReadonlyMap<string, number> = new Map(FREQUENCIES.map((frequency, i) => [frequency, i]));

/** The aggregate answer of one question and its tallies, from the answers of those who answered it. */
function aggregateQuestion(question: Question, given: readonly Answer[]): { answer: Answer | undefined; tallies: Tally[] } {
  const dontKnowSlot = question.allowDontKnow ? 1 : 0;
  switch (question.kind) {
    case 'single': {
      const values = given.filter((value): value is string => typeof value === 'string');
      const order = CONSERVATIVE_ORDER[question.id] ?? [...question.options.map((o) => o.id), DONT_KNOW];
      const rank = (value: string): number => {
        const at = order.indexOf(value);
        return at === -1 ? order.length : at;
      };
      const counted = tally(values, question.options.length + dontKnowSlot);
      let best: string | undefined;
      for (const [value, count] of counted.distribution) {
        const bestCount = best === undefined ? -1 : (counted.distribution.get(best) ?? 0);
        if (count > bestCount || (count === bestCount && best !== undefined && rank(value) < rank(best))) best = value;
      }
      return { answer: best, tallies: [counted] };
    }
    case 'practice': {
      const values = given.filter((value): value is string => typeof value === 'string' && (value === DONT_KNOW || PRACTICE_RANK.has(value)));
      return {
        answer: ordinal(values, (state) => PRACTICE_RANK.get(state) ?? 0),
        tallies: [tally(values, PRACTICE_STATES.length + dontKnowSlot)],
      };
    }
    case 'frequency': {
      const aggregate: Record<string, string> = {};
      const tallies: Tally[] = [];
      for (const item of question.items) {
        const values: string[] = [];
        for (const answer of given) {
          if (typeof answer !== 'object' || Array.isArray(answer)) continue;
          const rated = (answer as Readonly<Record<string, string>>)[item.id];
          if (typeof rated === 'string' && (rated === DONT_KNOW || FREQUENCY_RANK.has(rated))) values.push(rated);
        }
        if (values.length === 0) continue;
        const value = ordinal(values, (frequency) => FREQUENCY_RANK.get(frequency) ?? 0);
        if (value !== undefined) aggregate[item.id] = value;
        tallies.push(tally(values, FREQUENCIES.length + dontKnowSlot, item.id));
      }
      return { answer: Object.keys(aggregate).length === 0 ? undefined : aggregate, tallies };
    }
    case 'multiple': {
      const position = new Map(question.options.map((option, i) => [option.id, i]));
      const lists = given.filter((value): value is readonly string[] => Array.isArray(value));
      const dontKnow = given.filter((value) => value === DONT_KNOW).length;
      const keys = [
        ...lists.map((list) => [...new Set(list)].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)).join(',')),
        ...Array.from({ length: dontKnow }, () => DONT_KNOW),
      ];
      // Every non-empty subset of the options is a possible answer.
      const counted = tally(keys, 2 ** question.options.length - 1 + dontKnowSlot);
      if (dontKnow > (lists.length + dontKnow) / 2) return { answer: DONT_KNOW, tallies: [counted] };
      const chosen = question.options
        .map((option) => option.id)
        .filter((id) => 2 * lists.filter((list) => list.includes(id)).length >= lists.length);
      // No option has the support of half the respondents: the team has no answer, and the
      // disagreement shows the split.
      return { answer: lists.length === 0 || chosen.length === 0 ? undefined : chosen, tallies: [counted] };
    }
    case 'number': {
      const values = given.filter((value): value is number | typeof DONT_KNOW => typeof value === 'number' || value === DONT_KNOW);
      const possible = question.integer ? question.max - question.min + 1 : Number.POSITIVE_INFINITY;
      return {
        answer: ordinal(values, (value) => value),
        tallies: [tally(values.map(String), possible + dontKnowSlot)],
      };
    }
    case 'text':
      // Free text is not aggregated: each respondent's words stay their own.
      return { answer: undefined, tallies: [] };
  }
}

/**
 * The team's answer to each question from several responses (hidden answers of each response are
 * ignored; a question counts only the respondents who answered it):
 * - practice states and frequency items: the lower median of the non-"don't know" answers, or
 *   "don't know" when most respondents don't know;
 * - single choice: the mode; a tie goes to the most conservative answer (`CONSERVATIVE_ORDER`,
 *   otherwise the earlier option, "don't know" last);
 * - multiple choice: the options chosen by at least half of the respondents who picked options
 *   ("don't know" when most don't know; no answer when no option reaches half);
 * - number: the lower median (a value someone gave), or "don't know" as above;
 * - text: not aggregated.
 * Also the disagreement per question and frequency item with spread > 0, largest spread first.
 *
 * @throws RangeError when `responses` is empty.
 */
export function aggregateAnswers(questionnaire: Questionnaire, responses: readonly Answers[]): AggregatedAnswers {
  if (responses.length === 0) {
    throw new RangeError('Cannot aggregate a team from an empty list of responses: pass at least one response.');
  }
  // Refuse an unscorable questionnaire before doing any work.
  scoringIndexOf(questionnaire);
  const visible = responses.map((response) => pruneHiddenAnswers(questionnaire, response));
  const answers: Record<string, Answer> = {};
  const disagreements: (Disagreement & { readonly at: number })[] = [];
  questionnaire.questions.forEach((question, questionPosition) => {
    const given: Answer[] = [];
    for (const response of visible) {
      const value = response[question.id];
      if (value !== undefined) given.push(value);
    }
    if (given.length === 0) return;
    const { answer, tallies } = aggregateQuestion(question, given);
    if (answer !== undefined) answers[question.id] = answer;
    tallies.forEach((counted, itemPosition) => {
      const spread = spreadOf([...counted.distribution.values()], counted.possible);
      if (spread <= 0) return;
      disagreements.push({
        questionId: question.id,
        ...(counted.itemId === undefined ? {} : { itemId: counted.itemId }),
        distribution: Object.fromEntries(counted.distribution),
        respondents: counted.respondents,
        spread,
        at: questionPosition * 1000 + itemPosition,
      });
    });
  });
  disagreements.sort((a, b) => b.spread - a.spread || a.at - b.at);
  return { answers, disagreements: disagreements.map(({ at: _at, ...disagreement }) => disagreement) };
}

/**
 * The result of a team from its respondents' responses (PRODUCT.md "Several respondents"). The
 * gates are evaluated on the aggregate answers of `aggregateAnswers`, so a gate passes for the team
 * only when the team's aggregate answer passes it; `disagreements` lists the questions where
 * respondents differ, largest spread first; `completeness` is the mean of the responses'
 * completeness (0–1); `respondents` is the number of responses.
 *
 * @throws RangeError when `responses` is empty; Error when the questionnaire cannot be scored.
 */
export function aggregateTeam(questionnaire: Questionnaire, responses: readonly Answers[]): Result {
  const { answers, disagreements } = aggregateAnswers(questionnaire, responses);
  let completeness = 0;
  for (const response of responses) {
    const progress = responseProgress(questionnaire, response);
    completeness += progress.visible === 0 ? 0 : progress.answered / progress.visible;
  }
  return resultOf(questionnaire, scoringIndexOf(questionnaire), pruneHiddenAnswers(questionnaire, answers), {
    respondents: responses.length,
    disagreements,
    completeness: completeness / responses.length,
  });
}
