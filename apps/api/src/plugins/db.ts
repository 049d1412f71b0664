// Makes the database available as `app.db` (drizzle) and `app.database` (handle: kind, ping).
// A handle passed in by the caller stays the caller's to close; one opened here closes with the app.
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { loggableError } from '../lib/db-errors.ts';
import { openDatabase, type Database, type DatabaseHandle } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    database: DatabaseHandle;
  }
}

export interface DbPluginOptions {
  config: Config;
  database?: DatabaseHandle;
}

export default fp<DbPluginOptions>(
  async (app, options) => {
    const owned = options.database === undefined;
    const handle =
      options.database ??
      (await openDatabase(options.config.database, { onPoolError: (error) => app.log.error({ failure: loggableError(error) }, 'idle database client failed') }));
    app.decorate('database', handle);
    app.decorate('db', handle.db);
    if (owned) app.addHook('onClose', async () => handle.close());
  },
  { name: 'db' },
);
