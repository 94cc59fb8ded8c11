/**
 * How a skipped suite says why, so that the reason reaches the test output. Jest swallows the
 * console output of a test file whose tests are all skipped when several files run, so a
 * `console.warn` at the top of such a file is never seen. A title is kept, though: a file that
 * skips declares one skipped test titled SKIP_PREFIX + its reason (test/helpers/skip.ts), and the
 * summary reporter (test/summaryReporter.js) prints every such reason at the end of the run.
 */
const SKIP_PREFIX = "SKIPPED because ";

/** The reasons a test file's results carry: the titles of its skipped tests that start with SKIP_PREFIX. */
function skipReasons(testResult) {
  return (testResult.testResults || []).filter((t) => t.status === "pending" && t.title.startsWith(SKIP_PREFIX)).map((t) => t.title.slice(SKIP_PREFIX.length));
}

module.exports = { SKIP_PREFIX, skipReasons };
