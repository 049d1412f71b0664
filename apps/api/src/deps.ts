import type { Config } from './config.ts';
import type { Database, DatabaseHandle } from './db/client.ts';

/** What services need from the process: the database and the configuration. */
export interface Deps {
  readonly db: Database;
  /** The same database for single hand-written statements on hot paths (`query`). */
  readonly database: Pick<DatabaseHandle, 'kind' | 'query'>;
  readonly config: Config;
}
