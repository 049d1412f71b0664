import { z } from 'zod';
import type {
  Confidence,
  DimensionScore,
  Disagreement,
  Evidence,
  Explanation,
  Gap,
  GateEvaluation,
  NextStep,
  Prevalence,
  Result,
} from '@assay/domain';
import type { Assignable, Check, DeepReadonly, SameKeys } from './common.ts';
import { AnswerSchema, LocalizedTextSchema } from './questionnaire.ts';
import { BenchmarkComparisonSchema } from './benchmark.ts';

export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type LevelDto = z.infer<typeof LevelSchema>;

export const DimensionIdSchema = z.enum(['data', 'experimentation', 'deployment', 'monitoring', 'automation', 'organisation']);

export const EvidenceSchema = z
  .object({ questionId: z.string(), itemId: z.string().optional(), answer: AnswerSchema.nullable() })
  .strict();

export const GateEvaluationSchema = z
  .object({
    id: z.string(),
    level: LevelSchema,
    title: LocalizedTextSchema,
    requirement: LocalizedTextSchema,
    status: z.enum(['passed', 'failed', 'unknown']),
    evidence: z.array(EvidenceSchema),
    practice: LocalizedTextSchema,
  })
  .strict();
export type GateEvaluationDto = z.infer<typeof GateEvaluationSchema>;

export const DimensionScoreSchema = z
  .object({
    id: DimensionIdSchema,
    label: LocalizedTextSchema,
    score: z.number().min(0).max(100).nullable(),
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
  })
  .strict();

export const GapSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['blocker', 'hotspot', 'inconsistency']),
    title: LocalizedTextSchema,
    detail: LocalizedTextSchema,
    evidence: z.array(EvidenceSchema),
    practice: LocalizedTextSchema,
    prevalence: PrevalenceSchema.nullable(),
    order: z.number().int().positive(),
    /** For a blocker, the level whose gate it is. */
    level: LevelSchema.optional(),
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

export const DisagreementSchema = z
  .object({
    questionId: z.string(),
    itemId: z.string().optional(),
    distribution: z.record(z.string(), z.number().int()),
    respondents: z.number().int(),
    spread: z.number().min(0).max(1),
  })
  .strict();
export type DisagreementDto = z.infer<typeof DisagreementSchema>;

/** The scored snapshot computed by @assay/domain (`scoreResponse` / `aggregateTeam`). */
export const ResultSchema = z
  .object({
    engineVersion: z.string(),
    questionnaireId: z.string(),
    level: LevelSchema,
    confidence: ConfidenceSchema,
    selfDeclaredLevel: LevelSchema.nullable(),
    explanation: ExplanationSchema,
    gates: z.array(GateEvaluationSchema),
    nextSteps: z.array(NextStepSchema),
    dimensions: z.array(DimensionScoreSchema),
    gaps: z.array(GapSchema),
    benchmark: z.array(BenchmarkComparisonSchema),
    respondents: z.number().int().nonnegative(),
    disagreements: z.array(DisagreementSchema),
    completeness: z.number().min(0).max(1),
  })
  .strict();
export type ResultDto = z.infer<typeof ResultSchema>;

export type ResultInSync = [
  Assignable<DeepReadonly<ResultDto>, Result>,
  Assignable<Result, ResultDto>,
  Check<SameKeys<Result, ResultDto>>,
  Check<SameKeys<Evidence, z.infer<typeof EvidenceSchema>>>,
  Check<SameKeys<GateEvaluation, GateEvaluationDto>>,
  Check<SameKeys<DimensionScore, DimensionScoreDto>>,
  Check<SameKeys<Prevalence, z.infer<typeof PrevalenceSchema>>>,
  Check<SameKeys<Gap, GapDto>>,
  Check<SameKeys<NextStep, z.infer<typeof NextStepSchema>>>,
  Check<SameKeys<Confidence, z.infer<typeof ConfidenceSchema>>>,
  Check<SameKeys<Explanation, z.infer<typeof ExplanationSchema>>>,
  Check<SameKeys<Disagreement, DisagreementDto>>,
];
