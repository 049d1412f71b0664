import { z } from 'zod';

/** Rows per page when `limit` is not given. */
export const PAGE_LIMIT_DEFAULT = 50;
/** The most rows one page holds; a larger `limit` is a 400. */
export const PAGE_LIMIT_MAX = 200;

/**
 * Where the next page starts: opaque to clients (base64url of the list's sort key and the row's
 * id, as the API wrote it). Pass `nextCursor` back unchanged; the API refuses anything else with a
 * 400 (reason `cursor_invalid`).
 */
export const CursorSchema = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor given by a previous page of this list, unchanged');

/** `?limit=&cursor=` of every paged list. */
export const PageQuerySchema = z
  .object({
    cursor: CursorSchema.optional(),
    limit: z.coerce
      .number()
      .int('limit must be a whole number')
      .min(1, 'limit must be at least 1')
      .max(PAGE_LIMIT_MAX, `limit must be at most ${PAGE_LIMIT_MAX}; follow nextCursor for the rows after the first ${PAGE_LIMIT_MAX}`)
      .default(PAGE_LIMIT_DEFAULT),
  })
  .strict();
export type PageQuery = z.infer<typeof PageQuerySchema>;

/**
 * `?sort=` of a list that offers orders to choose from: one of `sorts` (anything else is a 400
 * naming the allowed values), `fallback` when not given. Each sort pages by its own key then the
 * row's id, and its cursors are refused by the list's other sorts.
 */
export function sortParam<const T extends readonly [string, ...string[]]>(sorts: T, fallback: T[number]) {
  return z.enum(sorts, { message: `sort must be one of ${sorts.join(', ')}` }).default(fallback as never);
}

/** A list query with filters of its own besides `limit` and `cursor`. */
export function pageQueryWith<T extends z.ZodRawShape>(filters: T) {
  return PageQuerySchema.extend(filters).strict();
}

/**
 * One page of a list: `items` in the list's order, `nextCursor` for the page after (null: this is
 * the last), `total` the rows of the whole list with the same filters.
 */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable(),
      total: z.number().int().min(0),
    })
    .strict();
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
