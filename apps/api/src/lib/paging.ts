// Keyset paging, the one implementation every list endpoint uses. A list orders by its sort key
// and then the row's id (unique, so the order is total); a page is the `limit` rows after the
// cursor, which holds the last row's key as the database wrote it (timestamps keep their
// microseconds), so no row is skipped or repeated however deep the page. The cursor is opaque to
// clients: base64url of JSON `[list, ...key]`; a cursor of another list or a forged one is a 400.
import type { Page } from '@assay/contracts';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { BadRequestError } from '../errors.ts';

type KeyType = 'text' | 'timestamptz' | 'date' | 'uuid' | 'bigint';

export interface Keyset {
  /** Names the list and its sort (`actions:due`): a cursor of one list or sort is refused by another. */
  readonly list: string;
  /** Sort key columns, the last one unique (the id). */
  readonly keys: readonly { readonly column: AnyColumn | SQL; readonly type: KeyType }[];
  readonly direction: 'asc' | 'desc';
}

/** `YYYY-MM-DD` that is a day of the calendar (not 2026-02-30), so casting it cannot fail. */
const isDay = (day: string): boolean => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
};

const CHECKS: Record<KeyType, (value: string) => boolean> = {
  text: (value) => value.length <= 2000 && !value.includes('\u0000'),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  bigint: (value) => /^-?[0-9]{1,18}$/.test(value),
  date: (value) => /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) && isDay(value),
  // PostgreSQL's text form of timestamptz, e.g. `2026-12-03 13:00:53.123456+00`; `-infinity` is
  // what a list that sorts a missing time last coalesces it to.
  timestamptz: (value) =>
    value === '-infinity' ||
    (/^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?([+-][0-9]{2}(:?[0-9]{2}){0,2}|Z)$/.test(value) && isDay(value.slice(0, 10))),
};

function invalidCursor(): BadRequestError {
  const message = 'The cursor is not one this list gave: pass nextCursor back unchanged, or leave cursor out for the first page.';
  return new BadRequestError('cursor_invalid', message, [{ field: 'querystring.cursor', code: 'invalid_cursor', message }]);
}

export function encodeCursor(keyset: Keyset, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([keyset.list, ...key]), 'utf8').toString('base64url');
}

/** A list that offers several sorts: one keyset per sort, each named `list:sort`. */
export function keysetsBySort<S extends string>(list: string, sorts: Record<S, Omit<Keyset, 'list'>>): Record<S, Keyset> {
  return Object.fromEntries(Object.entries<Omit<Keyset, 'list'>>(sorts).map(([sort, keyset]) => [sort, { ...keyset, list: `${list}:${sort}` }])) as Record<S, Keyset>;
}

/** The key a cursor holds, checked against the list's key types; a 400 `cursor_invalid` otherwise. */
export function decodeCursor(keyset: Keyset, cursor: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== keyset.keys.length + 1 || parsed[0] !== keyset.list) throw invalidCursor();
  const key = parsed.slice(1);
  if (!key.every((value, i) => typeof value === 'string' && CHECKS[keyset.keys[i]!.type](value))) throw invalidCursor();
  return key as string[];
}

/**
 * What a list query needs: `after` (rows past the cursor, undefined on the first page), `orderBy`
 * and `key` (select it as `pageKey`: the row's sort key as text, for the next cursor).
 */
export function keysetQuery(keyset: Keyset, cursor: string | undefined): { after: SQL | undefined; orderBy: SQL[]; key: SQL<string> } {
  const columns = keyset.keys.map((k) => k.column);
  const direction = keyset.direction === 'asc' ? sql.raw('asc') : sql.raw('desc');
  const orderBy = columns.map((column) => sql`${column} ${direction}`);
  const key = sql<string>`json_build_array(${sql.join(
    columns.map((column) => sql`(${column})::text`),
    sql`, `,
  )})::text`;
  if (cursor === undefined) return { after: undefined, orderBy, key };
  const values = decodeCursor(keyset, cursor);
  const typed = values.map((value, i) => sql`${value}::${sql.raw(keyset.keys[i]!.type)}`);
  const comparison = keyset.direction === 'asc' ? sql.raw('>') : sql.raw('<');
  // A row comparison: the index on (…filters, sort key, id) serves it directly.
  const after = sql`(${sql.join(columns, sql`, `)}) ${comparison} (${sql.join(typed, sql`, `)})`;
  return { after, orderBy, key };
}

/** Rows fetched with `limit + 1` (the extra one says whether a next page exists) made a page. */
export function pageOf<Row extends { pageKey: string }, Item>(
  keyset: Keyset,
  rows: readonly Row[],
  limit: number,
  total: number,
  toItem: (row: Row) => Item,
): Page<Item> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(keyset, JSON.parse(last.pageKey) as string[]) : null,
    total,
  };
}

/** `count(*)` as a number (both drivers return bigint counts as strings). */
export const countAll = sql<number>`count(*)`.mapWith(Number);

/** The OpenAPI description of every paged list. */
export const PAGED =
  'Paged: `limit` rows (default 50, at most 200; more is a 400), then pass `nextCursor` back as `cursor` for the next page (`null`: no more). `total` counts the whole list with the same filters. A cursor this list did not give is a 400 (`cursor_invalid`).';
