import type { PracticeState } from '../questionnaire/types.ts';
import type { Gap, GateEvaluation, Level, LevelCap, PracticeAssessment, PracticeStatus, Prevalence, RoadmapStep, StepReason } from './types.ts';
import { PRACTICES, STAGES, STATE_RANK, stateRank, type PracticeDefinition, type PracticeId } from './practice-model.ts';
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
  return stateRank(status);
}

const SHARES: readonly (Prevalence | null)[] = PRACTICES.map((practice) => shareOf(practice.share));
const TEAM_TARGET = { en: "The team's own target, set by its managers.", 'pt-BR': 'A meta do próprio time, definida pelos seus gestores.' };
const NO_UNLOCK = 9;
const NO_TARGETS: PracticeTargets = Object.freeze({});
const ABSENT_FROM_QUESTIONNAIRE = -2;

/**
 * The practice graph as tables by model position, built once: scoring every response reads them
 * instead of searching the model, and the reasons a step cites are shared (frozen) objects.
 */
interface PracticeTable {
  readonly practice: PracticeDefinition;
  readonly stage: number;
  /** Prerequisites: model position, the rank they must reach, and the reason cited on them. */
  readonly prerequisites: readonly { readonly at: number; readonly rank: number; readonly unlocks: StepReason }[];
  /** The hotspot gap ids this practice addresses, with the reason cited for each and its slot in HOTSPOT_SLOTS. */
  readonly hotspots: readonly { readonly gapId: string; readonly reason: StepReason; readonly slot: number }[];
  /** A bit per gate this practice is part of (GATE_BITS). */
  readonly gateBits: number;
}

const POSITION: ReadonlyMap<string, number> = new Map(PRACTICES.map((practice, i) => [practice.id, i]));
const IDS: readonly string[] = PRACTICES.map((practice) => practice.id);
/** A bit per gate any practice is part of, so "is this practice part of that gate" is a bit test. */
const GATE_BITS: ReadonlyMap<string, number> = new Map(
  [...new Set(PRACTICES.flatMap((practice) => practice.gates))].map((gateId, i) => [gateId, 1 << i]),
);
/** Every (practice, hotspot) pair, numbered: a response marks the pairs its hotspots hit. */
let hotspotSlots = 0;
/** Hotspot gap id → the slots of the pairs that name it. */
const HOTSPOT_SLOTS = new Map<string, number[]>();
const TABLE: readonly PracticeTable[] = PRACTICES.map((practice) => ({
  practice,
  stage: STAGES.indexOf(practice.stage),
  prerequisites: practice.prerequisites.map((edge) => ({
    at: POSITION.get(edge.practice) ?? -1,
    rank: STATE_RANK[edge.state],
    unlocks: Object.freeze({ kind: 'unlocks' as const, practiceId: practice.id, reason: edge.reason }),
  })),
  hotspots: practice.addresses.map((key) => {
    const gapId = `hotspot:${key}`;
    const slot = hotspotSlots++;
    const slots = HOTSPOT_SLOTS.get(gapId) ?? [];
    slots.push(slot);
    HOTSPOT_SLOTS.set(gapId, slots);
    return { gapId, reason: Object.freeze({ kind: 'hotspot' as const, gapId }), slot };
  }),
  gateBits: practice.gates.reduce((bits, gateId) => bits | (GATE_BITS.get(gateId) ?? 0), 0),
}));
const EDGES = TABLE.reduce((sum, row) => sum + row.prerequisites.length, 0);
const GATE_REASONS = new Map<string, StepReason>();
const SCRATCH = {
  rank: new Int8Array(TABLE.length),
  isStep: new Uint8Array(TABLE.length),
  waiting: new Int8Array(TABLE.length),
  unlock: new Int8Array(TABLE.length),
  capLift: new Int8Array(TABLE.length),
  keys: new Float64Array(TABLE.length),
  assessedAt: new Array<PracticeAssessment | undefined>(TABLE.length).fill(undefined),
  targetOf: new Array<Exclude<PracticeState, 'absent'>>(TABLE.length).fill('automated'),
  /** The steps not yet placed (their model positions), the first `open` of them. */
  stepAts: new Int8Array(TABLE.length),
  /** Edges between steps, the first `edges` of them: prerequisite (from) and dependent (to). */
  from: new Int8Array(EDGES),
  to: new Int8Array(EDGES),
  /** Per hotspot slot, 1 when the response has that hotspot. */
  hit: new Uint8Array(hotspotSlots),
  /** The unmet gates above the level and their bits, the first `unmet` of them (grown as needed). */
  unmetGates: [] as GateEvaluation[],
  unmetBits: [] as number[],
};

function gateReason(gate: GateEvaluation): StepReason {
  let reason = GATE_REASONS.get(gate.id);
  if (reason === undefined) {
    reason = Object.freeze({ kind: 'gate' as const, gateId: gate.id, level: gate.level });
    GATE_REASONS.set(gate.id, reason);
  }
  return reason;
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
export function buildRoadmap(input: RoadmapInput, targets: PracticeTargets = NO_TARGETS): RoadmapStep[] {
  const count = TABLE.length;
  // By model position: the rank of the state now (-1 nobody gave it, -2 not asked by this
  // questionnaire), the assessment, whether it is a step, and the step's target. The typed arrays
  // are scratch space shared by calls (this function never yields, so no two calls overlap); lists
  // in them are used up to a count kept here, never cleared (clearing a list's length is a call
  // into the runtime, dearer than the rest of a step).
  const { rank, isStep, waiting, unlock, capLift, keys, assessedAt, stepAts, targetOf, from, to, hit, unmetGates, unmetBits } = SCRATCH;
  rank.fill(ABSENT_FROM_QUESTIONNAIRE);
  isStep.fill(0);
  waiting.fill(0);
  unlock.fill(NO_UNLOCK);
  capLift.fill(1);
  let steps = 0;
  // The practices come in model order (assessPractices), so one pass pairs them with the table;
  // an out-of-order list (built by hand) falls back to a lookup.
  const practices = input.practices;
  let next = 0;
  for (const assessed of practices) {
    while (next < count && IDS[next] !== assessed.practiceId) next += 1;
    const at = next < count ? next : (POSITION.get(assessed.practiceId) ?? -1);
    if (next >= count) next = 0;
    if (at < 0) continue;
    const practice = (TABLE[at] as PracticeTable).practice;
    const target = (targets === NO_TARGETS ? undefined : targets[practice.id]) ?? practice.target.state;
    const now = rankOf(assessed.status);
    rank[at] = now;
    assessedAt[at] = assessed;
    targetOf[at] = target;
    if (now < stateRank(target)) {
      isStep[at] = 1;
      stepAts[steps] = at;
      steps += 1;
    }
  }
  if (steps === 0) return [];

  // Edges between steps, as two parallel lists: a prerequisite (from) below what its dependent
  // (to) needs comes first.
  let edges = 0;
  for (let at = 0; at < count; at += 1) {
    if (isStep[at] !== 1) continue;
    for (const edge of (TABLE[at] as PracticeTable).prerequisites) {
      if (edge.at < 0 || isStep[edge.at] !== 1 || (rank[edge.at] ?? 0) >= edge.rank) continue;
      from[edges] = edge.at;
      to[edges] = at;
      edges += 1;
      waiting[at] = (waiting[at] ?? 0) + 1;
    }
  }
  // The unmet gates above the level, with their bits (a gate no practice is part of has none).
  let unmet = 0;
  let unmetMask = 0;
  for (const gate of input.gates) {
    if (gate.level <= input.level || gate.status === 'passed') continue;
    const bit = GATE_BITS.get(gate.id) ?? 0;
    unmetGates[unmet] = gate;
    unmetBits[unmet] = bit;
    unmetMask |= bit;
    unmet += 1;
  }
  if (unmetMask !== 0) {
    for (let at = 0; at < count; at += 1) {
      if (isStep[at] !== 1 || ((TABLE[at] as PracticeTable).gateBits & unmetMask) === 0) continue;
      const bits = (TABLE[at] as PracticeTable).gateBits;
      for (let g = 0; g < unmet; g += 1) {
        const level = (unmetGates[g] as GateEvaluation).level;
        if ((bits & (unmetBits[g] ?? 0)) !== 0 && level < (unlock[at] ?? NO_UNLOCK)) unlock[at] = level;
      }
    }
  }
  const capReasons = input.cap?.reasons ?? [];
  for (const reason of capReasons) {
    const at = POSITION.get(reason.foundationId);
    if (at !== undefined && isStep[at] === 1) capLift[at] = 0;
  }
  let hotspotCount = 0;
  for (const gap of input.gaps) {
    if (gap.kind !== 'hotspot') continue;
    const slots = HOTSPOT_SLOTS.get(gap.id);
    if (slots === undefined) continue;
    if (hotspotCount === 0) hit.fill(0);
    hotspotCount += 1;
    for (const slot of slots) hit[slot] = 1;
  }

  // A prerequisite inherits the urgency of what it leads to: propagate from later steps down to the
  // steps before them until nothing changes (at most the depth of the graph, which is small).
  for (let changed = true; changed; ) {
    changed = false;
    for (let e = 0; e < edges; e += 1) {
      const at = from[e] ?? 0;
      const later = to[e] ?? 0;
      if ((unlock[later] ?? 0) < (unlock[at] ?? 0)) {
        unlock[at] = unlock[later] ?? 0;
        changed = true;
      }
      if ((capLift[later] ?? 0) < (capLift[at] ?? 0)) {
        capLift[at] = capLift[later] ?? 0;
        changed = true;
      }
    }
  }

  // One number per step, smaller first: cap lift, unlock level, hotspots (more first), stage, model order.
  for (let at = 0; at < count; at += 1) {
    if (isStep[at] !== 1) continue;
    const row = TABLE[at] as PracticeTable;
    let hotspots = 0;
    if (hotspotCount > 0) for (const hotspot of row.hotspots) hotspots += hit[hotspot.slot] ?? 0;
    keys[at] = (((capLift[at] ?? 1) * 10 + (unlock[at] ?? NO_UNLOCK)) * 100 + (20 - Math.min(hotspots, 20))) * 10_000 + row.stage * 100 + at;
  }

  const roadmap: RoadmapStep[] = [];
  let open = steps;
  for (let order = 1; order <= steps; order += 1) {
    let best = -1;
    let bestSlot = -1;
    for (let slot = 0; slot < open; slot += 1) {
      const at = stepAts[slot] ?? 0;
      if ((waiting[at] ?? 0) > 0) continue;
      if (best === -1 || (keys[at] ?? 0) < (keys[best] ?? 0)) {
        best = at;
        bestSlot = slot;
      }
    }
    if (best === -1) throw new Error('The practice graph has a cycle: the roadmap cannot be ordered.');
    open -= 1;
    stepAts[bestSlot] = stepAts[open] ?? 0;
    isStep[best] = 2;
    const row = TABLE[best] as PracticeTable;
    const practice = row.practice;
    const why: StepReason[] = [];
    for (const reason of capReasons) {
      if (reason.foundationId === practice.id) why.push({ kind: 'foundation', practiceId: reason.practiceId, reason: reason.reason });
    }
    if ((row.gateBits & unmetMask) !== 0) {
      for (let g = 0; g < unmet; g += 1) if ((row.gateBits & (unmetBits[g] ?? 0)) !== 0) why.push(gateReason(unmetGates[g] as GateEvaluation));
    }
    const after: PracticeId[] = [];
    for (let e = 0; e < edges; e += 1) {
      if (from[e] === best) {
        const later = to[e] ?? 0;
        waiting[later] = (waiting[later] ?? 0) - 1;
        for (const edge of (TABLE[later] as PracticeTable).prerequisites) {
          if (edge.at !== best) continue;
          why.push(edge.unlocks);
          break;
        }
      } else if (to[e] === best) {
        after.push(IDS[from[e] ?? 0] as PracticeId);
      }
    }
    if (hotspotCount > 0) for (const hotspot of row.hotspots) if (hit[hotspot.slot] === 1) why.push(hotspot.reason);
    const assessed = assessedAt[best] as PracticeAssessment;
    const own = targets !== NO_TARGETS && targets[practice.id] !== undefined;
    roadmap.push({
      order,
      practiceId: practice.id,
      stage: practice.stage,
      title: practice.title,
      action: practice.action,
      now: assessed.status,
      target: targetOf[best] ?? practice.target.state,
      targetSource: own ? 'team' : 'default',
      targetReason: own ? TEAM_TARGET : practice.target.reason,
      effort: practice.effort.size,
      effortReason: practice.effort.reason,
      why,
      after,
      evidence: [assessed.evidence],
      share: SHARES[best] ?? null,
    });
  }
  return roadmap;
}
