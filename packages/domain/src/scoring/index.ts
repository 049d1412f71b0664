// The scoring engine's public face. Its types are exported from src/index.ts through ./types.ts;
// they are not re-exported here so that nothing is exported twice.
export { ENGINE_VERSION, scoreResponse, type ScoringOptions } from './score.ts';
export {
  aggregateAnswers,
  aggregateTeam,
  teamOutcome,
  spreadOf,
  CONSERVATIVE_ORDER,
  type AggregatedAnswers,
  type TeamOutcome,
} from './aggregate.ts';
export { GATES, evaluateGates, levelFromGates, type GateDefinition, type GateMode, type GateReport } from './gates.ts';
export {
  DIMENSIONS,
  PRACTICE_VALUE,
  CHALLENGE_VALUE,
  scoreDimensions,
  enoughAnswered,
  type DimensionDefinition,
  type Signal,
} from './dimensions.ts';
export { findGaps, inconsistencyQuestions, INCONSISTENCY_RULES } from './gaps.ts';
export { HOTSPOTS, type HotspotDefinition } from './hotspots.ts';
export { WORK_ORDER, type WorkStep } from './practices.ts';
export {
  PRACTICES,
  PRACTICE_IDS,
  STAGES,
  EFFORTS,
  getPractice,
  type PracticeDefinition,
  type PracticeId,
  type Prerequisite,
  type Stage,
  type Effort,
  type ShareReference,
} from './practice-model.ts';
export { buildRoadmap, type PracticeTargets, type RoadmapInput } from './roadmap.ts';
export { statusWords } from './caps.ts';
export {
  compareResults,
  type ComparableResult,
  type DimensionChange,
  type GapSummary,
  type QuestionsWithoutCounterpart,
  type ResultComparison,
} from './compare-results.ts';
