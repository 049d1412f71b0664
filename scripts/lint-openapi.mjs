// `pnpm lint:openapi`: writes the API's OpenAPI document and lints it with Redocly's recommended
// rules (redocly.yaml). Any error or warning fails: redocly itself exits 0 on warnings, so its
// JSON totals are read, and the problems are printed in the readable format when there are any.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'assay-openapi-'));
const file = join(dir, 'openapi.json');
const lint = (format, stdio) => spawnSync('pnpm', ['exec', 'redocly', 'lint', file, '--config', 'redocly.yaml', '--format', format], { encoding: 'utf8', stdio });
try {
  const written = spawnSync('pnpm', ['--filter', '@assay/api', 'exec', 'tsx', 'scripts/openapi.ts', file], { stdio: 'inherit' });
  if (written.status !== 0) process.exit(written.status ?? 1);
  const report = lint('json', ['ignore', 'pipe', 'pipe']);
  const json = report.stdout.slice(report.stdout.indexOf('{'));
  let totals;
  try {
    totals = JSON.parse(json).totals;
  } catch {
    console.error(`lint:openapi: redocly gave no report:\n${report.stdout}\n${report.stderr}`);
    process.exit(1);
  }
  if (totals.errors > 0 || totals.warnings > 0) {
    lint('stylish', 'inherit');
    console.error(`lint:openapi: ${totals.errors} errors and ${totals.warnings} warnings; the document must have none.`);
    process.exitCode = 1;
  } else {
    console.log('lint:openapi: the OpenAPI document passes Redocly’s recommended rules with 0 errors and 0 warnings.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
