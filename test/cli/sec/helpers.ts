import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSec, type SecDeps } from "../../../src/cli/sec/command";
import { RateLimiter, type Clock } from "../../../src/cli/sec/rateLimiter";

/** A clock that never waits: sleeping moves time forward and is recorded. */
export function fakeClock(): Clock & { slept: number[]; time: number } {
  const clock = {
    time: 0,
    slept: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

export const USER_AGENT = "AIFLAG tests aiflag-tests@example.com";

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "aiflag-sec-"));
}

/** Runs `aiflag sec` in-process against a fixture server, capturing what it prints. */
export async function runSecCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; deps?: SecDeps } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const clock = fakeClock();
  const code = await runSec(
    argv,
    { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, cwd: options.cwd ?? process.cwd() },
    { env: options.env ?? {}, clock, limiter: new RateLimiter(10, clock), ...options.deps },
  );
  return { code, out, err };
}
