// buildApp(options): the whole API as a fastify instance: plugins first, then the modules.
// It never listens (server.ts does), so tests drive it through app.inject().
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import pino from 'pino';
import { ResponseSerializationError, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/client.ts';
import { REDACTED_HEADERS, serializeRequest } from './lib/log.ts';
import { openApiTransform } from './lib/openapi.ts';
import authPlugin from './plugins/auth.ts';
import dbPlugin from './plugins/db.ts';
import errorsPlugin from './plugins/errors.ts';
import metricsPlugin from './plugins/metrics.ts';
import securityPlugin from './plugins/security.ts';
import webPlugin from './plugins/web.ts';
import { apiRoutes } from './modules/index.ts';
import { operationsRoutes } from './modules/operations/operations.routes.ts';

export interface BuildAppOptions {
  readonly config: Config;
  /** An open database; when absent, the one the config names is opened (and closed with the app). */
  readonly database?: DatabaseHandle;
  /**
   * Where and how much to log: `false` for nothing; otherwise JSON logs at this level (default:
   * the configured one) to this stream (default: stdout). Credentials are always redacted.
   */
  readonly logger?: false | { readonly level?: string; readonly stream?: NodeJS.WritableStream };
}

/**
 * The access log: one line per request, when it ends, with method, URL (tokens redacted),
 * address, status and time (fastify writes two, one when the request comes in). Errors are
 * logged as fastify logs them.
 */
class AccessLog extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) return super.requestCompleted(error, request, reply);
    request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/**
 * Standard output for the logs, buffered: written when 16 KiB have gathered (about 45 access
 * lines) or every 250 ms, whichever comes first, and flushed when the process exits. (pino's
 * default hands every line to libuv's thread pool as a write of its own: a write and two thread
 * wake-ups per request. At 4 KiB the writes were still 3.6% of an autosave's time.)
 */
function stdoutLog() {
  return pino.destination({ dest: 1, sync: false, minLength: 16 * 1024, maxWrite: 64 * 1024, periodicFlush: 250 });
}

/**
 * Where Swagger UI's files are: the package's own static folder, found from node_modules. The plugin
 * would look next to its code, which is dist/ once bundled (build.mjs), so app.ts names the folder.
 */
function swaggerUiFiles() {
  const baseDir = join(dirname(createRequire(import.meta.url).resolve('@fastify/swagger-ui')), 'static');
  return { baseDir, logo: { type: 'image/svg+xml', content: readFileSync(join(baseDir, 'logo.svg')) } };
}

/**
 * Every response is checked against its contract, then written as JSON. fastify-type-provider-zod's
 * compiler runs zod's encode (the codec direction), which costs 2–3× a parse (13–18 µs against
 * 5–7 µs for an autosave's answer); the contracts' responses have no codec or transform, so both
 * check the same and produce the same output. A response that does not match is a 500, as before.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema, method, url }) => {
  if (!(schema instanceof z.ZodType)) throw new Error(`The response schema of ${method} ${url} is not a zod schema.`);
  return (data) => {
    const result = schema.safeParse(data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};

/** How long one plugin may take to register (the first start of an embedded database migrates it). */
const PLUGIN_TIMEOUT_MS = 120_000;

/** Largest request body accepted (a full response is ~10 KB of JSON). */
const BODY_LIMIT = 256 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    // With a certificate (TLS_CERT_FILE, TLS_KEY_FILE): HTTPS, HTTP/2 for the browsers (one
    // connection carries the page's scripts, the session and the data side by side) and HTTP/1.1
    // for clients without it; without one, plain HTTP/1.1 (a local start, or behind a TLS proxy).
    // fastify gives both the same request and reply and nothing here reads the raw node objects, so
    // the options are typed as `object` and the instance keeps its HTTP/1.1 types.
    // forceCloseConnections: on close, HTTP/2 sessions get a GOAWAY (streams in flight finish; node
    // 20 and 22 leave that to fastify), and HTTP/1.1 keep-alive connections on the TLS port are
    // closed at once (an autosave cut that way is sent again by the page; a save is idempotent).
    ...(config.tls ? ({ http2: true, https: { cert: config.tls.cert, key: config.tls.key, allowHTTP1: true }, forceCloseConnections: true } as object) : {}),
    logger:
      options.logger === false
        ? false
        : {
            level: options.logger?.level ?? config.logLevel,
            stream: options.logger?.stream ?? stdoutLog(),
            redact: REDACTED_HEADERS,
            serializers: { req: serializeRequest },
          },
    genReqId: () => randomUUID(),
    logController: new AccessLog(),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // The db plugin creates and migrates a new embedded database on first start: 6-8 s on an idle
    // 2-core machine, past fastify's default 10 s when the machine is busy (the start then failed).
    pluginTimeout: PLUGIN_TIMEOUT_MS,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Bodies are JSON only (415 otherwise). POSTs that carry no body (open, close, submit…) may
  // still say application/json.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') return done(null, undefined);
    return parseJson(request, text, done);
  });
  // Set as the request comes in, so errors and 404s carry it too (a synchronous hook: no promise).
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  await app.register(errorsPlugin);
  // Responses over 1 KB go out brotli- or gzip-compressed when the client accepts it (a full
  // response, the OpenAPI document, results). Brotli at quality 5: most of the gain for a fraction
  // of quality 11's CPU on every request. Built web assets are precompressed (plugins/web.ts).
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(securityPlugin, { config });
  await app.register(dbPlugin, { config, ...(options.database ? { database: options.database } : {}) });
  await app.register(authPlugin, { config });
  await app.register(metricsPlugin);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Assay API',
        description:
          'MLOps maturity self-assessment: workspaces, teams, assessments, autosaved responses and results scored against Amorim et al. (2023). Errors are `{ error: { code, message, details? }, requestId }`.',
        version: '1.0.0',
        license: { name: 'UNLICENSED (proprietary)', url: 'https://docs.npmjs.com/cli/configuring-npm/package-json#license' },
      },
      // Relative: the document is served by the API it describes, wherever it is deployed.
      servers: [{ url: '/', description: 'This Assay deployment' }],
      tags: [
        { name: 'auth', description: 'Accounts, sessions (access token and refresh cookie), password, account deletion and export' },
        { name: 'workspaces', description: 'Workspaces, members and roles, invitations, workspace export and deletion' },
        { name: 'teams', description: 'Teams and their members' },
        { name: 'assessments', description: 'Assessments: draft, open, closed, reopened' },
        { name: 'responses', description: 'Respondents’ own responses (autosaved), respondent links' },
        { name: 'guests', description: 'Answering through a respondent link without an account' },
        { name: 'results', description: 'Team results, exports and history' },
        { name: 'targets', description: 'Team targets and whether a team is on track' },
        { name: 'actions', description: 'Actions on a team’s gaps and whether the next round closed them' },
        { name: 'dashboard', description: 'The workspace dashboard: teams, levels, targets and actions at a glance' },
        { name: 'portfolio', description: 'Every workspace you belong to at a glance: team levels, open assessments, response progress' },
        { name: 'audit', description: 'The workspace audit trail' },
        { name: 'public', description: 'The questionnaire and the benchmark, without signing in' },
        { name: 'operations', description: 'Liveness and readiness' },
      ],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, ...swaggerUiFiles() });

  await app.register(operationsRoutes);
  await app.register(apiRoutes, { prefix: '/api/v1', config });
  await app.register(webPlugin, { config });

  return app;
}
