// The only reader of process.env. Parsed with zod once at boot; a bad setting stops the
// process with a message naming the variable.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (apps/api/src → ../../..), where `.data/`, `migrations/` and `apps/web/dist` live. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const MIGRATIONS_DIR = join(REPO_ROOT, 'migrations');

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL connection string; without it the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().min(1).optional(),
  /** At least 32 characters. Required in production; otherwise generated once into DATA_DIR. */
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** A rotated refresh token presented again within this many seconds (two tabs refreshing at once) is not reuse. */
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  /** Attempts per minute on the credential and token routes (see the API README for each key). */
  AUTH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(20),
  /** Redis for state every replica must share (rate limits); without it, kept in the process. */
  REDIS_URL: z.url().optional(),
  /** Prefix of every Redis key this deployment writes (several deployments may share one Redis). */
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default('assay:'),
  /** Send cookies with `Secure` (default: on in production). */
  COOKIE_SECURE: booleanString.optional(),
  /** Trust X-Forwarded-* headers (behind a reverse proxy). */
  TRUST_PROXY: booleanString.default(false),
  /** Serve Prometheus metrics (GET /metrics) on this port of HOST; unset: not served at all. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** The built web app served at `/`; skipped when the folder does not exist. */
  WEB_DIST: z.string().min(1).optional(),
  /**
   * HTTPS with HTTP/2 (and HTTP/1.1 for clients without it): a PEM certificate (chain) and its PEM
   * private key, both or neither. Unset: plain HTTP/1.1, as behind a proxy that terminates TLS.
   */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly database: { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number } | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly refreshReuseGraceSeconds: number;
  readonly authRateLimitMax: number;
  readonly redis: { readonly url: string; readonly keyPrefix: string } | undefined;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly webDist: string;
  readonly metricsPort: number | undefined;
  /** Serve HTTPS with HTTP/2 (HTTP/1.1 too) with this certificate and key; undefined: plain HTTP. */
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | undefined;
}

export class ConfigError extends Error {}

/** Parses the environment into a Config; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR ?? join(REPO_ROOT, '.data'));
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid environment:\n  JWT_SECRET: required when NODE_ENV=production (at least 32 characters)');
  }
  const tls = tlsFiles(e.TLS_CERT_FILE, e.TLS_KEY_FILE);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
    dataDir,
    jwtSecret: e.JWT_SECRET ?? persistedSecret(dataDir),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    authRateLimitMax: e.AUTH_RATE_LIMIT_MAX,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : undefined,
    cookieSecure: e.COOKIE_SECURE ?? (e.NODE_ENV === 'production' || tls !== undefined),
    trustProxy: e.TRUST_PROXY,
    webDist: resolve(e.WEB_DIST ?? join(REPO_ROOT, 'apps/web/dist')),
    metricsPort: e.METRICS_PORT,
    tls,
  };
}

/** The certificate and key HTTPS serves, read at start: both files or neither, each readable PEM. */
function tlsFiles(certFile: string | undefined, keyFile: string | undefined): Config['tls'] {
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    const missing = certFile === undefined ? 'TLS_CERT_FILE' : 'TLS_KEY_FILE';
    throw new ConfigError(`Invalid environment:\n  ${missing}: required with ${missing === 'TLS_CERT_FILE' ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE'} (HTTPS needs a certificate and its key)`);
  }
  const read = (name: string, file: string, marker: string): Buffer => {
    let content: Buffer;
    try {
      content = readFileSync(resolve(file));
    } catch (error) {
      throw new ConfigError(`Invalid environment:\n  ${name}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (!content.toString('latin1').includes(marker)) throw new ConfigError(`Invalid environment:\n  ${name}: ${file} is not a PEM file (no "${marker}" line)`);
    return content;
  };
  return { cert: read('TLS_CERT_FILE', certFile, '-----BEGIN CERTIFICATE-----'), key: read('TLS_KEY_FILE', keyFile, 'PRIVATE KEY-----') };
}

/**
 * Outside production a missing JWT_SECRET is generated once and kept in the data directory, so
 * sessions survive a restart of `pnpm start` without any set-up.
 */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
