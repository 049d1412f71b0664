import { z } from 'zod';
import type {
  CapReason,
  Confidence,
  DimensionScore,
  Disagreement,
  DisagreementGroup,
  Evidence,
  Explanation,
  Gap,
  GateEvaluation,
  LevelCap,
  NextStep,
  PracticeAssessment,
  PracticeId,
  PracticeStatus,
  Prevalence,
  Result,
  RoadmapStep,
  ShareRelation,
  Stage,
  StepReason,
} from '@assay/domain';
import type { Assignable, Check, DeepReadonly, SameKeys } from './common.ts';
import { AnswerSchema, LocalizedTextSchema } from './questionnaire.ts';
import { BenchmarkComparisonSchema } from './benchmark.ts';

export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type LevelDto = z.infer<typeof LevelSchema>;

export const DimensionIdSchema = z.enum(['data', 'experimentation', 'deployment', 'monitoring', 'automation', 'governance', 'organisation']);

export const PRACTICE_ID_VALUES = [
  'experiment_tracking',
  'dataset_versioning',
  'data_validation',
  'feature_management',
  'model_registry',
  'training_pipeline',
  'lineage',
  'model_documentation',
  'ci_cd',
  'model_validation',
  'model_review',
  'deployment',
  'safe_release',
  'rollback',
  'service_monitoring',
  'model_monitoring',
  'drift_detection',
  'alerting',
  'retraining',
] as const;
/** A practice of the scoring engine's practice model; stable across questionnaire versions. */
export const PracticeIdSchema = z.enum(PRACTICE_ID_VALUES);
export const StageSchema = z.enum(['foundations', 'delivery', 'operations']);
export const PracticeStatusSchema = z.enum(['absent', 'manual', 'automated', 'dont_know', 'not_answered', 'not_asked']);
/** A target state: what a practice should reach (never "absent"). */
export const TargetStateSchema = z.enum(['manual', 'automated']);
export const ShareRelationSchema = z.enum(['same', 'related', 'upper_bound', 'lower_bound']);

export const EvidenceSchema = z
  .object({
    questionId: z.string(),
    itemId: z.string().optional(),
    answer: AnswerSchema.nullable(),
    /** The earlier question whose "don't know" or missing answer kept this one from being asked. */
    unaskedBecause: z.string().optional(),
  })
  .strict();

export const GateEvaluationSchema = z
  .object({
    id: z.string(),
    level: LevelSchema,
    title: LocalizedTextSchema,
    requirement: LocalizedTextSchema,
    status: z.enum(['passed', 'failed', 'unknown', 'unanswered']),
    evidence: z.array(EvidenceSchema),
    practice: LocalizedTextSchema,
  })
  .strict();
export type GateEvaluationDto = z.infer<typeof GateEvaluationSchema>;

export const DimensionScoreSchema = z
  .object({
    id: DimensionIdSchema,
    label: LocalizedTextSchema,
    /** Null when fewer than half of its signals were answered ("not enough answers"). */
    score: z.number().min(0).max(100).nullable(),
    answered: z.number().int().nonnegative(),
    signals: z.number().int().nonnegative(),
    evidence: z.array(EvidenceSchema),
  })
  .strict();
export type DimensionScoreDto = z.infer<typeof DimensionScoreSchema>;

export const PrevalenceSchema = z
  .object({
    seriesId: z.string(),
    categoryId: z.string(),
    count: z.number().int(),
    base: z.number().int(),
    percent: z.number(),
    source: z.string(),
    status: z.enum(['reported', 'derived']),
    /** Whether the paper counts the same thing, a related one, or a bound of it. */
    relation: ShareRelationSchema,
    /** What the paper's count counts, in words. */
    measure: LocalizedTextSchema,
  })
  .strict();
export type PrevalenceDto = z.infer<typeof PrevalenceSchema>;

export const GapSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['blocker', 'foundation', 'hotspot', 'inconsistency']),
    title: LocalizedTextSchema,
    detail: LocalizedTextSchema,
    evidence: z.array(EvidenceSchema),
    practice: LocalizedTextSchema,
    prevalence: PrevalenceSchema.nullable(),
    order: z.number().int().positive(),
    /** For a blocker, the level whose gate it is; for a foundation, the level it stands in the way of. */
    level: LevelSchema.optional(),
    practiceId: PracticeIdSchema.optional(),
    /** For an inconsistency of a team result, how many respondents' own answers show it. */
    respondents: z.number().int().positive().optional(),
  })
  .strict();
export type GapDto = z.infer<typeof GapSchema>;

export const NextStepSchema = z.object({ level: LevelSchema, unmetGates: z.array(GateEvaluationSchema) }).strict();

export const ConfidenceSchema = z
  .object({ min: LevelSchema, max: LevelSchema, uncertainQuestions: z.array(z.string()) })
  .strict();

export const ExplanationSchema = z
  .object({ gatesPassed: z.array(z.string()), firstUnmetGate: z.string().nullable(), summary: LocalizedTextSchema })
  .strict();

export const DisagreementGroupSchema = z.enum(['gate', 'practice', 'challenge', 'activity', 'profile']);

export const DisagreementSchema = z
  .object({
    questionId: z.string(),
    /** What the question decides: disagreements are ordered gate, practice, challenge, activity, profile. */
    group: DisagreementGroupSchema,
    itemId: z.string().optional(),
    distribution: z.record(z.string(), z.number().int()),
    respondents: z.number().int(),
    spread: z.number().min(0).max(1),
  })
  .strict();
export type DisagreementDto = z.infer<typeof DisagreementSchema>;

export const CapReasonSchema = z
  .object({
    practiceId: PracticeIdSchema,
    foundationId: PracticeIdSchema,
    foundationStatus: PracticeStatusSchema,
    reason: LocalizedTextSchema,
  })
  .strict();

/** Level 4 held back: the level-4 gates pass, but an automation they pass on has no foundation. */
export const LevelCapSchema = z.object({ from: LevelSchema, to: LevelSchema, reasons: z.array(CapReasonSchema) }).strict();

export const PracticeAssessmentSchema = z
  .object({ practiceId: PracticeIdSchema, stage: StageSchema, status: PracticeStatusSchema, evidence: EvidenceSchema })
  .strict();
export type PracticeAssessmentDto = z.infer<typeof PracticeAssessmentSchema>;

export const StepReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gate'), gateId: z.string(), level: LevelSchema }).strict(),
  z.object({ kind: z.literal('foundation'), practiceId: PracticeIdSchema, reason: LocalizedTextSchema }).strict(),
  z.object({ kind: z.literal('unlocks'), practiceId: PracticeIdSchema, reason: LocalizedTextSchema }).strict(),
  z.object({ kind: z.literal('hotspot'), gapId: z.string() }).strict(),
]);
export type StepReasonDto = z.infer<typeof StepReasonSchema>;

/** One step of the roadmap: a practice below its target state (see packages/domain README "Roadmap"). */
export const RoadmapStepSchema = z
  .object({
    order: z.number().int().positive(),
    practiceId: PracticeIdSchema,
    stage: StageSchema,
    title: LocalizedTextSchema,
    action: LocalizedTextSchema,
    now: PracticeStatusSchema,
    target: TargetStateSchema,
    targetSource: z.enum(['default', 'team']),
    targetReason: LocalizedTextSchema,
    effort: z.enum(['S', 'M', 'L']),
    effortReason: LocalizedTextSchema,
    why: z.array(StepReasonSchema),
    /** Steps of this roadmap that must come first. */
    after: z.array(PracticeIdSchema),
    evidence: z.array(EvidenceSchema),
    share: PrevalenceSchema.nullable(),
  })
  .strict();
export type RoadmapStepDto = z.infer<typeof RoadmapStepSchema>;

/** The scored snapshot computed by @assay/domain engine 2 (`scoreResponse` / `aggregateTeam`). */
export const ResultSchema = z
  .object({
    engineVersion: z.string(),
    questionnaireId: z.string(),
    level: LevelSchema,
    cap: LevelCapSchema.nullable(),
    confidence: ConfidenceSchema,
    selfDeclaredLevel: LevelSchema.nullable(),
    explanation: ExplanationSchema,
    gates: z.array(GateEvaluationSchema),
    nextSteps: z.array(NextStepSchema),
    dimensions: z.array(DimensionScoreSchema),
    gaps: z.array(GapSchema),
    practices: z.array(PracticeAssessmentSchema),
    roadmap: z.array(RoadmapStepSchema),
    benchmark: z.array(BenchmarkComparisonSchema),
    respondents: z.number().int().nonnegative(),
    disagreements: z.array(DisagreementSchema),
    completeness: z.number().min(0).max(1),
  })
  .strict();
export type ResultDto = z.infer<typeof ResultSchema>;

// ---------------------------------------------------------------------------------------------
// Results stored by engine 1.x: served as they were computed, never silently rescored (an admin
// may ask for a recompute with the current engine). They have no cap, practices or roadmap, no
// evidence counts per dimension, no "unanswered" gate status and no relation on cited shares.
// ---------------------------------------------------------------------------------------------

const LegacyEvidenceSchema = z.object({ questionId: z.string(), itemId: z.string().optional(), answer: AnswerSchema.nullable() }).strict();
const LegacyGateSchema = GateEvaluationSchema.extend({
  status: z.enum(['passed', 'failed', 'unknown']),
  evidence: z.array(LegacyEvidenceSchema),
}).strict();
const LegacyPrevalenceSchema = z
  .object({ seriesId: z.string(), categoryId: z.string(), count: z.number().int(), base: z.number().int(), percent: z.number(), source: z.string() })
  .strict();
export const LegacyGapSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['blocker', 'hotspot', 'inconsistency']),
    title: LocalizedTextSchema,
    detail: LocalizedTextSchema,
    evidence: z.array(LegacyEvidenceSchema),
    practice: LocalizedTextSchema,
    prevalence: LegacyPrevalenceSchema.nullable(),
    order: z.number().int().positive(),
    level: LevelSchema.optional(),
  })
  .strict();
export type LegacyGapDto = z.infer<typeof LegacyGapSchema>;

/** A result stored by engine 1.x (`engineVersion` 1.*). */
export const LegacyResultSchema = z
  .object({
    engineVersion: z.string().regex(/^1\./),
    questionnaireId: z.string(),
    level: LevelSchema,
    confidence: ConfidenceSchema,
    selfDeclaredLevel: LevelSchema.nullable(),
    explanation: ExplanationSchema,
    gates: z.array(LegacyGateSchema),
    nextSteps: z.array(z.object({ level: LevelSchema, unmetGates: z.array(LegacyGateSchema) }).strict()),
    dimensions: z.array(
      z
        .object({
          id: DimensionIdSchema,
          label: LocalizedTextSchema,
          score: z.number().min(0).max(100).nullable(),
          evidence: z.array(LegacyEvidenceSchema),
        })
        .strict(),
    ),
    gaps: z.array(LegacyGapSchema),
    benchmark: z.array(BenchmarkComparisonSchema),
    respondents: z.number().int().nonnegative(),
    disagreements: z.array(DisagreementSchema.omit({ group: true }).strict()),
    completeness: z.number().min(0).max(1),
  })
  .strict();
export type LegacyResultDto = z.infer<typeof LegacyResultSchema>;

/** A stored result as the API serves it: engine 2, or engine 1.x as it was computed. */
export const StoredResultSchema = z.union([ResultSchema, LegacyResultSchema]);
export type StoredResultDto = z.infer<typeof StoredResultSchema>;

/** Whether a stored result was computed by engine 2 (it then has a roadmap, practices and cap). */
export function isCurrentResult(result: StoredResultDto): result is ResultDto {
  return 'roadmap' in result;
}

export type ResultInSync = [
  Assignable<DeepReadonly<ResultDto>, Result>,
  Assignable<Result, ResultDto>,
  Check<SameKeys<Result, ResultDto>>,
  Check<SameKeys<Evidence, z.infer<typeof EvidenceSchema>>>,
  Check<SameKeys<GateEvaluation, GateEvaluationDto>>,
  Check<SameKeys<DimensionScore, DimensionScoreDto>>,
  Check<SameKeys<Prevalence, PrevalenceDto>>,
  Check<SameKeys<Gap, GapDto>>,
  Check<SameKeys<NextStep, z.infer<typeof NextStepSchema>>>,
  Check<SameKeys<Confidence, z.infer<typeof ConfidenceSchema>>>,
  Check<SameKeys<Explanation, z.infer<typeof ExplanationSchema>>>,
  Check<SameKeys<Disagreement, DisagreementDto>>,
  Check<SameKeys<LevelCap, z.infer<typeof LevelCapSchema>>>,
  Check<SameKeys<CapReason, z.infer<typeof CapReasonSchema>>>,
  Check<SameKeys<PracticeAssessment, PracticeAssessmentDto>>,
  Check<SameKeys<RoadmapStep, RoadmapStepDto>>,
  Assignable<PracticeId, z.infer<typeof PracticeIdSchema>>,
  Assignable<z.infer<typeof PracticeIdSchema>, PracticeId>,
  Assignable<Stage, z.infer<typeof StageSchema>>,
  Assignable<PracticeStatus, z.infer<typeof PracticeStatusSchema>>,
  Assignable<z.infer<typeof PracticeStatusSchema>, PracticeStatus>,
  Assignable<ShareRelation, z.infer<typeof ShareRelationSchema>>,
  Assignable<DisagreementGroup, z.infer<typeof DisagreementGroupSchema>>,
  Assignable<StepReasonDto, DeepReadonly<StepReason> & StepReasonDto>,
];
