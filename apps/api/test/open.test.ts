// Opening the embedded database: migrated the first time, the migrator skipped afterwards while
// the migrations are the ones applied (start-up time), run again when they change.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDigest, openDatabase } from '../src/db/client.ts';
import { PGLITE_SHARED_BUFFERS } from '../src/db/pglite.ts';

const dir = mkdtempSync(join(tmpdir(), 'assay-open-'));
const config = { kind: 'pglite' as const, dataDir: join(dir, 'pglite') };
const mark = join(config.dataDir, 'assay-migrations.sha256');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function migrationsTable(handle: Awaited<ReturnType<typeof openDatabase>>): Promise<boolean> {
  const result = (await handle.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)) as unknown as { rows: { present: boolean }[] };
  return result.rows[0]!.present;
}

describe('opening the embedded database', () => {
  it('migrates a new one and marks it; skips the migrator while the mark matches; migrates again when it does not', async () => {
    const first = await openDatabase(config);
    expect(await migrationsTable(first)).toBe(true);
    expect(readFileSync(mark, 'utf8').trim()).toBe(migrationsDigest());
    // Remove what the migrator would check: with the mark matching, nothing runs it again.
    await first.db.execute(sql`drop table drizzle.__drizzle_migrations`);
    await first.close();

    const second = await openDatabase(config);
    expect(await migrationsTable(second)).toBe(false);
    // Opened with fewer shared buffers than PostgreSQL's default (their set-up is a third of the open).
    const buffers = (await second.db.execute(sql`show shared_buffers`)) as unknown as { rows: { shared_buffers: string }[] };
    expect(buffers.rows[0]!.shared_buffers).toBe(PGLITE_SHARED_BUFFERS);
    await second.db.execute(sql`select count(*) from responses`); // the schema is there
    await second.close();

    // Changed migrations (here: a mark from other ones) run the migrator, which records them again.
    writeFileSync(mark, 'from-other-migrations\n');
    const third = await openDatabase(config).catch((error: unknown) => error);
    // The journal table was dropped above, so the migrator tries to create the tables again and
    // fails: proof it ran. A real upgrade finds its journal and applies only what is new.
    expect(third).toBeInstanceOf(Error);
    expect(existsSync(mark)).toBe(true);
    expect(readFileSync(mark, 'utf8').trim()).toBe('from-other-migrations');
  }, 60_000);
});
