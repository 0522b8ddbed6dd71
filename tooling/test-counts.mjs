// How the test runner counts each suite's report (tooling/test-all.mjs), and the flaky-test rule:
// Playwright and the Firefox suite retry a failed test once, so that a test that fails, then
// passes, is told apart as flaky — and a flaky test fails the run unless tests/known-flakes.json
// lists it with its cause. That list is meant to stay empty (tests/unit/test-counts.test.ts).

/** @typedef {{ test: string, cause: string }} KnownFlake */
/** @typedef {{ passed: number, failed: number, flaky: string[], unlisted: string[] }} Count */

/** The flaky tests that no known-flakes entry names, and those that it does. */
function judge(flaky, known) {
  const listed = new Set(known.filter((k) => k.cause && k.cause.trim()).map((k) => k.test));
  return { unlisted: flaky.filter((name) => !listed.has(name)), listed: flaky.filter((name) => listed.has(name)) };
}

/** Every test of a Playwright JSON report, with its title path ("file › title"). */
function playwrightTests(report) {
  const found = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) found.push({ name: [...path, spec.title].join(' › '), status: test.status });
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return found;
}

/**
 * A Playwright JSON report: `expected` passed, `unexpected` failed; `flaky` (failed, then passed
 * on its retry) passed only when listed as a known flake.
 * @returns {Count}
 */
export function countPlaywright(report, known = []) {
  const flaky = playwrightTests(report).filter((t) => t.status === 'flaky').map((t) => t.name);
  const { unlisted, listed } = judge(flaky, known);
  return { passed: report.stats.expected + listed.length, failed: report.stats.unexpected + unlisted.length, flaky, unlisted };
}

/**
 * A Vitest JSON report, with the names of its flaky tests (written by tooling/flaky-reporter.mjs):
 * a test that passed on a retry counts as failed unless listed as a known flake.
 * @returns {Count}
 */
export function countVitest(report, flaky = [], known = []) {
  const { unlisted } = judge(flaky, known);
  return { passed: report.numPassedTests - unlisted.length, failed: report.numFailedTests + unlisted.length, flaky, unlisted };
}
