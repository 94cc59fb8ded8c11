/**
 * The summary reporter (test/summaryReporter.js): the closing count CI reads, and before it the
 * reason of every skipped suite. Jest swallows the console output of a test file whose tests are
 * all skipped when several files run, so a skip said only with console.warn never reaches the
 * output; the reason declared with `skipBecause` (test/helpers/skip.ts) does, through the reporter.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { SKIP_PREFIX, skipReasons } from "../skipNotice";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SummaryReporter = require("../summaryReporter") as new (config: { rootDir: string }) => {
  onTestResult(test: unknown, result: unknown): void;
  onRunComplete(contexts: unknown, results: unknown): void;
};

const ROOT = resolve(__dirname, "../..");
const JEST = resolve(ROOT, "node_modules/jest/bin/jest.js");

function captureStdout(run: () => void): string {
  const chunks: string[] = [];
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    write.mockRestore();
  }
  return chunks.join("");
}

const skippedFile = (title: string) => ({
  testFilePath: resolve(ROOT, "test/e2e/browser.test.ts"),
  testResults: [
    { status: "pending", title },
    { status: "pending", title: "an ordinary skipped test" },
  ],
});

test("skipReasons: the titles of skipped tests that start with the prefix, without it", () => {
  expect(skipReasons(skippedFile(`${SKIP_PREFIX}no Chromium here`))).toEqual(["no Chromium here"]);
  expect(skipReasons({ testResults: [{ status: "passed", title: `${SKIP_PREFIX}ran after all` }] })).toEqual([]);
  expect(skipReasons({})).toEqual([]);
});

test("prints each skip reason with its file, then the closing count as the last line", () => {
  const reporter = new SummaryReporter({ rootDir: ROOT });
  const out = captureStdout(() => {
    reporter.onTestResult({}, skippedFile(`${SKIP_PREFIX}no Chromium here`));
    reporter.onTestResult({}, { testFilePath: resolve(ROOT, "test/host/retry.test.ts"), testResults: [{ status: "passed", title: "retries" }] });
    reporter.onRunComplete([], { numPassedTests: 1, numFailedTests: 0, numPendingTests: 2, numTodoTests: 0 });
  });
  expect(out).toBe("jest: skipped test/e2e/browser.test.ts: no Chromium here\njest: 1 passed, 0 failed, 2 skipped\n");
});

test("in a real jest run of several files, the skipped suite's reason reaches the output", async () => {
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((done, fail) => {
    execFile(
      process.execPath,
      [JEST, "--config", resolve(ROOT, "jest.config.js"), "--no-watchman", "--ci", "--testMatch", "**/test/reporting/fixtures/*.fixture.ts"],
      { cwd: ROOT, timeout: 60_000 },
      (error, out, err) => (error ? fail(new Error(`${error.message}\n${out}\n${err}`)) : done({ stdout: out, stderr: err })),
    );
  });
  const output = `${stdout}${stderr}`;
  expect(output).toContain(`jest: skipped ${"test/reporting/fixtures/skips.fixture.ts"}: the fixture has no browser to drive`);
  expect(stdout.trim().split("\n").pop()).toBe("jest: 1 passed, 0 failed, 2 skipped");
}, 60_000);
