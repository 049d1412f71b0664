export { isCalendarDate, daysBetween, isTimeZone, calendarDateIn } from './calendar.ts';
export {
  EFFORT_DAYS,
  GATE_EFFORT,
  stepsToTarget,
  targetProgress,
  type OnTrackState,
  type TargetCondition,
  type TargetProgress,
  type TeamTarget,
} from './targets.ts';
export {
  judgeActionClosure,
  isActionOverdue,
  type ActionClosure,
  type ActionStatus,
  type ActionTarget,
  type ClosureOutcome,
  type NextRound,
  type NotJudgedBecause,
} from './closure.ts';
