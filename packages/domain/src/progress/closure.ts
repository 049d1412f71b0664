import type { Answers, PracticeState, Questionnaire } from '../questionnaire/types.ts';
import { DONT_KNOW } from '../questionnaire/types.ts';
import { viewOf } from '../questionnaire/visibility.ts';
import { factsOf, type Facts } from '../scoring/facts.ts';
import { inconsistencyQuestions } from '../scoring/gaps.ts';
import { STATE_RANK, type PracticeId } from '../scoring/practice-model.ts';
import type { Evidence, Result } from '../scoring/types.ts';

/** What an action works on: a roadmap step (a practice up to a state) or a gap of a result. */
export type ActionTarget =
  | { readonly kind: 'practice'; readonly practiceId: PracticeId; readonly state: Exclude<PracticeState, 'absent'> }
  | { readonly kind: 'gap'; readonly gapId: string };

export type ActionStatus = 'open' | 'in_progress' | 'done' | 'dropped';

/**
 * - closed: the next round's answers show the gap gone (the practice at its target state, the gate
 *   passed, the challenge no longer frequent, the contradiction gone with its questions answered);
 * - open: they show it still there;
 * - not_judged: the answers that would decide it are "don't know", missing, or not asked by the
 *   round's questionnaire (`because` says which): "not answered" is not "no".
 */
export type ClosureOutcome = 'closed' | 'open' | 'not_judged';
export type NotJudgedBecause = 'dont_know' | 'not_answered' | 'not_asked';

export interface ActionClosure {
  readonly outcome: ClosureOutcome;
  readonly because: NotJudgedBecause | null;
  /** An action marked done whose gap the next round shows still open. */
  readonly doneButOpen: boolean;
  /** The answers that decided it. */
  readonly evidence: readonly Evidence[];
}

/** The next closed round of the team: its result, and the answers (the team's aggregate) and questionnaire it came from. */
export interface NextRound {
  readonly result: Result;
  readonly questionnaire: Questionnaire;
  readonly answers: Answers;
}

type Judgement = Omit<ActionClosure, 'doneButOpen'>;

const closed = (evidence: readonly Evidence[]): Judgement => ({ outcome: 'closed', because: null, evidence });
const open = (evidence: readonly Evidence[]): Judgement => ({ outcome: 'open', because: null, evidence });
const notJudged = (because: NotJudgedBecause, evidence: readonly Evidence[]): Judgement => ({ outcome: 'not_judged', because, evidence });

/** How a question (or a frequency item) stands in a round: answered, or why not. */
function answerState(facts: Facts, questionId: string, itemId?: string): 'answered' | NotJudgedBecause {
  const answer = facts.answers[questionId];
  if (answer === undefined || answer === null) return facts.missing(questionId) === 'not_applicable' ? 'not_asked' : 'not_answered';
  if (answer === DONT_KNOW) return 'dont_know';
  if (itemId === undefined) return 'answered';
  if (typeof answer !== 'object' || Array.isArray(answer)) return 'not_answered';
  const value = (answer as Readonly<Record<string, string>>)[itemId];
  return value === undefined ? 'not_answered' : value === DONT_KNOW ? 'dont_know' : 'answered';
}

/** The worst of several answer states: don't know before not answered before not asked. */
function worst(states: readonly ('answered' | NotJudgedBecause)[]): 'answered' | NotJudgedBecause {
  for (const state of ['dont_know', 'not_answered', 'not_asked'] as const) if (states.includes(state)) return state;
  return 'answered';
}

function judgePractice(round: NextRound, practiceId: string, wanted: Exclude<PracticeState, 'absent'>): Judgement {
  const practice = round.result.practices.find((p) => p.practiceId === practiceId);
  if (practice === undefined) return notJudged('not_asked', []);
  const evidence = [practice.evidence];
  switch (practice.status) {
    case 'absent':
    case 'manual':
    case 'automated':
      return STATE_RANK[practice.status] >= STATE_RANK[wanted] ? closed(evidence) : open(evidence);
    // Hidden by a definite answer (no model runs yet): the practice cannot be in place.
    case 'not_asked':
      return open(evidence);
    case 'dont_know':
      return notJudged('dont_know', evidence);
    case 'not_answered':
      return notJudged('not_answered', evidence);
  }
}

function judgeGap(round: NextRound, gapId: string): Judgement {
  const { result } = round;
  const [kind, rest = ''] = gapId.split(/:(.*)/s) as [string, string?];
  const present = result.gaps.find((gap) => gap.id === gapId);
  if (kind === 'blocker') {
    const gate = result.gates.find((g) => g.id === rest);
    if (gate === undefined) return notJudged('not_asked', []);
    if (gate.status === 'passed') return closed(gate.evidence);
    if (gate.status === 'failed') return open(gate.evidence);
    return notJudged(gate.status === 'unknown' ? 'dont_know' : 'not_answered', gate.evidence);
  }
  if (present !== undefined) return open(present.evidence);
  if (kind === 'foundation') {
    const practice = result.practices.find((p) => p.practiceId === rest);
    if (practice === undefined) return notJudged('not_asked', []);
    if (practice.status === 'dont_know' || practice.status === 'not_answered') return notJudged(practice.status, [practice.evidence]);
    return closed([practice.evidence]);
  }
  const facts = factsOf(viewOf(round.questionnaire, round.answers));
  if (kind === 'hotspot') {
    const dot = rest.indexOf('.');
    const questionId = dot < 0 ? rest : rest.slice(0, dot);
    const id = dot < 0 ? '' : rest.slice(dot + 1);
    if (!round.questionnaire.questions.some((q) => q.id === questionId)) return notJudged('not_asked', []);
    const question = round.questionnaire.questions.find((q) => q.id === questionId);
    const state = answerState(facts, questionId, question?.kind === 'frequency' ? id : undefined);
    const evidence = [facts.evidence(questionId)];
    return state === 'answered' ? closed(evidence) : notJudged(state, evidence);
  }
  if (kind === 'inconsistency') {
    const questions = inconsistencyQuestions(rest, result.gates, result.level);
    if (questions === null) return notJudged('not_asked', []);
    const evidence = questions.map((id) => facts.evidence(id));
    // A question hidden by a definite answer is settled by that answer (no model runs: nothing is automated).
    const state = worst(questions.map((id) => answerState(facts, id)).filter((s) => s !== 'not_asked'));
    return state === 'answered' ? closed(evidence) : notJudged(state, evidence);
  }
  return notJudged('not_asked', []);
}

/**
 * Whether the gap an action targets closed in the next closed round of its team (README "Actions"):
 * a practice step closes when the practice reaches the state the step asked for; a blocker when its
 * gate passes; a foundation, hotspot or inconsistency when the round no longer has that gap and the
 * answers that would show it are given. A gap still there is open whatever the action's status
 * (`doneButOpen` marks a done action whose gap is open); answers that are "don't know", missing or
 * not asked leave it not judged.
 */
export function judgeActionClosure(target: ActionTarget, status: ActionStatus, round: NextRound): ActionClosure {
  const judgement = target.kind === 'practice' ? judgePractice(round, target.practiceId, target.state) : judgeGap(round, target.gapId);
  return { ...judgement, doneButOpen: status === 'done' && judgement.outcome === 'open' };
}

/** An action still to do whose due date (`YYYY-MM-DD`, workspace time zone) is before today. */
export function isActionOverdue(action: { readonly status: ActionStatus; readonly dueDate: string }, today: string): boolean {
  return (action.status === 'open' || action.status === 'in_progress') && action.dueDate < today;
}
