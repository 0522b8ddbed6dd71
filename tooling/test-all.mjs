#!/usr/bin/env node
// Runs every test of the project, in order, and ends with one line "N passed, N failed":
// type check, lint, both builds, Vitest (unit, fixtures, components), Vitest on the built
// files, the store packages with Mozilla's addons-linter on Firefox's, Playwright end-to-end in
// Debian's Chromium, then the Firefox suite in Debian's Firefox ESR. Exits non-zero when anything
// failed — a flaky test (failed, then passed on its retry) included, unless tests/known-flakes.json
// lists it with its cause (tooling/test-counts.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { countPlaywright, countVitest } from './test-counts.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  summary.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

// Tests that failed once and then passed on their retry, and why: meant to stay empty.
const KNOWN_FLAKES = JSON.parse(readFileSync('tests/known-flakes.json', 'utf8'));

/** A stage that counts its own tests, read back from its JSON report (flaky ones: tooling/test-counts.mjs). */
function suite(label, command, args, report, count, env) {
  const ok = run(label, command, args, env);
  if (!existsSync(report)) {
    failed++;
    summary.push(`${label}: FAILED before reporting (exit ${ok ? 0 : 'non-zero'})`);
    return;
  }
  const { passed: p, failed: f, flaky, unlisted } = count(JSON.parse(readFileSync(report, 'utf8')));
  // A runner that failed without a failing test (a crash, a file that did not load) still fails.
  const extra = !ok && f === 0 ? 1 : 0;
  passed += p;
  failed += f + extra;
  summary.push(`${label}: ${p} passed, ${f + extra} failed${flaky.length ? `, ${flaky.length} flaky` : ''}`);
  for (const name of unlisted) summary.push(`  FLAKY (failed, then passed on its retry; not in tests/known-flakes.json): ${name}`);
}

const flakyNames = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []);

// .wxt/ (generated types, tsconfig base) comes from `wxt prepare`, which npm's postinstall runs.
if (!existsSync('.wxt/tsconfig.json')) run('prepare', 'npx', ['wxt', 'prepare']);
check('type check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
const builtFirefox = check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
const built = check('build chrome', 'npx', ['wxt', 'build']) && builtFirefox;

const vitestCount = (r) => countVitest(r);
suite('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/vitest.json`], `${RESULTS}/vitest.json`, vitestCount);
if (built) {
  suite('built files', 'npx', ['vitest', 'run', '-c', 'vitest.build.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/vitest-build.json`],
    `${RESULTS}/vitest-build.json`, vitestCount);
} else {
  failed++;
  summary.push('built files: not run (a build failed)');
}

// The store packages (they build again, as the stores get them), and Mozilla's linter on Firefox's.
if (check('store packages', 'npm', ['run', 'zip'])) check('addons-linter', 'node', ['tooling/check-firefox-package.mjs']);
else {
  failed++;
  summary.push('addons-linter: not run (no package)');
}

const chromium = run('chromium', 'bash', ['tooling/ensure-browser.sh', 'chromium']);
if (built && chromium) {
  suite('playwright', 'npx', ['playwright', 'test', '--reporter=list,json'], `${RESULTS}/playwright.json`,
    (r) => countPlaywright(r, KNOWN_FLAKES),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json` });
} else {
  failed++;
  summary.push('playwright: not run (build or Chromium missing)');
}

// The Firefox suite, after the Chromium one: Debian's Firefox ESR, driven by puppeteer-core. The
// stores' packaging step above rebuilt .output/firefox-mv2 in production mode, as tested here.
// Its sync test has a Chromium computer too (issue 22): both builds and both browsers.
const firefox = run('firefox', 'bash', ['tooling/ensure-browser.sh', 'firefox-esr']);
if (built && firefox && chromium) {
  suite('firefox', 'npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', '--reporter=./tooling/flaky-reporter.mjs', `--outputFile=${RESULTS}/firefox.json`],
    `${RESULTS}/firefox.json`, (r) => countVitest(r, flakyNames(`${RESULTS}/firefox-flaky.json`), KNOWN_FLAKES), { MAILLE_FLAKY_REPORT: `${RESULTS}/firefox-flaky.json` });
} else {
  failed++;
  summary.push('firefox: not run (a build, Firefox or Chromium missing)');
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
