import { z } from 'zod';
import { LevelSchema, PracticeIdSchema } from './result.ts';

/** A cell: how many client workspaces, or suppressed (no number, whatever the reason). */
export const ClientCellSchema = z.union([z.object({ count: z.number().int().min(2) }).strict(), z.object({ suppressed: z.literal(true) }).strict()]);
export type ClientCell = z.infer<typeof ClientCellSchema>;

export const ClientPracticeStateSchema = z.enum(['absent', 'manual', 'automated', 'unknown']);

const NotEnoughSchema = z
  .object({
    status: z.literal('not_enough'),
    /** Fewest other client workspaces with a closed result for it to be shown (5). */
    minimum: z.number().int().positive(),
  })
  .strict();

/**
 * `GET /workspaces/:w/client-benchmark`: how the other client workspaces of the caller (owner,
 * admin or assessor there, opted in by their owner, with a closed result that met its k) stand,
 * one result each: `not_enough` under 5 of them; `held` when showing them now would differ from a
 * view already shown for this workspace by exactly one client; else `shown`.
 */
export const ClientBenchmarkSchema = z.discriminatedUnion('status', [
  NotEnoughSchema,
  z
    .object({
      status: z.literal('held'),
      minimum: z.number().int().positive(),
    })
    .strict(),
  z
    .object({
      status: z.literal('shown'),
      minimum: z.number().int().positive(),
      /** The client workspaces counted (the base). */
      workspaces: z.number().int().min(5),
      levels: z.array(z.object({ level: LevelSchema, cell: ClientCellSchema }).strict()).length(4),
      practices: z.discriminatedUnion('status', [
        NotEnoughSchema,
        z
          .object({
            status: z.literal('shown'),
            /** The client workspaces whose result has practice states (engine 2): each practice's base. */
            workspaces: z.number().int().min(5),
            items: z.array(
              z.object({ practiceId: PracticeIdSchema, cells: z.array(z.object({ state: ClientPracticeStateSchema, cell: ClientCellSchema }).strict()).length(4) }).strict(),
            ),
          })
          .strict(),
      ]),
    })
    .strict(),
]);
export type ClientBenchmark = z.infer<typeof ClientBenchmarkSchema>;
