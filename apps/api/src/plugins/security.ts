// Security headers (helmet) and the rate limiter. The limiter is not global: routes opt in
// with `config: { rateLimit: … }` and `onRequest: app.addressCeiling` (lib/limits.ts says how
// each is keyed). With REDIS_URL its counters live in Redis, shared by every replica.
import type { IncomingMessage, ServerResponse } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { addressCeiling } from '../lib/limits.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The per-address ceiling shared by the credential and link routes (an onRequest hook). */
    addressCeiling: onRequestHookHandler;
  }
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The headers a middleware sets on a response, recorded by running it once on a stand-in. It
 * must set them synchronously and set nothing else (helmet's middleware does exactly that).
 */
function headersOf(middleware: Middleware): Record<string, string> {
  const headers: Record<string, string> = {};
  let failure: unknown;
  let called = false;
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    // helmet removes X-Powered-By, which fastify never sets.
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    called = true;
    failure = error;
  });
  if (!called) throw new Error('The security headers middleware did not finish synchronously.');
  if (failure) throw failure;
  return headers;
}

/** Where the API's JSON is served (its documentation, /api/docs, is a page). */
const API_PREFIX = '/api/v1/';

/** The headers of an API response, from the pages' (HSTS is kept when the pages have it). */
function apiHeadersOf(pageHeaders: Readonly<Record<string, string>>): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    ...(pageHeaders['strict-transport-security'] ? { 'strict-transport-security': pageHeaders['strict-transport-security'] } : {}),
  };
}

export default fp<{ config: Config }>(
  async (app, { config }) => {
    // Behind TLS (secure cookies) browsers are told to stay on https; over plain http (a local
    // `pnpm start`, a compose stack on a LAN address) those headers would break the app.
    const https = config.cookieSecure;
    // helmet's headers depend on these options only (no per-request nonce), so its middleware runs
    // once, here, and every response gets the headers it set. (@fastify/helmet rebuilt the
    // middleware, re-parsing the CSP directives, on every request: 5% of an autosave's CPU; running
    // helmet's twelve middlewares per request was still 0.7% of it in a profile.)
    const headers = headersOf(helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Chart.js and React set inline style attributes; no inline scripts are allowed.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: https ? [] : null,
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      // The API and the web app share one origin; nothing is embedded cross-origin.
      crossOriginEmbedderPolicy: false,
    }));
    // The API's JSON gets the headers a JSON response needs (OWASP's REST cheat sheet): nothing
    // may load or frame it, no sniffing, no referrer; the page-only headers (a page's CSP, DNS
    // prefetch, download options…) stay on the app's pages. Half the header bytes of an autosave.
    const apiHeaders = apiHeadersOf(headers);
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(request.url.startsWith(API_PREFIX) ? apiHeaders : headers);
      done();
    });
    let redis: Redis | undefined;
    if (config.redis) {
      // Loaded only with REDIS_URL (a chunk of its own in dist/).
      const { Redis } = await import('ioredis');
      // Fail fast while Redis is unreachable (no offline queue): the limiter then lets requests
      // through (skipOnError) and logs, rather than making sign-in wait on Redis.
      redis = new Redis(config.redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
      redis.on('error', (error) => app.log.warn({ failure: { message: error.message } }, 'redis unavailable; rate limits are not enforced until it is back'));
      app.addHook('onClose', async () => {
        await redis?.quit().catch(() => redis?.disconnect());
      });
      // Wait (at most 2 s) for the connection, so the first requests are counted too: without
      // an offline queue, a limit checked before Redis answers is skipped.
      const connecting = redis;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          connecting.off('ready', done);
          connecting.off('error', done);
          resolve();
        };
        const timer = setTimeout(done, 2_000);
        connecting.once('ready', done);
        connecting.once('error', done);
      });
    }
    await app.register(rateLimit, {
      global: false,
      ...(redis ? { redis, nameSpace: `${config.redis!.keyPrefix}rate-limit:`, skipOnError: true } : {}),
    });
    // The plugin runs one limiter per request (the route's), so the ceiling is checked by hand.
    const ceiling = app.createRateLimit(addressCeiling(config));
    app.decorate('addressCeiling', async (request: FastifyRequest, reply: FastifyReply) => {
      const result = await ceiling(request);
      if (result.isAllowed || !result.isExceeded) return;
      reply.header('retry-after', String(result.ttlInSeconds));
      throw Object.assign(new Error(`Rate limit exceeded, retry in ${result.ttlInSeconds} seconds`), { statusCode: 429 });
    });
  },
  { name: 'security' },
);
