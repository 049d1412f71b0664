import type { Config } from './config.ts';
import type { Database, DatabaseHandle } from './db/client.ts';

/** What services need from the process: the database and the configuration. */
export interface Deps {
  readonly db: Database;
  /** The same database for single hand-written statements on hot paths (`query`). */
  readonly database: Pick<DatabaseHandle, 'kind' | 'query' | 'connections'>;
  readonly config: Config;
}

/**
 * A signed-in caller: the user and the token version their access token was issued under.
 * Every lookup that resolves the caller compares the version with the user's in the same
 * statement (see `staleSession`), so sign-out ends access tokens at once.
 */
export interface Caller {
  readonly userId: string;
  readonly tokenVersion: number;
  /** The client address (with TRUST_PROXY, from X-Forwarded-For), for the audit trail. */
  readonly ip: string;
}
