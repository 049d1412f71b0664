import type { LocalizedText } from '../i18n.ts';
import type { GateEvaluation, GateStatus, Level, RoadmapStep } from '../scoring/types.ts';
import { buildRoadmap, type PracticeTargets, type RoadmapInput } from '../scoring/roadmap.ts';
import { getPractice, type Effort, type PracticeId } from '../scoring/practice-model.ts';
import { daysBetween } from './calendar.ts';

/** Where a team should be by a date: a level and, optionally, its own target states for practices. */
export interface TeamTarget {
  readonly level: Level;
  /** The team's own target states; they replace the practice model's defaults. */
  readonly practices: PracticeTargets;
  /** A calendar date (`YYYY-MM-DD`) in the workspace's time zone; due at the end of that day. */
  readonly dueDate: string;
}

/**
 * - met: the latest result is at or above the target level and no step of the target is left;
 * - on_track: not met, the due date has not passed, and the work left fits in the days left;
 * - at_risk: not met, the due date has not passed, but the work left does not fit;
 * - overdue: not met and the due date has passed;
 * - no_result: the team has no result to judge by yet (and the due date has not passed).
 */
export type OnTrackState = 'met' | 'on_track' | 'at_risk' | 'overdue' | 'no_result';

/**
 * Calendar days for a step of each effort, for a team of a few people doing one step at a time
 * (the practice model sizes the work from absent to the target): S two weeks, M six, L twelve.
 */
export const EFFORT_DAYS: Readonly<Record<Effort, number>> = Object.freeze({ S: 14, M: 42, L: 84 });

/**
 * The effort of a level gate that stands in the way with no practice step to take it (the gates
 * about business use, where models run and how they are served are not practices; a practice gate
 * lands here only when the team's own target asks less of its practice than the gate does).
 */
export const GATE_EFFORT: Readonly<Record<string, Effort>> = Object.freeze({
  'l2.business_consumption': 'M',
  'l3.production_runtime': 'L',
  'l3.serving': 'M',
  'l4.automated_deployment': 'L',
  'l4.automated_monitoring': 'L',
  'l4.automated_retraining': 'L',
});

/** A level gate of the target that no step takes the team through. */
export interface TargetCondition {
  readonly gateId: string;
  readonly level: Level;
  readonly title: LocalizedText;
  readonly requirement: LocalizedText;
  readonly status: Exclude<GateStatus, 'passed'>;
  readonly effort: Effort;
}

export interface TargetProgress {
  readonly state: OnTrackState;
  /** The roadmap steps between the result and the target, in roadmap order (renumbered from 1). */
  readonly steps: readonly RoadmapStep[];
  /** Unmet gates of the target's levels that no step takes the team through. */
  readonly conditions: readonly TargetCondition[];
  /** Practices with a team target that the result's questionnaire does not ask: nothing shows them met. */
  readonly notAsked: readonly PracticeId[];
  /** Calendar days of work left (EFFORT_DAYS over steps, conditions and practices not asked). */
  readonly remainingDays: number;
  /** Days from today to the due date (0 on the due date, negative once it has passed). */
  readonly daysLeft: number;
}

/**
 * The steps that stand between a result and a target (README "Targets"): the roadmap built for the
 * team's own practice targets, kept to the steps that (a) have a team target, (b) take the team
 * through an unmet gate of a level up to the target level, or (c) lift a level cap when the target
 * is the capped level, with every step those come after. Gates of those levels that no kept step
 * takes the team through are `conditions`.
 */
export function stepsToTarget(
  result: RoadmapInput,
  target: Pick<TeamTarget, 'level' | 'practices'>,
): { steps: RoadmapStep[]; conditions: TargetCondition[]; notAsked: PracticeId[] } {
  const roadmap = buildRoadmap(result, target.practices);
  const wanted = new Set<string>();
  const capped = result.cap !== null && target.level >= result.cap.from;
  for (const step of roadmap) {
    const needed =
      step.targetSource === 'team' ||
      step.why.some((why) => (why.kind === 'gate' && why.level <= target.level) || (why.kind === 'foundation' && capped));
    if (needed) wanted.add(step.practiceId);
  }
  // Every step a kept step comes after is kept too: `after` lists only steps of this roadmap.
  const byId = new Map(roadmap.map((step) => [step.practiceId as string, step]));
  const queue = [...wanted];
  while (queue.length > 0) {
    const step = byId.get(queue.pop() ?? '');
    for (const before of step?.after ?? []) {
      if (!wanted.has(before)) {
        wanted.add(before);
        queue.push(before);
      }
    }
  }
  const steps = roadmap.filter((step) => wanted.has(step.practiceId)).map((step, i) => ({ ...step, order: i + 1 }));
  const cited = new Set<string>();
  for (const step of steps) for (const why of step.why) if (why.kind === 'gate') cited.add(why.gateId);
  const conditions: TargetCondition[] = [];
  for (const gate of result.gates as readonly GateEvaluation[]) {
    if (gate.status === 'passed' || gate.level > target.level || cited.has(gate.id)) continue;
    conditions.push({
      gateId: gate.id,
      level: gate.level,
      title: gate.title,
      requirement: gate.requirement,
      status: gate.status,
      effort: GATE_EFFORT[gate.id] ?? 'M',
    });
  }
  const asked = new Set<string>(result.practices.map((p) => p.practiceId));
  const notAsked = (Object.keys(target.practices) as PracticeId[]).filter((id) => target.practices[id] !== undefined && !asked.has(id)).sort();
  return { steps, conditions, notAsked };
}

/**
 * Whether a team is on track for its target (README "Targets"), from its latest result (null when
 * it has none) and today's calendar date in the workspace's time zone. Met wins over a passed due
 * date; otherwise a passed due date is overdue; otherwise the work left (EFFORT_DAYS of each step,
 * condition and practice not asked) is compared with the days left, the due date's own day counted.
 */
export function targetProgress(result: RoadmapInput | null, target: TeamTarget, today: string): TargetProgress {
  const daysLeft = daysBetween(today, target.dueDate);
  if (result === null) {
    return { state: daysLeft < 0 ? 'overdue' : 'no_result', steps: [], conditions: [], notAsked: [], remainingDays: 0, daysLeft };
  }
  const { steps, conditions, notAsked } = stepsToTarget(result, target);
  let remainingDays = 0;
  for (const step of steps) remainingDays += EFFORT_DAYS[step.effort];
  for (const condition of conditions) remainingDays += EFFORT_DAYS[condition.effort];
  for (const id of notAsked) remainingDays += EFFORT_DAYS[getPractice(id)?.effort.size ?? 'M'];
  const met = result.level >= target.level && steps.length === 0 && conditions.length === 0 && notAsked.length === 0;
  const state: OnTrackState = met ? 'met' : daysLeft < 0 ? 'overdue' : remainingDays <= daysLeft + 1 ? 'on_track' : 'at_risk';
  return { state, steps, conditions, notAsked, remainingDays, daysLeft };
}
