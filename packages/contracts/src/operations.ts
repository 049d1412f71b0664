import { z } from 'zod';

/** `GET /health`: the process is up. */
export const HealthSchema = z.object({ status: z.literal('ok') }).strict();
export type Health = z.infer<typeof HealthSchema>;

/** `GET /ready`: the database answers (503 with the error envelope otherwise). */
export const ReadySchema = z.object({ status: z.literal('ready'), database: z.enum(['postgres', 'pglite']) }).strict();
export type Ready = z.infer<typeof ReadySchema>;
