// The digest of a team result kept beside it (`assessment_results.digest`): what the dashboard
// needs of every team without reading the whole result (~46 KB, stored compressed out of line).
import type { Level, LevelCap, Result, RoadmapInput } from '@assay/domain';

export interface ResultDigest {
  readonly dimensions: readonly { readonly id: string; readonly score: number | null }[];
  /** What `targetProgress` reads to judge the on-track state; null for an engine-1 result (no practices). */
  readonly roadmap: {
    readonly level: Level;
    readonly cap: LevelCap | null;
    readonly gates: readonly { readonly id: string; readonly level: Level; readonly status: string }[];
    readonly practices: readonly { readonly practiceId: string; readonly status: string }[];
    /** Ids of the hotspot gaps (the roadmap raises the practices that address them). */
    readonly hotspots: readonly string[];
  } | null;
}

export function resultDigest(result: Result): ResultDigest {
  return {
    dimensions: result.dimensions.map((d) => ({ id: d.id, score: d.score })),
    roadmap: {
      level: result.level,
      cap: result.cap,
      gates: result.gates.map((g) => ({ id: g.id, level: g.level, status: g.status })),
      practices: result.practices.map((p) => ({ practiceId: p.practiceId, status: p.status })),
      hotspots: result.gaps.filter((gap) => gap.kind === 'hotspot').map((gap) => gap.id),
    },
  };
}

const NO_TEXT = { en: '', 'pt-BR': '' };

/**
 * The roadmap input a digest stands for. The words (gate titles, evidence) are left empty: they
 * only dress the steps and conditions, and the on-track state is all the dashboard reads.
 */
export function roadmapInputOf(digest: ResultDigest['roadmap']): RoadmapInput | null {
  if (digest === null) return null;
  return {
    level: digest.level,
    cap: digest.cap,
    gates: digest.gates.map((g) => ({ ...g, title: NO_TEXT, requirement: NO_TEXT, practice: NO_TEXT, evidence: [] })),
    practices: digest.practices.map((p) => ({ ...p, stage: 'data', evidence: { questionId: '', answer: null } })),
    gaps: digest.hotspots.map((id) => ({ id, kind: 'hotspot' })),
  } as unknown as RoadmapInput;
}
