// DatabaseHandle.query, the hot paths' way to run one statement outside drizzle: a named prepared
// statement on both drivers (on PGlite through its wire protocol, prepared once per client). Rows
// come back parsed as drizzle would see them, errors keep their SQLSTATE, and a statement never
// runs inside a transaction that is open on another request.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.ts';
import { openTestDatabase } from './helpers.ts';

let database: DatabaseHandle;
// A table of this file's own: the PostgreSQL run shares one database between test files.
const table = `handle_query_${randomBytes(4).toString('hex')}`;
const INSERT = `insert into ${table} (id, doc) values ($1, $2::jsonb) returning id, doc, created_at`;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql.raw(`create table ${table} (id text primary key, doc jsonb not null, created_at timestamptz not null default now())`));
});
afterAll(async () => {
  await database.db.execute(sql.raw(`drop table if exists ${table}`));
  await database.close();
});

describe('DatabaseHandle.query', () => {
  it('serialises parameters and parses rows by type: jsonb, arrays, timestamps, integers, nulls', async () => {
    const at = new Date('2026-12-03T10:20:30.456Z');
    const [row] = await database.query<{ doc: unknown; tags: string[]; at: Date; n: number; nothing: string | null }>(
      'test_types',
      'select $1::jsonb as doc, $2::text[] as tags, $3::timestamptz as at, $4::int as n, $5::text as nothing',
      [JSON.stringify({ answer: 'sim, "não"', list: [1, 2] }), ['plain', 'with,comma', 'with "quote"', 'naïve'], at, 7, null],
    );
    expect(row).toEqual({ doc: { answer: 'sim, "não"', list: [1, 2] }, tags: ['plain', 'with,comma', 'with "quote"', 'naïve'], at, n: 7, nothing: null });
  });

  it('runs a prepared statement again with other values, and answers no rows as an empty list', async () => {
    const first = await database.query<{ id: string; doc: unknown }>('test_insert', INSERT, ['a', JSON.stringify({ v: 1 })]);
    const second = await database.query<{ id: string; doc: unknown }>('test_insert', INSERT, ['b', JSON.stringify({ v: 2 })]);
    expect(first.map((r) => [r.id, r.doc])).toEqual([['a', { v: 1 }]]);
    expect(second.map((r) => [r.id, r.doc])).toEqual([['b', { v: 2 }]]);
    expect(await database.query('test_none', `select id from ${table} where id = $1`, ['nobody'])).toEqual([]);
  });

  it('rejects with the SQLSTATE of a failed statement, and the statement still runs afterwards', async () => {
    await expect(database.query('test_insert', INSERT, ['a', JSON.stringify({ v: 3 })])).rejects.toMatchObject({ code: '23505' });
    const rows = await database.query<{ id: string }>('test_insert', INSERT, ['c', JSON.stringify({ v: 3 })]);
    expect(rows.map((r) => r.id)).toEqual(['c']);
  });

  it('rejects a statement whose SQL is wrong every time it is asked, never caching it as prepared', async () => {
    await expect(database.query('test_wrong', `select nope from ${table}`, [])).rejects.toMatchObject({ code: '42703' });
    await expect(database.query('test_wrong', `select nope from ${table}`, [])).rejects.toMatchObject({ code: '42703' });
  });

  it('does not run inside a transaction another request holds open: it sees only what was committed', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedInTransaction = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = database.db
      .transaction(async (tx) => {
        await tx.execute(sql.raw(`insert into ${table} (id, doc) values ('uncommitted', '{}')`));
        inserted();
        await held;
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    await insertedInTransaction;
    const read = database.query<{ n: number }>('test_count', `select count(*)::int as n from ${table} where id = $1`, ['uncommitted']);
    // Give the read every chance to run while the transaction is open, then roll it back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await transaction).toBe('roll back');
    expect(await read).toEqual([{ n: 0 }]);
  });
});
