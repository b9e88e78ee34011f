// `npm test`: every check and every test, end-to-end included, then one closing line
// "N passed, N failed" that counts unit, component and e2e tests together.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { runE2e } from './e2e.mjs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const failedSteps = [];
function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) failedSteps.push(name);
  return status === 0;
}

// One check, one config: the same command as `npm run typecheck`.
step('type-check', 'npm', ['run', '--silent', 'typecheck']);
step('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
step('format check', 'npx', ['prettier', '--check', '.']);
step('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
console.log('\n▶ end-to-end tests (production build, Chromium)');
if (runE2e() !== 0) failedSteps.push('end-to-end tests');

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = readJson(`${REPORTS}/vitest.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2e = readJson(`${REPORTS}/e2e.json`);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
// A suite that did not report at all counts as a failure, so a crash cannot look green.
if (!unit) failedSteps.push('unit report missing');
if (!e2e) failedSteps.push('e2e report missing');

// CI keeps only the tail of the output, so the failures are named again at the end.
const failedNames = [];
for (const file of unit?.testResults ?? []) {
  for (const test of file.assertionResults ?? []) {
    if (test.status === 'failed') failedNames.push(`${file.name} › ${test.fullName}`);
  }
}
if (failedNames.length > 0) {
  console.log('\nFailed unit and component tests:');
  for (const name of failedNames) console.log(`  ✗ ${name.replace(process.cwd() + '/', '')}`);
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed: ${[...new Set(failedSteps)].join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
