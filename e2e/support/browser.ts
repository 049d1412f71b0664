import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const OUTPUT_DIR = resolve(import.meta.dirname, '..', 'output');

/** The machine's Chromium (Debian's package); CHROMIUM_PATH names another. Playwright's own download can't run here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A fresh browser profile speaking `locale` (it sets navigator.languages, which the app reads).
 * bypassCSP lets the test inject axe-core as an inline script; the app itself runs under its CSP.
 */
export function newContext(
  browser: Browser,
  baseUrl: string,
  locale: 'en-US' | 'pt-BR',
  viewport: { width: number; height: number } = { width: 1200, height: 900 },
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, locale, viewport, bypassCSP: true });
}

/** Fails when the page is wider than the screen (the reader would have to scroll sideways). */
export async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${name}: the page is wider than the ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

let shot = 0;

/** A full-page screenshot in e2e/output (gitignored), numbered in the order taken. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  shot += 1;
  await page.screenshot({ path: join(OUTPUT_DIR, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/**
 * axe and no sideways scroll at a laptop's width (1280 px) and a phone's (390 px), with a
 * screenshot of each (`<name>-<width>`), then back to the laptop's width.
 */
export async function checkWidths(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `${name}-${width}`);
    await expectNoSidewaysScroll(page, `${name}-${width}`);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2 A and AA rules) and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${name}: serious accessibility violations`).toEqual([]);
}

/**
 * Loads a page in a fresh tab with an empty cache and sums the bytes on the wire (compressed body,
 * as the server sent it) of every JavaScript file it downloads until it has rendered: the
 * first-load cost of that page. Also the gzip -9 size of the same files, as measured before.
 */
export async function firstLoadJs(
  browser: Browser,
  baseUrl: string,
  signedIn: BrowserContext | null,
  path: string,
  /** An element that shows only once the page has rendered (so every chunk it needs has loaded). */
  ready: string,
): Promise<{ bytes: number; gzip: number; files: string[] }> {
  // A new context has an empty HTTP cache; the cookies of `signedIn` keep the session.
  const context = await browser.newContext({ baseURL: baseUrl, ...(signedIn ? { storageState: await signedIn.storageState() } : {}) });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; wire: number; gzip: number; encoding: string }>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() === 'script' || type.includes('javascript')) {
      const encoding = response.headers()['content-encoding'] ?? 'identity';
      bodies.push(
        Promise.all([response.finished().then(() => response.request().sizes()), response.body()]).then(([sizes, body]) => ({
          url: response.url(),
          wire: sizes.responseBodySize,
          gzip: gzipSync(body, { level: 9 }).length,
          encoding,
        })),
      );
    }
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.locator(ready).first().waitFor();
  const files = await Promise.all(bodies);
  // Loading a signed-in page rotated the refresh token: hand the new cookie back, or the next
  // refresh in the original context would present a rotated token and revoke the session.
  if (signedIn) await signedIn.addCookies(await context.cookies());
  await context.close();
  return {
    bytes: files.reduce((sum, file) => sum + file.wire, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    files: files.map((f) => `${new URL(f.url).pathname} ${f.wire} B ${f.encoding}`),
  };
}
