#!/usr/bin/env node
// `npm test`: every check the project has, in one run — typecheck (app and
// engine), lint, unit + transcript + lesson tests (vitest), and the browser
// tests (Playwright). Ends with one line `N passed, N failed` summing the runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { ensureBrowser } from './find-browser.mjs';

const results = [];
let passed = 0;
let failed = 0;

function step(name, cmd, args, opts = {}) {
  process.stdout.write(`\n=== ${name}: ${[cmd, ...args].join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...(opts.env ?? {}) } });
  const ok = r.status === 0;
  results.push({ name, ok });
  return ok;
}

function count(file, read) {
  if (!existsSync(file)) return false;
  try {
    const { p, f } = read(JSON.parse(readFileSync(file, 'utf8')));
    passed += p;
    failed += f;
    return true;
  } catch {
    return false;
  }
}

mkdirSync('test-results', { recursive: true });

// Checks that are not test runners count as one test each.
for (const [name, cmd, args] of [
  ['typecheck (app)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (engine)', 'npx', ['tsc', '-p', 'src/engine/tsconfig.json', '--noEmit']],
  ['typecheck (engine tests)', 'npx', ['tsc', '-p', 'src/engine/tsconfig.test.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
]) {
  if (step(name, cmd, args)) passed++;
  else failed++;
}

const unitOk = step('unit, transcript and lesson tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
if (!count('test-results/vitest.json', (j) => ({ p: j.numPassedTests ?? 0, f: (j.numFailedTests ?? 0) + (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0) }))) {
  if (!unitOk) failed++;
}
if (!unitOk && existsSync('test-results/vitest.json')) {
  // A suite that failed to load has no failed tests but must still fail the run.
  const j = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  if (!j.numFailedTests) failed++;
}

if (existsSync('playwright.config.ts') && process.env.KUBELAB_SKIP_E2E !== '1') {
  const browser = ensureBrowser();
  const e2eOk = step('browser tests', 'npx', ['playwright', 'test'], {
    env: { ...(browser ? { CHROMIUM_PATH: browser } : {}), PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' },
  });
  if (!count('test-results/playwright.json', (j) => ({ p: j.stats?.expected ?? 0, f: (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0) + (j.stats?.skipped ?? 0) }))) {
    if (!e2eOk) failed++;
  } else if (!e2eOk && !JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats?.unexpected) failed++;
}

process.stdout.write('\n');
for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
