import { jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

/**
 * Every "Your clients" benchmark view shown on a client workspace's pages (the viewed workspace),
 * kept so that no later view differs from an earlier one by exactly one other client's
 * contribution (a differencing attack). `contributors` maps a SHA-256 of each contributing
 * workspace's id to a SHA-256 of the result it contributed (workspace, assessment, computed at):
 * no other workspace's id, level or answer is stored under the viewed workspace.
 */
export const clientBenchmarkReleases = pgTable(
  'client_benchmark_releases',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** SHA-256 of the sorted contributors: the same set of results is one release. */
    fingerprint: text().notNull(),
    contributors: jsonb().$type<Record<string, string>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The unique key leads with workspace_id: it is the foreign key's index too.
  (t) => [unique('client_benchmark_releases_workspace_id_fingerprint_key').on(t.workspaceId, t.fingerprint)],
);
