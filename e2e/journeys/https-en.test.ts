import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot } from '../support/browser.ts';
import { freePort } from '../support/ports.ts';

/**
 * Journey 5, in English: Assay serving HTTPS itself (TLS_CERT_FILE, TLS_KEY_FILE), as a browser
 * meets it without a proxy: the pages, their scripts and the API come over HTTP/2; a person signs
 * up, and the session (a `Secure` refresh cookie) survives a reload. The app is the build the run's
 * `pnpm start` made, started as the API package's start script does, with a certificate made for
 * the run (openssl) that this browser profile accepts.
 */
const API_DIR = resolve(import.meta.dirname, '..', '..', 'apps', 'api');

let dir: string;
let app: ChildProcess;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-e2e-https-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  const port = await freePort();
  const { scripts } = JSON.parse(readFileSync(join(API_DIR, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [, ...args] = scripts.start.split(' ');
  app = spawn(process.execPath, args, {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, 'data'),
      TLS_CERT_FILE: join(dir, 'cert.pem'),
      TLS_KEY_FILE: join(dir, 'key.pem'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  origin = `https://localhost:${port}`;
  browser = await launchBrowser();
  // The certificate was made for this run: this profile trusts it (the app itself runs as it would with a real one).
  context = await browser.newContext({ baseURL: origin, locale: 'en-US', viewport: { width: 1200, height: 900 }, bypassCSP: true, ignoreHTTPSErrors: true });
  page = await context.newPage();
  const request = context.request;
  for (let waited = 0; ; waited += 250) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}:\n${log.join('')}`);
    const ok = await request.get(`${origin}/ready`).then((response) => response.ok(), () => false);
    if (ok) break;
    if (waited > 120_000) throw new Error(`${origin}/ready did not answer within 2 minutes:\n${log.join('')}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
});

afterAll(async () => {
  await browser?.close();
  if (app && app.exitCode === null) {
    const gone = new Promise((done) => app.once('exit', done));
    app.kill('SIGTERM');
    await gone;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** The protocol each script and API call of the page came over (the browser's own record). */
const protocols = () =>
  page.evaluate(() => [
    ...performance.getEntriesByType('navigation').map((entry) => ['document', (entry as PerformanceNavigationTiming).nextHopProtocol]),
    ...performance
      .getEntriesByType('resource')
      .map((entry) => [new URL(entry.name).pathname, (entry as PerformanceResourceTiming).nextHopProtocol]),
  ]);

describe('Assay over HTTPS with HTTP/2 (en)', () => {
  it('serves the sign-up page, its scripts and the API over HTTP/2, with HSTS', async () => {
    const response = await page.goto('/sign-up');
    expect(response?.headers()['strict-transport-security']).toMatch(/max-age=31536000/);
    await heading('Create your Assay account').waitFor();
    const seen = await protocols();
    expect(seen.find(([what]) => what === 'document')?.[1]).toBe('h2');
    const scripts = seen.filter(([what]) => what?.startsWith('/assets/') && what.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(([, protocol]) => protocol !== 'h2')).toEqual([]);
    const api = seen.filter(([what]) => what?.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter(([, protocol]) => protocol !== 'h2')).toEqual([]);
    await expectAccessible(page, 'https sign-up');
    await screenshot(page, 'en-https-sign-up');
  });

  it('signs up, and stays signed in across a reload (the Secure refresh cookie)', async () => {
    await page.getByLabel('Your name').fill('Tess Secure');
    await page.getByLabel('Email').fill(`tess-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await heading('Workspaces').waitFor();
    const refresh = (await context.cookies()).filter((cookie) => cookie.httpOnly);
    expect(refresh.length).toBeGreaterThan(0);
    expect(refresh.every((cookie) => cookie.secure)).toBe(true);
    await page.reload();
    await heading('Workspaces').waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    await screenshot(page, 'en-https-workspaces');
  });
});
