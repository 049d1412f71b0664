import { z } from 'zod';
import type { Benchmark, BenchmarkCategory, BenchmarkComparison, BenchmarkSeries, BenchmarkSource } from '@assay/domain';
import type { Assignable, Check, DeepReadonly, SameKeys } from './common.ts';
import { AnswerSchema, LocalizedTextSchema } from './questionnaire.ts';

export const CategoryStatusSchema = z.enum(['reported', 'derived', 'not_reported']);

/**
 * One category of a benchmark series. `count` is null exactly when `status` is
 * `not_reported`; percentages are computed from count and base (`percentOf` in @assay/domain),
 * never stored alone. `printedPercent` is the paper's printed figure, `printedDisagrees` marks
 * where it is not the count over the base.
 */
export const BenchmarkCategorySchema = z
  .object({
    id: z.string(),
    label: LocalizedTextSchema,
    count: z.number().int().nonnegative().nullable(),
    status: CategoryStatusSchema,
    printedPercent: z.number().optional(),
    printedDisagrees: z.boolean().optional(),
    combines: z.array(z.string()).optional(),
    note: LocalizedTextSchema.optional(),
  })
  .strict();
export type BenchmarkCategoryDto = z.infer<typeof BenchmarkCategorySchema>;

export const BenchmarkSourceSchema = z
  .object({ section: z.string(), figure: z.string().optional(), quote: z.string().optional() })
  .strict();

/** One figure of the paper: counts over a base of 66 respondents, the 57 who deploy, or the 9 who do not. */
export const BenchmarkSeriesSchema = z
  .object({
    id: z.string(),
    title: LocalizedTextSchema,
    base: z.number().int().positive(),
    baseLabel: LocalizedTextSchema,
    /** Who the base counts: every respondent, the 57 who deploy, or the 9 who do not. */
    population: z.enum(['all', 'deployers', 'non_deployers']),
    choice: z.enum(['single', 'multiple', 'frequency']),
    source: BenchmarkSourceSchema,
    categories: z.array(BenchmarkCategorySchema),
    note: LocalizedTextSchema.optional(),
  })
  .strict();
export type BenchmarkSeriesDto = z.infer<typeof BenchmarkSeriesSchema>;

/** `GET /api/v1/benchmarks/:id`, e.g. `amorim-2023`. */
export const BenchmarkSchema = z
  .object({
    id: z.string(),
    citation: z.string(),
    respondents: z.number().int().positive(),
    series: z.array(BenchmarkSeriesSchema),
  })
  .strict();
export type BenchmarkDto = z.infer<typeof BenchmarkSchema>;

export const BenchmarkParamsSchema = z.object({ benchmarkId: z.string().regex(/^[a-z0-9-]{1,60}$/) }).strict();

/** A linked question's answer beside the paper's distribution. */
export const BenchmarkComparisonSchema = z
  .object({
    questionId: z.string(),
    itemId: z.string().optional(),
    seriesId: z.string(),
    answer: AnswerSchema.nullable(),
    matchedCategories: z.array(z.string()),
    placement: z.enum(['matched', 'not_reported', 'unanswered', 'no_category']),
  })
  .strict();
export type BenchmarkComparisonDto = z.infer<typeof BenchmarkComparisonSchema>;

export type BenchmarkInSync = [
  Assignable<DeepReadonly<BenchmarkDto>, Benchmark>,
  Assignable<Benchmark, BenchmarkDto>,
  Assignable<DeepReadonly<BenchmarkComparisonDto>, BenchmarkComparison>,
  Assignable<BenchmarkComparison, BenchmarkComparisonDto>,
  Check<SameKeys<Benchmark, BenchmarkDto>>,
  Check<SameKeys<BenchmarkSeries, BenchmarkSeriesDto>>,
  Check<SameKeys<BenchmarkCategory, BenchmarkCategoryDto>>,
  Check<SameKeys<BenchmarkSource, z.infer<typeof BenchmarkSourceSchema>>>,
  Check<SameKeys<BenchmarkComparison, BenchmarkComparisonDto>>,
];
