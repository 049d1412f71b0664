import type { Config } from './config.ts';
import type { Database } from './db/client.ts';

/** What services need from the process: the database and the configuration. */
export interface Deps {
  readonly db: Database;
  readonly config: Config;
}
