// A Vitest reporter that writes the names of the tests that passed only on a retry ("flaky") to
// the file named by MAILLE_FLAKY_REPORT, for tooling/test-all.mjs: Vitest's JSON report does not
// say which tests were retried.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export default class FlakyReporter {
  flaky = [];

  onTestCaseResult(testCase) {
    if (testCase.diagnostic()?.flaky) this.flaky.push(`${relative(process.cwd(), testCase.module.moduleId)} › ${testCase.fullName}`);
  }

  onTestRunEnd() {
    if (process.env.MAILLE_FLAKY_REPORT) writeFileSync(process.env.MAILLE_FLAKY_REPORT, JSON.stringify(this.flaky, null, 2));
  }
}
