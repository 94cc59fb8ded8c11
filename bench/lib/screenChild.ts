/**
 * One screen of an archive in a process of its own, so that its peak resident memory is its own:
 * `node --import tsx bench/lib/screenChild.ts ARCHIVE JOBS worker|main`. Prints one line of JSON:
 * the run's statistics, the main thread's busy share, and a digest of the JSON output (the same
 * archive must give the same output whatever the number of workers).
 */
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { asJson } from "../../src/cli/screen/format";
import { peakRss, screenArchive } from "../../src/cli/screen/run";
import { screenAssumptions } from "../../src/cli/screen/command";
import { buildScreenReport } from "../../src/screen";
import { MAX_COMPANYFACTS_BYTES } from "../../src/sources/sec";

export interface ChildResult {
  seconds: number;
  companies: number;
  screened: number;
  jsonBytes: number;
  times: { inflate: number; parse: number; normalise: number; compute: number };
  /** Share of the run the main thread's event loop was busy (reading the zip, merging). */
  mainBusy: number;
  /** Building the report and its JSON after the workers are done, in seconds. */
  outputSeconds: number;
  peakRssBytes: number;
  /** CPU time of the whole process (every thread, user and system), in seconds. */
  cpuSeconds: number;
  digest: string;
}

async function main(): Promise<void> {
  const [path, jobs, inflateIn] = process.argv.slice(2);
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const assumptions = screenAssumptions({});
  const result = await screenArchive({
    path,
    display: "archive.zip",
    jobs: Number(jobs),
    inflateIn: inflateIn === "main" ? "main" : "worker",
    settings: { assumptions, maxBytes: MAX_COMPANYFACTS_BYTES },
  });
  const busy = performance.eventLoopUtilization(elu).utilization;
  const t0 = performance.now();
  const report = buildScreenReport({ settings: { source: "archive.zip", assumptions }, screened: result.screened, skipped: result.skipped, read: result.read, notInCikList: result.notInCikList });
  const digest = createHash("sha256").update(asJson(report)).digest("hex");
  const outputSeconds = (performance.now() - t0) / 1000;
  const { inflate, parse, normalise, compute, jsonBytes } = result.stats.times;
  const out: ChildResult = {
    seconds: result.stats.seconds + outputSeconds,
    companies: result.read,
    screened: result.screened.length,
    jsonBytes,
    times: { inflate, parse, normalise, compute },
    mainBusy: busy,
    outputSeconds,
    peakRssBytes: peakRss(),
    cpuSeconds: (() => {
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1e6;
    })(),
    digest,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
