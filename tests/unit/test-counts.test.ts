import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript of the test runner, without types
import { countPlaywright, countVitest } from '../../tooling/test-counts.mjs';

/** A Playwright JSON report's shape: one file, a describe, its tests with their final status. */
function playwrightReport(statuses: Record<string, 'expected' | 'unexpected' | 'flaky' | 'skipped'>) {
  const values = Object.values(statuses);
  return {
    stats: { expected: values.filter((s) => s === 'expected').length, unexpected: values.filter((s) => s === 'unexpected').length, flaky: values.filter((s) => s === 'flaky').length },
    suites: [{ title: 'sidebar.spec.ts', specs: [], suites: [{ title: 'late pages', specs: Object.entries(statuses).map(([title, status]) => ({ title, tests: [{ status }] })) }] }],
  };
}

describe('the test command counts a retried test as flaky, and fails on it', () => {
  it.each([
    ['all passed the first time', { a: 'expected', b: 'expected' }, [], { passed: 2, failed: 0, unlisted: [] }],
    ['one failed twice', { a: 'expected', b: 'unexpected' }, [], { passed: 1, failed: 1, unlisted: [] }],
    ['one passed on its retry: flaky, a failure', { a: 'expected', b: 'flaky' }, [], { passed: 1, failed: 1, unlisted: ['sidebar.spec.ts › late pages › b'] }],
    ['…unless listed with its cause', { a: 'expected', b: 'flaky' }, [{ test: 'sidebar.spec.ts › late pages › b', cause: 'the page renders on a timer' }], { passed: 2, failed: 0, unlisted: [] }],
    ['…not when listed without one', { a: 'expected', b: 'flaky' }, [{ test: 'sidebar.spec.ts › late pages › b', cause: ' ' }], { passed: 1, failed: 1, unlisted: ['sidebar.spec.ts › late pages › b'] }],
  ] as const)('Playwright: %s', (_label, statuses, known, expected) => {
    expect(countPlaywright(playwrightReport(statuses), known)).toMatchObject(expected);
  });

  it('Vitest (the Firefox suite): a test its reporter names as flaky fails the run', () => {
    const report = { numPassedTests: 9, numFailedTests: 0 };
    expect(countVitest(report, [], [])).toMatchObject({ passed: 9, failed: 0 });
    expect(countVitest(report, ['tests/firefox/sidebar.test.ts › pushState'], [])).toMatchObject({ passed: 8, failed: 1 });
    expect(countVitest(report, ['tests/firefox/sidebar.test.ts › pushState'], [{ test: 'tests/firefox/sidebar.test.ts › pushState', cause: 'known' }])).toMatchObject({ passed: 9, failed: 0 });
  });

  it('the list of known flakes is empty: a flaky test is fixed, not listed', () => {
    expect(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'known-flakes.json'), 'utf8'))).toEqual([]);
  });
});
