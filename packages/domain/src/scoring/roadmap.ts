import type { PracticeState } from '../questionnaire/types.ts';
import type { Gap, GateEvaluation, Level, LevelCap, PracticeAssessment, PracticeStatus, Prevalence, RoadmapStep, StepReason } from './types.ts';
import { PRACTICES, STAGES, STATE_RANK, type PracticeDefinition, type PracticeId } from './practice-model.ts';
import { shareOf } from './shares.ts';

/** A team's own target states, by practice; they replace the practice model's defaults. */
export type PracticeTargets = Readonly<Partial<Record<PracticeId, Exclude<PracticeState, 'absent'>>>>;

/** What a roadmap is built from: all of it is in a result, so a roadmap can be rebuilt for new targets. */
export interface RoadmapInput {
  readonly level: Level;
  readonly cap: LevelCap | null;
  readonly gates: readonly GateEvaluation[];
  readonly practices: readonly PracticeAssessment[];
  readonly gaps: readonly Gap[];
}

/** Rank of a state for comparing with a target; a state nobody gave counts as below every state. */
function rankOf(status: PracticeStatus): number {
  return status === 'absent' || status === 'manual' || status === 'automated' ? STATE_RANK[status] : -1;
}

const STAGE_POSITION: Readonly<Record<string, number>> = Object.fromEntries(STAGES.map((stage, i) => [stage, i]));
const MODEL_POSITION: ReadonlyMap<string, number> = new Map(PRACTICES.map((practice, i) => [practice.id, i]));
const SHARES: ReadonlyMap<string, Prevalence | null> = new Map(PRACTICES.map((practice) => [practice.id, shareOf(practice.share)]));
const NO_UNLOCK = 9;
const TEAM_TARGET = { en: "The team's own target, set by its managers.", 'pt-BR': 'A meta do próprio time, definida pelos seus gestores.' };

interface Node {
  readonly practice: PracticeDefinition;
  readonly assessed: PracticeAssessment;
  readonly target: Exclude<PracticeState, 'absent'>;
  /** Steps that must come first, and steps that come after, by index into the node list. */
  readonly before: number[];
  readonly afterOf: { readonly node: number; readonly reason: StepReason }[];
  /** Lowest level of an unmet gate this step (or a step after it) stands in the way of. */
  unlock: number;
  /** 0 when this step (or a step after it) lifts a level cap. */
  capLift: number;
  hotspots: string[];
  gateReasons: StepReason[];
  foundationReasons: StepReason[];
  waiting: number;
}

/**
 * The roadmap (README "Roadmap"): every practice the questionnaire asks that is below its target
 * state (the team's own target, else the model's default) is a step; so is one whose state nobody
 * gave ("don't know", not answered, not asked), since it cannot be shown to be there.
 *
 * Order: a prerequisite still below what a step needs comes before that step (the practice graph);
 * among the steps free to start, first those that lift a level cap, then those nearest an unmet
 * gate (by its level, counting the gates of the steps they lead to), then those that address more
 * of the team's hotspots, then by stage (foundations, delivery, operations), then model order.
 * Deterministic; the graph is acyclic (tested), so every step is placed.
 */
export function buildRoadmap(input: RoadmapInput, targets: PracticeTargets = {}): RoadmapStep[] {
  const byId = new Map<string, PracticeDefinition>();
  for (const practice of PRACTICES) byId.set(practice.id, practice);
  const nodes: Node[] = [];
  const nodeOf = new Map<string, number>();
  for (const assessed of input.practices) {
    const practice = byId.get(assessed.practiceId);
    if (practice === undefined) continue;
    const target = targets[practice.id] ?? practice.target.state;
    if (rankOf(assessed.status) >= STATE_RANK[target]) continue;
    nodeOf.set(practice.id, nodes.length);
    nodes.push({
      practice,
      assessed,
      target,
      before: [],
      afterOf: [],
      unlock: NO_UNLOCK,
      capLift: 1,
      hotspots: [],
      gateReasons: [],
      foundationReasons: [],
      waiting: 0,
    });
  }
  if (nodes.length === 0) return [];

  const status = new Map<string, PracticeStatus>();
  for (const assessed of input.practices) status.set(assessed.practiceId, assessed.status);
  const hotspotIds = new Set<string>();
  for (const gap of input.gaps) if (gap.kind === 'hotspot') hotspotIds.add(gap.id);

  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as Node;
    for (const prerequisite of node.practice.prerequisites) {
      const j = nodeOf.get(prerequisite.practice);
      const before = status.get(prerequisite.practice);
      if (j === undefined || before === undefined || rankOf(before) >= STATE_RANK[prerequisite.state]) continue;
      node.before.push(j);
      (nodes[j] as Node).afterOf.push({
        node: i,
        reason: { kind: 'unlocks', practiceId: node.practice.id, reason: prerequisite.reason },
      });
      node.waiting += 1;
    }
    for (const gate of input.gates) {
      if (gate.level <= input.level || gate.status === 'passed' || !node.practice.gates.includes(gate.id)) continue;
      node.gateReasons.push({ kind: 'gate', gateId: gate.id, level: gate.level });
      if (gate.level < node.unlock) node.unlock = gate.level;
    }
    for (const key of node.practice.addresses) {
      if (hotspotIds.has(`hotspot:${key}`)) node.hotspots.push(`hotspot:${key}`);
    }
  }
  for (const reason of input.cap?.reasons ?? []) {
    const j = nodeOf.get(reason.foundationId);
    if (j === undefined) continue;
    const node = nodes[j] as Node;
    node.capLift = 0;
    node.foundationReasons.push({ kind: 'foundation', practiceId: reason.practiceId, reason: reason.reason });
  }

  // A prerequisite inherits the urgency of what it leads to: propagate from later steps down to the
  // steps before them until nothing changes (at most the depth of the graph, which is small).
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      for (const { node: later } of node.afterOf) {
        const after = nodes[later] as Node;
        if (after.unlock < node.unlock) {
          node.unlock = after.unlock;
          changed = true;
        }
        if (after.capLift < node.capLift) {
          node.capLift = after.capLift;
          changed = true;
        }
      }
    }
  }

  const key = (node: Node): number =>
    ((node.capLift * 10 + node.unlock) * 100 + (20 - Math.min(node.hotspots.length, 20))) * 10_000 +
    (STAGE_POSITION[node.practice.stage] ?? 0) * 100 +
    (MODEL_POSITION.get(node.practice.id) ?? 0);

  const steps: RoadmapStep[] = [];
  const placed = new Uint8Array(nodes.length);
  for (let order = 1; order <= nodes.length; order += 1) {
    let best = -1;
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i] as Node;
      if (placed[i] === 1 || node.waiting > 0) continue;
      if (best === -1 || key(node) < key(nodes[best] as Node)) best = i;
    }
    if (best === -1) throw new Error('The practice graph has a cycle: the roadmap cannot be ordered.');
    placed[best] = 1;
    const node = nodes[best] as Node;
    for (const { node: later } of node.afterOf) (nodes[later] as Node).waiting -= 1;
    const practice = node.practice;
    steps.push({
      order,
      practiceId: practice.id,
      stage: practice.stage,
      title: practice.title,
      action: practice.action,
      now: node.assessed.status,
      target: node.target,
      targetSource: targets[practice.id] === undefined ? 'default' : 'team',
      targetReason: targets[practice.id] === undefined ? practice.target.reason : TEAM_TARGET,
      effort: practice.effort.size,
      effortReason: practice.effort.reason,
      why: [
        ...node.foundationReasons,
        ...node.gateReasons,
        ...node.afterOf.map((after) => after.reason),
        ...node.hotspots.map((gapId): StepReason => ({ kind: 'hotspot', gapId })),
      ],
      after: node.before.map((j) => (nodes[j] as Node).practice.id),
      evidence: [node.assessed.evidence],
      share: SHARES.get(practice.id) ?? null,
    });
  }
  return steps;
}
