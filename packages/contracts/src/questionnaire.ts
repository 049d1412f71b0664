import { z } from 'zod';
import type {
  AnswerProblem,
  Condition,
  FrequencyItem,
  FrequencyQuestion,
  MultipleQuestion,
  NumberQuestion,
  Option,
  PracticeQuestion,
  Questionnaire,
  Section,
  SingleQuestion,
  TextQuestion,
} from '@assay/domain';
import { storableText, type Assignable, type Check, type DeepReadonly, type SameKeys } from './common.ts';

/** A text in every supported language (en, pt-BR). */
export const LocalizedTextSchema = z.object({ en: z.string(), 'pt-BR': z.string() }).strict();
export type LocalizedTextDto = z.infer<typeof LocalizedTextSchema>;

export const SectionIdSchema = z.enum(['profile', 'activities', 'challenges', 'mlops', 'practices']);
export const QuestionKindSchema = z.enum(['single', 'multiple', 'frequency', 'practice', 'number', 'text']);
export const FrequencySchema = z.enum(['never', 'rarely', 'sometimes', 'frequently', 'always']);
export const PracticeStateSchema = z.enum(['absent', 'manual', 'automated']);

const SectionSchema = z
  .object({ id: SectionIdSchema, title: LocalizedTextSchema, description: LocalizedTextSchema })
  .strict();

const OptionSchema = z
  .object({ id: z.string(), label: LocalizedTextSchema, benchmarkCategory: z.string().optional() })
  .strict();

const FrequencyItemSchema = z
  .object({ id: z.string(), label: LocalizedTextSchema, benchmark: z.string().optional() })
  .strict();

const ConditionSchema = z.object({ question: z.string(), anyOf: z.array(z.string()) }).strict();

const questionBase = {
  id: z.string(),
  number: z.number().int().nullable(),
  section: SectionIdSchema,
  prompt: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  allowDontKnow: z.boolean(),
  required: z.boolean(),
  condition: ConditionSchema.optional(),
  benchmark: z.array(z.string()).optional(),
  paperRef: z.string(),
};

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.object({ ...questionBase, kind: z.literal('single'), options: z.array(OptionSchema) }).strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('multiple'),
      options: z.array(OptionSchema),
      maxSelected: z.number().int().optional(),
    })
    .strict(),
  z.object({ ...questionBase, kind: z.literal('frequency'), items: z.array(FrequencyItemSchema) }).strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('practice'),
      states: z.object({ absent: LocalizedTextSchema, manual: LocalizedTextSchema, automated: LocalizedTextSchema }).strict(),
    })
    .strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('number'),
      min: z.number(),
      max: z.number(),
      integer: z.boolean(),
      unit: LocalizedTextSchema.optional(),
    })
    .strict(),
  z.object({ ...questionBase, kind: z.literal('text'), maxLength: z.number().int() }).strict(),
]);
export type QuestionDto = z.infer<typeof QuestionSchema>;

/** `GET /api/v1/questionnaires/:id`: the immutable definition, e.g. `amorim-2023@1`. */
export const QuestionnaireSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    version: z.number().int(),
    title: LocalizedTextSchema,
    source: z.string(),
    benchmarkId: z.string(),
    sections: z.array(SectionSchema),
    questions: z.array(QuestionSchema),
  })
  .strict();
export type QuestionnaireDto = z.infer<typeof QuestionnaireSchema>;

/** Path parameter: a questionnaire id `<slug>@<version>`. */
export const QuestionnaireIdSchema = z.string().regex(/^[a-z0-9-]{1,60}@[0-9]{1,6}$/, 'a questionnaire id like amorim-2023@1');
export const QuestionnaireParamsSchema = z.object({ questionnaireId: QuestionnaireIdSchema }).strict();

/** A question id as used in answers: snake_case, bounded. */
export const QuestionIdSchema = storableText(z.string().min(1).max(80));

/**
 * One answer, by question kind (see @assay/domain `Answer`): an option id, a practice state,
 * text or "dont_know" (string); a number; a list of option ids; or a frequency matrix
 * `{ itemId: frequency | "dont_know" }`. Bounds here only cap sizes; the questionnaire decides
 * what is valid.
 */
export const AnswerSchema = z.union([
  storableText(z.string().max(10_000)),
  z.number(),
  z.array(storableText(z.string().max(100))).max(100),
  z
    .record(storableText(z.string().max(100)), storableText(z.string().max(100)))
    .refine((items) => Object.keys(items).length <= 100, 'at most 100 items'),
]);
export type AnswerDto = z.infer<typeof AnswerSchema>;

/** A (possibly partial) set of answers, by question id. */
export const AnswersSchema = z
  .record(QuestionIdSchema, AnswerSchema)
  .refine((answers) => Object.keys(answers).length <= 200, 'at most 200 answers');
export type AnswersDto = z.infer<typeof AnswersSchema>;

export const AnswerProblemSchema = z
  .object({
    questionId: z.string(),
    code: z.enum([
      'unknown_question',
      'wrong_type',
      'unknown_option',
      'unknown_item',
      'too_many_options',
      'duplicate_option',
      'empty_answer',
      'out_of_range',
      'not_integer',
      'too_long',
      'dont_know_not_offered',
      'condition_not_met',
      'required',
    ]),
    message: z.string(),
  })
  .strict();

// Compile-time checks: the domain's definition is what this schema describes, and what the
// schema parses can be handed back to the domain's functions.
export type QuestionnaireInSync = [
  Assignable<DeepReadonly<QuestionnaireDto>, Questionnaire>,
  Assignable<Questionnaire, QuestionnaireDto>,
  Assignable<z.infer<typeof AnswerProblemSchema>, AnswerProblem>,
  Check<SameKeys<Questionnaire, QuestionnaireDto>>,
  Check<SameKeys<Section, z.infer<typeof SectionSchema>>>,
  Check<SameKeys<Option, z.infer<typeof OptionSchema>>>,
  Check<SameKeys<FrequencyItem, z.infer<typeof FrequencyItemSchema>>>,
  Check<SameKeys<Condition, z.infer<typeof ConditionSchema>>>,
  Check<SameKeys<SingleQuestion, Extract<QuestionDto, { kind: 'single' }>>>,
  Check<SameKeys<MultipleQuestion, Extract<QuestionDto, { kind: 'multiple' }>>>,
  Check<SameKeys<FrequencyQuestion, Extract<QuestionDto, { kind: 'frequency' }>>>,
  Check<SameKeys<PracticeQuestion, Extract<QuestionDto, { kind: 'practice' }>>>,
  Check<SameKeys<NumberQuestion, Extract<QuestionDto, { kind: 'number' }>>>,
  Check<SameKeys<TextQuestion, Extract<QuestionDto, { kind: 'text' }>>>,
  Check<SameKeys<AnswerProblem, z.infer<typeof AnswerProblemSchema>>>,
];
