#!/usr/bin/env node
// `npx aiflag report ...`: runs the CLI from its TypeScript source through tsx, so the report
// always uses the same calc core as the add-in, with no separate build to go stale.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`aiflag: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
