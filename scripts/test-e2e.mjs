// `pnpm test:e2e`: the browser journeys, in the machine's Chromium (CHROMIUM_PATH, or Debian's
// /usr/bin/chromium). When it is missing and this runs as root with apt-get (as CI does), Debian's
// Chromium is installed first. Otherwise the journeys are not run, and this says so plainly: under
// CI=true that fails the run; on a developer's machine the rest of the suite still counts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!existsSync(chromium) && !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && hasApt) {
  console.warn('test:e2e: no Chromium at /usr/bin/chromium; installing Debian’s package (apt-get install chromium)…');
  if (run('apt-get', ['update']).status === 0) run('apt-get', ['install', '-y', 'chromium']);
}
if (!existsSync(chromium)) {
  const how = process.env.CHROMIUM_PATH
    ? 'CHROMIUM_PATH names no file'
    : process.getuid?.() === 0 && hasApt
      ? 'apt-get could not install it'
      : 'installing it needs root and apt-get (sudo apt-get install -y chromium)';
  console.error(`test:e2e: NOT RUN — the browser journeys need Chromium at ${chromium}, and ${how}. Set CHROMIUM_PATH to a Chromium binary to run them.`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const journeys = spawnSync('pnpm', ['--filter', '@assay/e2e', 'test'], { stdio: 'inherit' });
process.exit(journeys.status ?? 1);
