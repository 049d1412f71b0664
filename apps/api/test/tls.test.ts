// HTTPS with HTTP/2 (TLS_CERT_FILE, TLS_KEY_FILE): the app as a browser reaches it over a real
// socket, on one HTTP/2 connection and over HTTP/1.1, with a certificate made for the run (openssl).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createTestApp, writeWebDist, type TestApp } from './helpers.ts';

let dir: string;
let cert: Buffer;
let key: Buffer;
let web: TestApp;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assay-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  cert = readFileSync(join(dir, 'cert.pem'));
  key = readFileSync(join(dir, 'key.pem'));
  const dist = join(dir, 'dist');
  writeWebDist(dist);
  const config = loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') });
  web = await createTestApp({ tls: config.tls, cookieSecure: config.cookieSecure, webDist: dist });
  await web.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `https://127.0.0.1:${(web.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http2.IncomingHttpHeaders;
  body: Buffer;
}

function request(session: http2.ClientHttp2Session, headers: http2.OutgoingHttpHeaders, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const stream = session.request(headers);
    const chunks: Buffer[] = [];
    let answer: http2.IncomingHttpHeaders = {};
    stream.on('response', (received) => (answer = received));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve({ status: Number(answer[':status']), headers: answer, body: Buffer.concat(chunks) }));
    stream.on('error', reject);
    stream.end(body);
  });
}

describe('HTTPS with HTTP/2', () => {
  it('serves the pages, the precompressed assets and the API on one HTTP/2 connection, with HSTS and secure cookies', async () => {
    const session = http2.connect(origin, { ca: cert });
    try {
      const [page, asset, me, signUp] = await Promise.all([
        request(session, { ':path': '/sign-in' }),
        request(session, { ':path': '/assets/big-5678.js', 'accept-encoding': 'br, gzip' }),
        request(session, { ':path': '/api/v1/auth/me' }),
        request(
          session,
          { ':method': 'POST', ':path': '/api/v1/auth/sign-up', 'content-type': 'application/json' },
          JSON.stringify({ email: 'tls@example.com', password: 'correct horse battery', name: 'TLS' }),
        ),
      ]);
      expect(session.alpnProtocol).toBe('h2');
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain('<div id="root">');
      expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      expect(asset.status).toBe(200);
      expect(asset.headers['content-encoding']).toBe('br');
      expect(asset.headers['cache-control']).toMatch(/immutable/);
      expect(brotliDecompressSync(asset.body).toString()).toContain('console.log');
      expect(me.status).toBe(401);
      expect(JSON.parse(me.body.toString()).error.code).toBeTruthy();
      expect(me.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(me.headers['x-request-id']).toBeTruthy();
      // HTTP/2 forbids connection-specific headers; node refuses to send them, so none may be set.
      expect(me.headers.connection).toBeUndefined();
      expect(signUp.status).toBe(201);
      const cookie = ([] as string[]).concat(signUp.headers['set-cookie'] ?? []).join('\n');
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
    } finally {
      session.close();
    }
  });

  it('answers clients without HTTP/2 over HTTP/1.1 on the same port', async () => {
    const answer = await new Promise<{ version: string; status: number; hsts: unknown }>((resolve, reject) => {
      https
        .get(`${origin}/ready`, { ca: cert }, (response) => {
          response.resume();
          response.on('end', () => resolve({ version: response.httpVersion, status: response.statusCode ?? 0, hsts: response.headers['strict-transport-security'] }));
        })
        .on('error', reject);
    });
    expect(answer).toEqual({ version: '1.1', status: 200, hsts: expect.stringMatching(/max-age/) });
  });

  it('shuts down with a browser’s HTTP/2 connection still open (the graceful stop on SIGTERM)', async () => {
    const other = await createTestApp({ tls: { cert, key }, cookieSecure: true }, web.database);
    await other.app.listen({ host: '127.0.0.1', port: 0 });
    const session = http2.connect(`https://127.0.0.1:${(other.app.server.address() as AddressInfo).port}`, { ca: cert });
    const closed = new Promise<void>((resolve) => session.once('close', () => resolve()));
    expect((await request(session, { ':path': '/health' })).status).toBe(200);
    const outcome = await Promise.race([
      other.app.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still open after 5 s'), 5_000)),
    ]);
    expect(outcome).toBe('closed');
    await closed;
  });

  it('refuses plain HTTP on the HTTPS port', async () => {
    const plain = origin.replace('https:', 'http:');
    await expect(fetch(`${plain}/ready`)).rejects.toThrow();
  });
});

describe('TLS_CERT_FILE and TLS_KEY_FILE', () => {
  it('read both files, and make cookies secure by default', () => {
    const config = loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') });
    expect(config.tls?.cert.equals(cert)).toBe(true);
    expect(config.tls?.key.equals(key)).toBe(true);
    expect(config.cookieSecure).toBe(true);
    expect(loadConfig({ DATA_DIR: dir }).tls).toBeUndefined();
  });

  it('refuse one without the other, a file that cannot be read, and a file that is not PEM', () => {
    expect(() => loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'cert.pem') })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'cert.pem') })).toThrow(/TLS_KEY_FILE: required with TLS_CERT_FILE/);
    expect(() => loadConfig({ DATA_DIR: dir, TLS_KEY_FILE: join(dir, 'key.pem') })).toThrow(/TLS_CERT_FILE: required with TLS_KEY_FILE/);
    expect(() => loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'missing.pem'), TLS_KEY_FILE: join(dir, 'key.pem') })).toThrow(
      /TLS_CERT_FILE: cannot read .*missing\.pem \(ENOENT\)/,
    );
    expect(() => loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'key.pem'), TLS_KEY_FILE: join(dir, 'key.pem') })).toThrow(
      /TLS_CERT_FILE: .*key\.pem is not a PEM file \(no "-----BEGIN CERTIFICATE-----" line\)/,
    );
    expect(() => loadConfig({ DATA_DIR: dir, TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'cert.pem') })).toThrow(/TLS_KEY_FILE: .* is not a PEM file/);
  });
});
