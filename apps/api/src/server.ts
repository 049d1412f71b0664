// The process: read the configuration, build the app, listen, and shut down gracefully
// (stop accepting connections, finish in-flight requests, close the database) on SIGINT/SIGTERM.
import type { Server } from 'node:http';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { startMetricsServer } from './plugins/metrics.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const app = await buildApp({ config });
let metricsServer: Server | undefined;

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  // A stuck request must not keep the process alive forever.
  const timer = setTimeout(() => {
    app.log.error('graceful shutdown timed out; exiting');
    process.exit(1);
  }, 10_000);
  timer.unref();
  try {
    metricsServer?.close();
    await app.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'error while shutting down');
    process.exit(1);
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ host: config.host, port: config.port });
  if (config.metricsPort) {
    metricsServer = await startMetricsServer(app, { host: config.host, port: config.metricsPort });
    app.log.info(`Prometheus metrics at http://${config.host}:${config.metricsPort}/metrics`);
  }
  const database = config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.database.dataDir}`;
  app.log.info(`Assay at ${config.tls ? 'https' : 'http'}://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (database: ${database}; API docs at /api/docs)`);
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  await app.close();
  process.exit(1);
}
