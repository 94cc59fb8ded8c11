/**
 * Ends every jest run with one plain line, "jest: N passed, N failed, N skipped", the form CI
 * reads to count tests (jest's own summary says "N total" instead of the failures). Before it,
 * one line per skipped suite saying why ("jest: skipped test/e2e/browser.test.ts: ..."), from the
 * reasons the suites declare (skipNotice.js): jest itself swallows them when several files run.
 */
const { relative } = require("node:path");
const { skipReasons } = require("./skipNotice");

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = (globalConfig && globalConfig.rootDir) || process.cwd();
    this.skipped = [];
  }

  onTestResult(_test, testResult) {
    const file = relative(this.rootDir, testResult.testFilePath);
    for (const reason of skipReasons(testResult)) this.skipped.push(`jest: skipped ${file}: ${reason}\n`);
  }

  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    for (const line of this.skipped) process.stdout.write(line);
    process.stdout.write(`jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
