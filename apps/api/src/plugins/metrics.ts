// Prometheus metrics (prom-client), one registry per app: request duration by route, errors by
// route and status, autosaves and the saves each autosave statement carries, the database pool,
// and Node's process metrics. They are not on the public port: with METRICS_PORT set,
// `startMetricsServer` serves GET /metrics on a port of its own (reachable by the scraper, not the
// internet); without it nothing is exposed.
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { onAutosaveStatement } from '../lib/autosave-statements.ts';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
  }
}

// The autosave routes (a signed-in respondent's and a guest's).
const AUTOSAVE_ROUTES = new Map([
  ['/api/v1/workspaces/:workspaceId/assessments/:assessmentId/responses/:responseId', 'user'],
  ['/api/v1/guest/responses/:responseId', 'guest'],
]);

export default fp(
  async (app) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const duration = new Histogram({
      name: 'assay_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    const errors = new Counter({
      name: 'assay_http_errors_total',
      help: 'Responses with a 4xx or 5xx status, by route pattern and status code',
      labelNames: ['method', 'route', 'status_code'] as const,
      registers: [registry],
    });
    const autosaves = new Counter({
      name: 'assay_autosaves_total',
      help: 'Autosave requests (PATCH of a response) by respondent kind and outcome',
      labelNames: ['respondent', 'outcome'] as const,
      registers: [registry],
    });
    // Each autosave statement, observed once with the saves it carries: the count is the
    // statements, the sum the saves. On PostgreSQL, saves that arrive while every autosave
    // statement is in flight share the next one (lib/batcher.ts); on PGlite each save is alone.
    const batchSize = new Histogram({
      name: 'assay_autosave_batch_size',
      help: 'Saves carried by each autosave statement, by respondent kind (1: the save ran alone)',
      labelNames: ['respondent'] as const,
      buckets: [1, 2, 4, 8, 16, 32, 64],
      registers: [registry],
    });
    const batches = { user: batchSize.labels({ respondent: 'user' }), guest: batchSize.labels({ respondent: 'guest' }) };
    const stopBatches = onAutosaveStatement(app.database, (respondent, saves) => batches[respondent].observe(saves));
    app.addHook('onClose', async () => stopBatches());
    const pool = (state: 'total' | 'idle' | 'waiting') => app.database.poolStats?.()[state] ?? 0;
    new Gauge({
      name: 'assay_db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, waiting clients); 0 on embedded PGlite',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        for (const state of ['total', 'idle', 'waiting'] as const) this.set({ state }, pool(state));
      },
    });

    app.decorate('metrics', registry);
    // One set of series per route and status, looked up by a string key: prom-client would
    // otherwise validate and hash the label object on every request. Synchronous: no promise.
    const series = new Map<string, { duration: Histogram.Internal<string>; errors?: Counter.Internal; autosave?: Counter.Internal }>();
    app.addHook('onResponse', (request, reply, done) => {
      // The route pattern, never the URL itself (ids and tokens would make a series each).
      const route = request.routeOptions.url ?? 'unmatched';
      const status = reply.statusCode;
      const key = `${request.method} ${status} ${route}`;
      let found = series.get(key);
      if (!found) {
        const labels = { method: request.method, route, status_code: String(status) };
        const respondent = request.method === 'PATCH' ? AUTOSAVE_ROUTES.get(route) : undefined;
        found = {
          duration: duration.labels(labels),
          ...(status >= 400 ? { errors: errors.labels(labels) } : {}),
          ...(respondent ? { autosave: autosaves.labels({ respondent, outcome: status < 300 ? 'saved' : status < 500 ? 'refused' : 'failed' }) } : {}),
        };
        series.set(key, found);
      }
      found.duration.observe(reply.elapsedTime / 1000);
      found.errors?.inc();
      found.autosave?.inc();
      done();
    });
  },
  { name: 'metrics', dependencies: ['db'] },
);

/** Serves GET /metrics of the app's registry on its own port; resolves once listening. The caller closes it. */
export async function startMetricsServer(app: FastifyInstance, options: { host: string; port: number }): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served here.\n');
      return;
    }
    app.metrics
      .metrics()
      .then((body) => response.writeHead(200, { 'content-type': app.metrics.contentType }).end(body))
      .catch((error: unknown) => {
        app.log.error({ failure: { message: String(error) } }, 'metrics failed');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}
