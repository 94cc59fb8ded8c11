/**
 * The screen's pipeline: the main thread walks the archive and hands each entry to the worker
 * pool, workers parse, normalise and compute, and the results are gathered (small: one row per
 * company). Results are kept by entry, never in the order workers finish, so the output is the
 * same for any number of workers.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { ScreenedCompany, Skipped } from "../../screen";
import { addTimes, NO_TIME, type JobResult, type JobSettings, type StageTimes } from "./job";
import { WorkerPool } from "./pool";
import { openSource } from "./sources";

/**
 * JSON the entries out at once may hold together: 160 MB. A worker holds about three times a
 * file's size while it parses and reads it (the text, the parsed document, the figures), so the
 * workers together stay under about 500 MB on top of the process's own 150 MB, however many
 * large files come in a row; a single file over the budget is read alone (the SEC reader refuses
 * files over 200 MB).
 */
export const IN_FLIGHT_BUDGET = 160 * 1024 * 1024;

export interface RunOptions {
  /** Absolute path of the archive or folder, and how messages name it. */
  path: string;
  display: string;
  jobs: number;
  settings: JobSettings;
  /** Where deflated entries are inflated (the benchmark compares both); the worker by default. */
  inflateIn?: "worker" | "main";
  /** JSON bytes the entries out at once may hold together (IN_FLIGHT_BUDGET by default). */
  budgetBytes?: number;
  /** Called after each entry with the count done and the expected total. */
  onProgress?(done: number, total: number): void;
  /** Receives the pool and source as soon as they exist, so that an interrupt can stop them. */
  onStart?(stop: () => Promise<void>): void;
}

export interface RunStats {
  seconds: number;
  jobs: number;
  /** Entries read (and screened or skipped); --ciks aside. */
  read: number;
  /** Stage times summed over workers (CPU time of the workers, roughly), and JSON bytes. */
  times: StageTimes;
  /** Peak resident memory of the whole process (every thread), in bytes. */
  peakRssBytes: number;
}

export interface RunResult {
  screened: ScreenedCompany[];
  skipped: Skipped[];
  read: number;
  notInCikList: number;
  stats: RunStats;
}

/**
 * Peak resident set size of this process so far, in bytes: Linux's VmHWM (the high-water mark of
 * this program's memory). Elsewhere `maxRSS`, which on Linux would not do: a process started by
 * another inherits the parent's peak at the moment it was started (getrusage keeps the larger of
 * the two across exec), so a screen started by a large process would report that process's memory.
 */
export function peakRss(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS * 1024;
}

export async function screenArchive(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const { settings } = options;
  const source = await openSource(options.path, options.display, { inflateIn: options.inflateIn ?? "worker", maxBytes: settings.maxBytes });
  const ciks = settings.ciks ? new Set(settings.ciks) : undefined;
  const total = ciks ? Math.min(source.total, ciks.size) : source.total;
  const screened: ScreenedCompany[] = [];
  const skipped: Skipped[] = [];
  let times = NO_TIME;
  let read = 0;
  let notInCikList = 0;
  let done = 0;
  const tick = () => options.onProgress?.(++done, Math.max(total, done));
  const pool = new WorkerPool({
    size: options.jobs,
    settings,
    budgetBytes: options.budgetBytes ?? IN_FLIGHT_BUDGET,
    onResult(result: JobResult) {
      times = addTimes(times, result.times);
      const { outcome } = result;
      if (outcome.kind === "screened") screened.push(outcome.company);
      else if (outcome.kind === "skipped") skipped.push(outcome.skipped);
      else {
        notInCikList++;
        read--;
      }
      tick();
    },
  });
  options.onStart?.(async () => {
    source.close();
    await pool.close();
  });
  try {
    let seq = 0;
    for await (const listed of source.entries()) {
      if (listed.kind === "skipped") {
        read++;
        skipped.push(listed.value);
        tick();
        continue;
      }
      const { entry, cik, jsonBytes, load } = listed.value;
      if (ciks && cik !== null && !ciks.has(cik)) {
        notInCikList++;
        continue;
      }
      read++;
      let jobSource;
      try {
        jobSource = await load();
      } catch (error) {
        skipped.push({ entry, cik, reason: "unreadable entry", detail: (error as Error).message });
        tick();
        continue;
      }
      await pool.submit({ seq: seq++, entry, cik, source: jobSource }, jsonBytes);
    }
    await pool.drain();
  } finally {
    source.close();
    await pool.close();
  }
  return {
    screened,
    skipped,
    read,
    notInCikList,
    stats: { seconds: (performance.now() - started) / 1000, jobs: options.jobs, read, times, peakRssBytes: peakRss() },
  };
}
