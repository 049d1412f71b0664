import { z } from 'zod';

/**
 * Paged lists (one shape for every list endpoint): `?limit=&cursor=`; limit 1–200, default 50;
 * the cursor is opaque (base64url of the sort key and the id), from a previous page's `nextCursor`.
 */
export const PageQuerySchema = z
  .object({
    limit: z.coerce
      .number()
      .int('limit must be a whole number')
      .min(1, 'limit must be at least 1')
      .max(200, 'limit must be at most 200 items per page; follow nextCursor for more')
      .default(50),
    cursor: z.string().max(300).regex(/^[A-Za-z0-9_-]+$/, 'cursor must be the nextCursor of a previous page').optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** `{ items, nextCursor, total }`: nextCursor null on the last page; total counts every item of the list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int().nonnegative() }).strict();
}
