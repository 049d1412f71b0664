import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

async function waitForReady(url: string, app: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/**
 * The environment a person's shell would have: without what vitest adds for itself. NODE_ENV=test
 * in particular would make `vite build` ship React's development build.
 */
function userEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST') || name === 'TEST') delete env[name];
  return env;
}

/** Ends the app's whole process group; it may already be gone. */
function stop(app: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!app.pid) return;
  try {
    process.kill(-app.pid, signal);
  } catch {
    // ESRCH: nothing left to stop.
  }
}

/**
 * Starts Assay as the README does (`pnpm start` at the repository root: builds the web app,
 * then serves it and the API on PORT with the embedded database in DATA_DIR), on a free port and
 * a fresh data directory, and stops it after the run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Against an app that is already running (while developing): E2E_BASE_URL=http://localhost:3000.
  const running = process.env.E2E_BASE_URL;
  if (running) {
    project.provide('baseUrl', running.replace(/\/$/, ''));
    return async () => undefined;
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'assay-e2e-'));
  const log: string[] = [];
  const app = spawn('pnpm', ['start'], {
    cwd: REPO_ROOT,
    env: { ...userEnvironment(), PORT: String(port), DATA_DIR: dataDir },
    // Its own process group, so the teardown stops pnpm and everything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer): void => {
    log.push(chunk.toString());
    if (log.length > 400) log.shift();
  };
  app.stdout?.on('data', keep);
  app.stderr?.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(`${baseUrl}/ready`, app, 540_000);
  } catch (error) {
    console.error(log.join(''));
    stop(app);
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (app.pid && app.exitCode === null) {
      const exited = new Promise((done) => app.once('exit', done));
      stop(app);
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (app.exitCode === null) stop(app, 'SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
