/**
 * `aiflag screen <companyfacts.zip | FOLDER>`: every company's flags, ranked by SCORE. Exit codes:
 * 0 done, 1 bad input (a missing path, not a zip, an empty archive, a bad --ciks file), 2 bad
 * command line, 130 interrupted (Ctrl-C: nothing is left half-written).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Assumptions } from "../../analysis";
import { buildScreenReport, type ScreenReport } from "../../screen";
import { InputError } from "../../sources/csv";
import { MAX_COMPANYFACTS_BYTES } from "../../sources/sec";
import { ECONOMIC_LIFE_ESTIMATE } from "../../templates/lives";
import type { Io } from "../io";
import { writeAtomically } from "../output/atomicWrite";
import { progressLine, type Progress } from "../output/progress";
import { parseScreenArgs, SCREEN_USAGE, type ScreenArgs } from "./args";
import { asCsv, asJson, asTable, countsLine } from "./format";
import { screenArchive, type RunStats } from "./run";
import { writeScreenWorkbook } from "./xlsx";

/** The CIKs of a --ciks file: one a line, digits or "CIK" and digits; blank lines and "#" comments skipped. */
export function readCikList(file: string, text: string): number[] {
  const ciks: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") return;
    const m = /^(?:CIK)?(\d{1,10})$/i.exec(line);
    if (!m) throw new InputError(file, `"${line}" is not a CIK (digits, such as 789019 or CIK0000789019)`, i + 1);
    ciks.push(Number(m[1]));
  });
  if (ciks.length === 0) throw new InputError(file, "lists no CIK");
  return ciks;
}

function loadCiks(args: ScreenArgs, io: Io): number[] | undefined {
  if (args.ciksFile === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, args.ciksFile), "utf8");
  } catch (error) {
    throw new InputError(args.ciksFile, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readCikList(args.ciksFile, text);
}

/**
 * Economic life: the analysis's estimate unless given. Book life and cost of capital: only when
 * given. A screen cannot read each company's disclosed server life (it is in the 10-K's words, not
 * in companyfacts) nor its cost of capital (no filing states one), and one figure for every
 * company would be invented for most of them.
 */
export function screenAssumptions(args: Pick<ScreenArgs, "bookLife" | "economicLife" | "wacc">): Assumptions {
  return {
    economic_life: args.economicLife ?? ECONOMIC_LIFE_ESTIMATE,
    ...(args.bookLife === undefined ? {} : { book_life: args.bookLife }),
    ...(args.wacc === undefined ? {} : { wacc: args.wacc }),
  };
}

function render(report: ScreenReport, format: ScreenArgs["format"]): string {
  return format === "json" ? asJson(report) : format === "csv" ? asCsv(report) : asTable(report);
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576).toLocaleString("en-US")} MB`;

export function summaryLine(report: ScreenReport, stats: RunStats): string {
  const rate = stats.seconds > 0 ? report.counts.read / stats.seconds : 0;
  const jsonRate = stats.seconds > 0 ? stats.times.jsonBytes / 1048576 / stats.seconds : 0;
  return (
    `aiflag screen: ${countsLine(report).replace(/^Companies: /, "").replace(/\.$/, "")}. ` +
    `${stats.seconds.toFixed(1)} s, ${rate.toFixed(1)} companies/s, ${jsonRate.toFixed(1)} MB/s of JSON (${mb(stats.times.jsonBytes)}); ` +
    `peak memory ${mb(stats.peakRssBytes)} (RSS); ${stats.jobs} worker${stats.jobs === 1 ? "" : "s"}.\n`
  );
}

export async function runScreen(argv: readonly string[], io: Io): Promise<number> {
  const args = parseScreenArgs(argv);
  if (args.help) {
    io.stdout.write(SCREEN_USAGE);
    return 0;
  }
  const input = args.input!;
  const ciks = loadCiks(args, io);
  const assumptions = screenAssumptions(args);
  const temps = new Set<string>();
  let stop: (() => Promise<void>) | undefined;
  const onInterrupt = () => {
    // Nothing half-written: the outputs only ever exist as temporary files until renamed whole.
    for (const t of temps) rmSync(t, { force: true });
    io.stderr.write("\naiflag screen: interrupted; nothing was written.\n");
    void (stop?.() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", onInterrupt);
  try {
    let progress: Progress | undefined;
    const result = await screenArchive({
      path: resolve(io.cwd, input),
      display: input,
      jobs: args.jobs,
      settings: {
        ...(args.fiscalYear === undefined ? {} : { fiscalYear: args.fiscalYear }),
        assumptions,
        ...(ciks ? { ciks } : {}),
        maxBytes: MAX_COMPANYFACTS_BYTES,
      },
      onStart: (s) => (stop = s),
      onProgress: (_done, total) => {
        progress ??= progressLine(io.stderr, total, "companies", { verb: "screened", rate: true, always: args.progress });
        progress.tick();
      },
    });
    progress?.done();
    if (result.read === 0) throw new InputError(input, ciks ? "holds none of the CIKs --ciks lists" : "holds no companyfacts entries");
    const report = buildScreenReport({
      settings: {
        source: input,
        ...(args.fiscalYear === undefined ? {} : { fiscalYear: args.fiscalYear }),
        assumptions,
        ...(args.minRevenue === undefined ? {} : { minRevenue: args.minRevenue }),
        ...(args.top === undefined ? {} : { top: args.top }),
        ...(ciks ? { cikList: ciks.length } : {}),
      },
      screened: result.screened,
      skipped: result.skipped,
      read: result.read,
      notInCikList: result.notInCikList,
    });
    const track = (write: (temp: string) => Promise<void> | void) => async (temp: string) => {
      temps.add(temp);
      await write(temp);
    };
    if (args.xlsx) await writeAtomically(resolve(io.cwd, args.xlsx), track((temp) => writeScreenWorkbook(temp, report)));
    const text = render(report, args.format);
    if (args.out) await writeAtomically(resolve(io.cwd, args.out), track((temp) => writeFileSync(temp, text)));
    else io.stdout.write(text);
    io.stderr.write(summaryLine(report, result.stats));
    return 0;
  } finally {
    process.removeListener("SIGINT", onInterrupt);
  }
}

export { SCREEN_USAGE };
