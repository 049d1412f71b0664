import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeWebDist, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('operations', () => {
  it('GET /health answers while the process is up', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready checks the database, and is 503 when it does not answer', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({ status: 'ready', database: t.database.kind });
    const down = await createTestApp({}, {
      ...t.database,
      ping: async () => {
        throw new Error('connection refused');
      },
    });
    try {
      const response = await down.app.inject({ method: 'GET', url: '/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toMatchObject({ code: 'service_unavailable' });
      expect(response.json().error.message).not.toMatch(/refused/);
    } finally {
      await down.app.close();
    }
  });

  it('marks API answers not cacheable', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sends security headers and a request id on every response', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['content-security-policy']).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // The API's JSON gets the headers of a JSON response, errors too: a route that does not
    // exist, and a body that is not JSON. Nothing may load or frame it.
    for (const api of [
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/no-such-route' }),
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: '{' }),
    ]) {
      expect(api.statusCode).toBeGreaterThanOrEqual(400);
      expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['x-frame-options']).toBe('DENY');
      expect(api.headers['referrer-policy']).toBe('no-referrer');
      expect(api.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(api.headers['x-dns-prefetch-control']).toBeUndefined();
      expect(api.headers['strict-transport-security']).toBeUndefined();
    }
    // Plain http here (cookies not Secure): no HSTS, no upgrade of requests to https.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const secure = await createTestApp({ cookieSecure: true }, t.database);
    try {
      const overTls = await secure.app.inject({ method: 'GET', url: '/health' });
      expect(overTls.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(overTls.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
      const apiOverTls = await secure.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
      expect(apiOverTls.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.app.close();
    }
  });

  it('serves the OpenAPI document generated from the route schemas, and its UI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const patch = doc.paths['/api/v1/workspaces/{workspaceId}/assessments/{assessmentId}/responses/{responseId}'].patch;
    expect(patch.requestBody.content['application/json'].schema.properties.answers).toBeDefined();
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '422']));
    expect(doc.paths['/api/v1/questionnaires/{questionnaireId}'].get).toBeDefined();
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
    expect(ui.body).toMatch(/swagger/i);
  });

  it('serves the UI\'s own files from the package\'s folder (named by app.ts: bundled, the plugin would look in dist/)', async () => {
    const bundle = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.body.length).toBeGreaterThan(100_000);
    const logo = await t.app.inject({ method: 'GET', url: '/api/docs/static/logo.svg' });
    expect(logo.statusCode).toBe(200);
    expect(logo.body).toMatch(/<svg/);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/no-such-file.js' })).statusCode).toBe(404);
  });
});

describe('public data', () => {
  it('serves the questionnaire amorim-2023@1 without signing in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/questionnaires/amorim-2023@1' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.id).toBe('amorim-2023@1');
    expect(body.questions.filter((q: { number: number | null }) => q.number !== null)).toHaveLength(25);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/questionnaires/amorim-2023@3' })).statusCode).toBe(404);
  });

  it('serves the benchmark amorim-2023 as series with base, source and honest categories', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/benchmarks/amorim-2023' });
    expect(response.statusCode).toBe(200);
    const { series } = response.json();
    expect(series.length).toBeGreaterThan(10);
    for (const s of series) {
      expect([66, 57, 9]).toContain(s.base);
      expect(s.source.section).toBeTruthy();
      for (const c of s.categories) {
        expect(c.count === null).toBe(c.status === 'not_reported');
        expect(['reported', 'derived', 'not_reported']).toContain(c.status);
      }
    }
    const maturity = series.find((s: { id: string }) => s.id === 'maturity_level');
    expect(maturity.categories.find((c: { id: string }) => c.id === 'level_3')).toMatchObject({ count: 26, status: 'reported' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/benchmarks/other' })).statusCode).toBe(404);
  });
});

describe('the web app', () => {
  let dist: string;
  let web: TestApp;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'assay-web-'));
    writeWebDist(dist);
    web = await createTestApp({ webDist: dist }, t.database);
  });
  afterAll(async () => {
    await web.app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for any non-API path (SPA fallback), never cached', async () => {
    for (const url of ['/', '/sign-in?next=/teams', '/respond/abc', '/workspaces/1/teams']) {
      const response = await web.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('serves fingerprinted assets with a long cache, and keeps API 404s as JSON', async () => {
    const asset = await web.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const api = await web.app.inject({ method: 'GET', url: '/api/v1/not-a-route' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    expect((await web.app.inject({ method: 'POST', url: '/somewhere' })).statusCode).toBe(404);
    expect((await web.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
  });

  it('serves the precompressed file the client accepts (brotli first), with its encoding and the long cache', async () => {
    const br = await web.app.inject({ method: 'GET', url: '/assets/big-5678.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('console.log');
    const gz = await web.app.inject({ method: 'GET', url: '/assets/big-5678.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toContain('console.log');
    const plain = await web.app.inject({ method: 'GET', url: '/assets/big-5678.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
  });

  it('serves /robots.txt as text, not the app', async () => {
    const robots = await web.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body).toContain('User-agent');
  });

  it('compresses API responses over 1 KB for clients that accept it', async () => {
    const docs = await web.app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(docs.rawPayload).toString()).openapi).toBe('3.1.0');
    const small = await web.app.inject({ method: 'GET', url: '/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
