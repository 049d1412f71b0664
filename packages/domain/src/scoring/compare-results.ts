import type { DimensionId, Gap, Level, Result } from './types.ts';

export interface DimensionChange {
  readonly id: DimensionId;
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous, in points (−100 to 100); null when either score is null. */
  readonly delta: number | null;
}

/** What changed between two results of the same team, for a manager (PRODUCT.md: "what changed since the last assessment"). */
export interface ResultComparison {
  readonly previousLevel: Level;
  readonly currentLevel: Level;
  /** currentLevel − previousLevel: positive when the team went up. */
  readonly levelChange: number;
  /** Gates passed now that were not passed before (failed or unknown then), in gate order. */
  readonly gatesNewlyPassed: readonly string[];
  /** Gates passed before that are not passed now, in gate order. */
  readonly gatesNewlyFailed: readonly string[];
  /** Every dimension, in the current result's order. */
  readonly dimensions: readonly DimensionChange[];
  /** Gaps of the previous result that are gone, as they were. */
  readonly gapsResolved: readonly Gap[];
  /** Gaps of the current result that were not there before, as they are now. */
  readonly gapsNew: readonly Gap[];
  /** True when the two results come from different engine versions, so changes may come from the engine. */
  readonly engineChanged: boolean;
  /** True when the two results come from different questionnaire versions. */
  readonly questionnaireChanged: boolean;
}

/**
 * What changed from `previous` to `current`: level, gates newly passed and newly failed, dimension
 * deltas, gaps resolved and new (matched by gap id). Pure; either result may come from one
 * response or a team. Results of different engine or questionnaire versions are still compared,
 * and flagged, so a screen can say why a change may not be the team's doing.
 */
export function compareResults(previous: Result, current: Result): ResultComparison {
  const passedBefore = new Set(previous.gates.filter((g) => g.status === 'passed').map((g) => g.id));
  const passedNow = new Set(current.gates.filter((g) => g.status === 'passed').map((g) => g.id));
  const previousDimensions = new Map(previous.dimensions.map((d) => [d.id, d.score]));
  const previousGaps = new Set(previous.gaps.map((g) => g.id));
  const currentGaps = new Set(current.gaps.map((g) => g.id));
  return {
    previousLevel: previous.level,
    currentLevel: current.level,
    levelChange: current.level - previous.level,
    gatesNewlyPassed: current.gates.filter((g) => passedNow.has(g.id) && !passedBefore.has(g.id)).map((g) => g.id),
    gatesNewlyFailed: previous.gates.filter((g) => passedBefore.has(g.id) && !passedNow.has(g.id)).map((g) => g.id),
    dimensions: current.dimensions.map((dimension) => {
      const before = previousDimensions.get(dimension.id) ?? null;
      return {
        id: dimension.id,
        previous: before,
        current: dimension.score,
        delta: before === null || dimension.score === null ? null : dimension.score - before,
      };
    }),
    gapsResolved: previous.gaps.filter((gap) => !currentGaps.has(gap.id)),
    gapsNew: current.gaps.filter((gap) => !previousGaps.has(gap.id)),
    engineChanged: previous.engineVersion !== current.engineVersion,
    questionnaireChanged: previous.questionnaireId !== current.questionnaireId,
  };
}
