import type { LocalizedText } from '../i18n.ts';
import { questionCorrespondence } from '../questionnaire/mappings.ts';
import type { DimensionId, GapKind, Level } from './types.ts';

export interface DimensionChange {
  readonly id: DimensionId;
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous, in points (−100 to 100); null when either score is null. */
  readonly delta: number | null;
}

/** A gap as a change lists it: what it is, whatever the engine version that found it. */
export interface GapSummary {
  readonly id: string;
  readonly kind: GapKind;
  readonly title: LocalizedText;
}

/**
 * What a comparison reads of a result: the fields every engine version has stored, so a result of
 * engine 1 (served as it was computed) compares with one of engine 2.
 */
export interface ComparableResult {
  readonly engineVersion: string;
  readonly questionnaireId: string;
  readonly level: Level;
  readonly gates: readonly { readonly id: string; readonly status: string }[];
  readonly dimensions: readonly { readonly id: DimensionId; readonly score: number | null }[];
  readonly gaps: readonly {
    readonly id: string;
    readonly kind: GapKind;
    readonly title: LocalizedText;
    readonly evidence: readonly { readonly questionId: string }[];
  }[];
}

/** The questions of two questionnaire versions without a counterpart in the other (declared mapping). */
export interface QuestionsWithoutCounterpart {
  /** Asked by the previous result's version only. */
  readonly previous: readonly string[];
  /** Asked by the current result's version only. */
  readonly current: readonly string[];
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
  /** Every dimension of the current result, in its order (null where a version did not score it). */
  readonly dimensions: readonly DimensionChange[];
  /** Gaps of the previous result that are gone, as they were. */
  readonly gapsResolved: readonly GapSummary[];
  /** Gaps of the current result that were not there before, as they are now. */
  readonly gapsNew: readonly GapSummary[];
  /**
   * New gaps that rest only on questions the previous version did not ask: not a change in the
   * team, so not among `gapsNew` (and gaps gone because their questions are no longer asked are
   * not among `gapsResolved`).
   */
  readonly gapsNotComparable: readonly GapSummary[];
  /** True when the two results come from different engine versions, so changes may come from the engine. */
  readonly engineChanged: boolean;
  /** True when the two results come from different questionnaire versions. */
  readonly questionnaireChanged: boolean;
  /**
   * For different questionnaire versions, the questions without a counterpart in the other, from
   * the declared mapping; null for the same version, or when no mapping is declared (then every
   * question is compared by id, and `questionnaireChanged` says why to be careful).
   */
  readonly questionsWithoutCounterpart: QuestionsWithoutCounterpart | null;
}

const summary = (gap: ComparableResult['gaps'][number]): GapSummary => ({ id: gap.id, kind: gap.kind, title: gap.title });

/**
 * What changed from `previous` to `current`: level, gates newly passed and newly failed, dimension
 * deltas, gaps resolved and new (matched by gap id). Pure; either result may come from one
 * response or a team, and from any engine version. Results of different engine or questionnaire
 * versions are still compared, and flagged, so a screen can say why a change may not be the team's
 * doing; across questionnaire versions the declared mapping names the questions without a
 * counterpart, and a gap that rests only on those is listed apart (`gapsNotComparable`).
 */
export function compareResults(previous: ComparableResult, current: ComparableResult): ResultComparison {
  const passedBefore = new Set(previous.gates.filter((g) => g.status === 'passed').map((g) => g.id));
  const passedNow = new Set(current.gates.filter((g) => g.status === 'passed').map((g) => g.id));
  const previousDimensions = new Map(previous.dimensions.map((d) => [d.id, d.score]));
  const previousGaps = new Set(previous.gaps.map((g) => g.id));
  const currentGaps = new Set(current.gaps.map((g) => g.id));
  const questionnaireChanged = previous.questionnaireId !== current.questionnaireId;
  const correspondence = questionnaireChanged ? questionCorrespondence(previous.questionnaireId, current.questionnaireId) : undefined;
  const onlyPrevious = new Set(correspondence?.onlyInFrom ?? []);
  const onlyCurrent = new Set(correspondence?.onlyInTo ?? []);
  const restsOnlyOn = (gap: ComparableResult['gaps'][number], questions: ReadonlySet<string>) =>
    gap.evidence.length > 0 && gap.evidence.every((e) => questions.has(e.questionId));
  const appeared = current.gaps.filter((gap) => !previousGaps.has(gap.id));
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
    gapsResolved: previous.gaps.filter((gap) => !currentGaps.has(gap.id) && !restsOnlyOn(gap, onlyPrevious)).map(summary),
    gapsNew: appeared.filter((gap) => !restsOnlyOn(gap, onlyCurrent)).map(summary),
    gapsNotComparable: appeared.filter((gap) => restsOnlyOn(gap, onlyCurrent)).map(summary),
    engineChanged: previous.engineVersion !== current.engineVersion,
    questionnaireChanged,
    questionsWithoutCounterpart:
      correspondence === undefined ? null : { previous: correspondence.onlyInFrom, current: correspondence.onlyInTo },
  };
}
