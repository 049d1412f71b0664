import {
  DONT_KNOW,
  FREQUENCIES,
  PRACTICE_STATES,
  type Answer,
  type Answers,
  type Question,
  type Questionnaire,
} from '../questionnaire/types.ts';
import { completenessOfView } from '../questionnaire/progress.ts';
import { viewOf, type ResponseView } from '../questionnaire/visibility.ts';
import type { Disagreement, DisagreementGroup, Result } from './types.ts';
import { DISAGREEMENT_GROUPS } from './types.ts';
import { resultOf, type ScoringOptions } from './score.ts';
import { scoringIndexOf, type ScoringIndex } from './scoring-index.ts';
import { GATES } from './gates.ts';
import { factsOf } from './facts.ts';
import { gapContextOf, inconsistencyIds } from './gaps.ts';

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

/**
 * 1 − share of the modal answer, normalised by its largest possible value for `n` answers over
 * `k` possible answers (reached when answers are spread as evenly as they can be): 0 when all
 * agree, 1 at the most even split. Computed on counts so that e.g. 2 against 1 is exactly 0.5.
 */
export function spreadOf(counts: readonly number[], k: number): number {
  let n = 0;
  let modal = 0;
  for (const count of counts) {
    n += count;
    if (count > modal) modal = count;
  }
  const leastModal = Math.max(1, Math.ceil(n / k));
  if (n - leastModal <= 0) return 0;
  return (n - modal) / (n - leastModal);
}

/** The questions the level gates read: their disagreements come first. */
const GATE_QUESTIONS: ReadonlySet<string> = new Set(GATES.flatMap((gate) => gate.questions));

/** What a question decides, for ordering its disagreements (gate, practice, challenge, activity, profile). */
function groupOf(question: Question): DisagreementGroup {
  if (GATE_QUESTIONS.has(question.id)) return 'gate';
  switch (question.section) {
    case 'practices':
      return 'practice';
    case 'challenges':
      return 'challenge';
    case 'profile':
      return 'profile';
    default:
      return 'activity';
  }
}

const GROUP_RANK: Readonly<Record<DisagreementGroup, number>> = Object.fromEntries(DISAGREEMENT_GROUPS.map((group, i) => [group, i])) as Record<
  DisagreementGroup,
  number
>;

/** How one question is aggregated, worked out once per questionnaire. */
interface QuestionPlan {
  readonly question: Question;
  readonly position: number;
  readonly group: DisagreementGroup;
  /**
   * single: the tie rank of each answer (lower wins); multiple: the position of each option;
   * practice and frequency: the position of each value on its scale.
   */
  readonly rank: ReadonlyMap<string, number>;
  /** The values of an ordinal scale, in order (practice states or frequencies). */
  readonly scale: readonly string[];
  /**
   * The answers counted by slot (their index here): single, every answer in tie-rank order (so
   * the slot is the rank); practice and frequency, the scale then "don't know". Empty otherwise.
   */
  readonly keys: readonly string[];
  /** How many different answers are possible, for the spread. */
  readonly possible: number;
}

const plans = new WeakMap<Questionnaire, readonly QuestionPlan[]>();

function plansOf(questionnaire: Questionnaire): readonly QuestionPlan[] {
  const cached = plans.get(questionnaire);
  if (cached !== undefined) return cached;
  const built = questionnaire.questions.map((question, position): QuestionPlan => {
    const dontKnowSlot = question.allowDontKnow ? 1 : 0;
    const group = groupOf(question);
    switch (question.kind) {
      case 'single': {
        const order = CONSERVATIVE_ORDER[question.id] ?? [...question.options.map((o) => o.id), DONT_KNOW];
        return {
          question,
          position,
          group,
          rank: new Map(order.map((id, i) => [id, i])),
          scale: [],
          keys: order,
          possible: question.options.length + dontKnowSlot,
        };
      }
      case 'multiple':
        return {
          question,
          position,
          group,
          rank: new Map(question.options.map((o, i) => [o.id, i])),
          scale: [],
          keys: [],
          // Every non-empty subset of the options is a possible answer.
          possible: 2 ** question.options.length - 1 + dontKnowSlot,
        };
      case 'practice':
        return {
          question,
          position,
          group,
          rank: new Map(PRACTICE_STATES.map((s, i) => [s, i])),
          scale: PRACTICE_STATES,
          keys: [...PRACTICE_STATES, DONT_KNOW],
          possible: 3 + dontKnowSlot,
        };
      case 'frequency':
        return {
          question,
          position,
          group,
          rank: new Map(FREQUENCIES.map((f, i) => [f, i])),
          scale: FREQUENCIES,
          keys: [...FREQUENCIES, DONT_KNOW],
          possible: 5 + dontKnowSlot,
        };
      case 'number':
        return {
          question,
          position,
          group,
          rank: new Map(),
          scale: [],
          keys: [],
          possible: (question.integer ? question.max - question.min + 1 : Number.POSITIVE_INFINITY) + dontKnowSlot,
        };
      case 'text':
        return { question, position, group, rank: new Map(), scale: [], keys: [], possible: 0 };
    }
  });
  plans.set(questionnaire, built);
  return built;
}

/** The answers given to one question (or item) and how many gave each. */
interface Tally {
  readonly itemId?: string;
  readonly distribution: Map<string, number>;
  readonly respondents: number;
}

function count(tally: Tally, key: string): void {
  tally.distribution.set(key, (tally.distribution.get(key) ?? 0) + 1);
}

function newTally(itemId?: string): Tally {
  return itemId === undefined
    ? { distribution: new Map(), respondents: 0 }
    : { itemId, distribution: new Map(), respondents: 0 };
}

/**
 * Counts of the answers of a plan's `keys`, by slot, with the slots in the order their answers
 * first appeared (the order of the distribution). Counting by slot rather than in a Map keyed by
 * the answer keeps a team of 50 to array increments for every single-choice, practice and
 * frequency answer.
 */
interface SlotCounts {
  readonly counts: number[];
  readonly firstSeen: number[];
}

function newSlotCounts(size: number): SlotCounts {
  return { counts: new Array<number>(size).fill(0), firstSeen: [] };
}

function countSlot(slots: SlotCounts, slot: number): void {
  const before = slots.counts[slot] ?? 0;
  if (before === 0) slots.firstSeen.push(slot);
  slots.counts[slot] = before + 1;
}

/** The tally of slot counts: each answer counted, with its count, in the order first seen. */
function tallyOfSlots(slots: SlotCounts, keys: readonly string[], itemId: string | undefined): Tally {
  const distribution = new Map<string, number>();
  let respondents = 0;
  for (const slot of slots.firstSeen) {
    const answers = slots.counts[slot] ?? 0;
    distribution.set(keys[slot] ?? '', answers);
    respondents += answers;
  }
  return itemId === undefined ? { distribution, respondents } : { itemId, distribution, respondents };
}

/** The counts of a tally, in the order its answers first appeared. */
function countsOf(tally: Tally): number[] {
  return [...tally.distribution.values()];
}

/**
 * An ordinal answer from counts along its scale: "don't know" when most of those who answered
 * don't know, else the lower median of the other answers (the lower of the two middle ones).
 */
function ordinalFromCounts(scale: readonly string[], counts: readonly number[], dontKnow: number): string | undefined {
  let known = 0;
  for (let i = 0; i < scale.length; i += 1) known += counts[i] ?? 0;
  if (dontKnow > (known + dontKnow) / 2) return DONT_KNOW;
  if (known === 0) return undefined;
  let target = Math.floor((known - 1) / 2);
  for (let i = 0; i < scale.length; i += 1) {
    target -= counts[i] ?? 0;
    if (target < 0) return scale[i];
  }
  return undefined;
}

interface Aggregated {
  readonly answer: Answer | undefined;
  readonly tallies: readonly Tally[];
}

function aggregateSingle(plan: QuestionPlan, given: readonly Answer[]): Aggregated {
  const slots = newSlotCounts(plan.keys.length);
  for (const value of given) {
    // Only offered options and "don't know" (validated at the edge; anything else is ignored).
    const slot = typeof value === 'string' ? plan.rank.get(value) : undefined;
    if (slot !== undefined) countSlot(slots, slot);
  }
  // The mode; a tie goes to the lower rank, the more conservative answer (the slot is the rank).
  let best: number | undefined;
  for (const slot of slots.firstSeen) {
    if (best === undefined) {
      best = slot;
      continue;
    }
    const difference = (slots.counts[slot] ?? 0) - (slots.counts[best] ?? 0);
    if (difference > 0 || (difference === 0 && slot < best)) best = slot;
  }
  return { answer: best === undefined ? undefined : plan.keys[best], tallies: [tallyOfSlots(slots, plan.keys, undefined)] };
}

function aggregateOrdinal(plan: QuestionPlan, values: readonly unknown[], itemId?: string): { answer: string | undefined; tally: Tally } {
  const slots = newSlotCounts(plan.keys.length);
  const dontKnowSlot = plan.scale.length;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const slot = value === DONT_KNOW ? dontKnowSlot : plan.rank.get(value);
    if (slot !== undefined) countSlot(slots, slot);
  }
  const dontKnow = slots.counts[dontKnowSlot] ?? 0;
  return { answer: ordinalFromCounts(plan.scale, slots.counts, dontKnow), tally: tallyOfSlots(slots, plan.keys, itemId) };
}

function aggregateMultiple(plan: QuestionPlan, given: readonly Answer[]): Aggregated {
  const question = plan.question;
  if (question.kind !== 'multiple') return { answer: undefined, tallies: [] };
  const tally = newTally();
  const options = question.options;
  const chosen = new Array<number>(options.length).fill(0);
  // Which options one answer picks, by position; reused from answer to answer.
  const picked = new Uint8Array(options.length);
  let lists = 0;
  let dontKnow = 0;
  for (const value of given) {
    if (value === DONT_KNOW) {
      dontKnow += 1;
      count(tally, DONT_KNOW);
      continue;
    }
    if (!Array.isArray(value)) continue;
    lists += 1;
    picked.fill(0);
    for (const option of value as readonly string[]) {
      const at = plan.rank.get(option);
      if (at !== undefined) picked[at] = 1;
    }
    // The options picked, in the question's order and once each, as the key of this answer.
    let key = '';
    for (let at = 0; at < options.length; at += 1) {
      if (picked[at] !== 1) continue;
      chosen[at] = (chosen[at] ?? 0) + 1;
      const id = options[at]?.id ?? '';
      key = key === '' ? id : `${key},${id}`;
    }
    count(tally, key);
  }
  const counted = { ...tally, respondents: lists + dontKnow };
  if (dontKnow > (lists + dontKnow) / 2) return { answer: DONT_KNOW, tallies: [counted] };
  const agreed = question.options.filter((_, i) => 2 * (chosen[i] ?? 0) >= lists).map((option) => option.id);
  // No option has the support of half the respondents: the team has no answer, and the
  // disagreement shows the split.
  return { answer: lists === 0 || agreed.length === 0 ? undefined : agreed, tallies: [counted] };
}

function aggregateNumber(given: readonly Answer[]): Aggregated {
  const tally = newTally();
  const numbers: number[] = [];
  let dontKnow = 0;
  for (const value of given) {
    if (value === DONT_KNOW) dontKnow += 1;
    else if (typeof value === 'number') numbers.push(value);
    else continue;
    count(tally, String(value));
  }
  const counted = { ...tally, respondents: numbers.length + dontKnow };
  if (dontKnow > (numbers.length + dontKnow) / 2) return { answer: DONT_KNOW, tallies: [counted] };
  numbers.sort((a, b) => a - b);
  return { answer: numbers[Math.floor((numbers.length - 1) / 2)], tallies: [counted] };
}

/** The aggregate answer of one question and its tallies, from the answers of those who answered it. */
function aggregateQuestion(plan: QuestionPlan, given: readonly Answer[]): Aggregated {
  const question = plan.question;
  switch (question.kind) {
    case 'single':
      return aggregateSingle(plan, given);
    case 'practice': {
      const { answer, tally } = aggregateOrdinal(plan, given);
      return { answer, tallies: [tally] };
    }
    case 'frequency': {
      const aggregate: Record<string, string> = {};
      const tallies: Tally[] = [];
      for (const item of question.items) {
        const ratings: unknown[] = [];
        for (const answer of given) {
          if (typeof answer === 'object' && answer !== null && !Array.isArray(answer)) ratings.push((answer as Readonly<Record<string, unknown>>)[item.id]);
        }
        const { answer, tally } = aggregateOrdinal(plan, ratings, item.id);
        if (tally.respondents === 0) continue;
        if (answer !== undefined) aggregate[item.id] = answer;
        tallies.push(tally);
      }
      return { answer: Object.keys(aggregate).length === 0 ? undefined : aggregate, tallies };
    }
    case 'multiple':
      return aggregateMultiple(plan, given);
    case 'number':
      return aggregateNumber(given);
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
  return aggregateViews(questionnaire, responses.map((response) => viewOf(questionnaire, response)));
}

/** `aggregateAnswers` of responses already read into views (their shown answers only). */
function aggregateViews(questionnaire: Questionnaire, views: readonly ResponseView[]): AggregatedAnswers {
  const answers: Record<string, Answer> = {};
  const disagreements: (Disagreement & { readonly at: number })[] = [];
  for (const plan of plansOf(questionnaire)) {
    const id = plan.question.id;
    const given: Answer[] = [];
    for (const view of views) {
      const value = view.values[plan.position];
      if (value !== undefined) given.push(value as Answer);
    }
    if (given.length === 0) continue;
    const { answer, tallies } = aggregateQuestion(plan, given);
    if (answer !== undefined) answers[id] = answer;
    tallies.forEach((tally, itemPosition) => {
      const spread = spreadOf(countsOf(tally), plan.possible);
      if (spread <= 0) return;
      disagreements.push({
        questionId: id,
        group: plan.group,
        ...(tally.itemId === undefined ? {} : { itemId: tally.itemId }),
        distribution: Object.fromEntries(tally.distribution),
        respondents: tally.respondents,
        spread,
        at: plan.position * 1000 + itemPosition,
      });
    });
  }
  // What decides the level first (gate questions, then practices, challenges, activities, profile),
  // then the largest spread, then questionnaire order.
  disagreements.sort((a, b) => GROUP_RANK[a.group] - GROUP_RANK[b.group] || b.spread - a.spread || a.at - b.at);
  return { answers, disagreements: disagreements.map(({ at: _at, ...disagreement }) => disagreement) };
}

/** How many respondents' own answers break each inconsistency rule (README "Teams"). */
function inconsistenciesOf(index: ScoringIndex, views: readonly ResponseView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const view of views) {
    for (const id of inconsistencyIds(gapContextOf(index, factsOf(view)))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * The result of a team from its respondents' responses (PRODUCT.md "Several respondents"). The
 * gates are evaluated on the aggregate answers of `aggregateAnswers`, so a gate passes for the team
 * only when the team's aggregate answer passes it; inconsistencies are judged on each respondent's
 * own answers and reported with how many respondents show them (an aggregate of consistent answers
 * never makes one); `disagreements` lists the questions where respondents differ, gate questions
 * first; `completeness` is the mean of the responses' completeness (0–1); `respondents` is the
 * number of responses. N copies of one response give that response's result (but `respondents`).
 *
 * @throws RangeError when `responses` is empty; Error when the questionnaire cannot be scored.
 */
export function aggregateTeam(questionnaire: Questionnaire, responses: readonly Answers[], options: ScoringOptions = {}): Result {
  if (responses.length === 0) {
    throw new RangeError('Cannot aggregate a team from an empty list of responses: pass at least one response.');
  }
  const index = scoringIndexOf(questionnaire);
  // Each response is read once: its view gives both its shown answers to aggregate and its
  // completeness (what responseProgress would count).
  const views = responses.map((response) => viewOf(questionnaire, response));
  const { answers, disagreements } = aggregateViews(questionnaire, views);
  const shares = views.map(completenessOfView);
  // Summed in a fixed order so the team's result does not depend on the order of its responses.
  shares.sort((a, b) => a - b);
  let completeness = 0;
  for (const share of shares) completeness += share;
  return resultOf(
    index,
    viewOf(questionnaire, answers),
    {
      respondents: responses.length,
      disagreements,
      completeness: completeness / responses.length,
      inconsistencies: { counts: inconsistenciesOf(index, views), respondents: responses.length },
    },
    options,
  );
}

/** A team result, or why there is none: fewer submitted responses than the minimum. */
export type TeamOutcome =
  | { readonly status: 'scored'; readonly result: Result }
  | { readonly status: 'not_enough_responses'; readonly responses: number; readonly minimum: number };

/**
 * `aggregateTeam` behind a minimum number of responses (the anonymity threshold k, 1–10, set and
 * frozen by the caller): below it, no result is computed at all, so nothing of it can be shown.
 *
 * @throws RangeError when `minimum` is not an integer of at least 1.
 */
export function teamOutcome(
  questionnaire: Questionnaire,
  responses: readonly Answers[],
  minimum: number,
  options: ScoringOptions = {},
): TeamOutcome {
  if (!Number.isInteger(minimum) || minimum < 1) {
    throw new RangeError(`The minimum number of responses must be a whole number of at least 1 (got ${String(minimum)}).`);
  }
  if (responses.length < minimum) return { status: 'not_enough_responses', responses: responses.length, minimum };
  return { status: 'scored', result: aggregateTeam(questionnaire, responses, options) };
}
