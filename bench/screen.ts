/**
 * Section 6, the market screen (`aiflag screen`): SEC's whole companyfacts archive on one machine.
 *
 * SEC's archive (companyfacts.zip, about 19,000 companies) cannot be fetched here, so the section
 * builds synthetic ones from real companyfacts (bench/lib/screenArchive.ts: sizes mixed like the
 * population, each copy under its own CIK and name). Every run is a child process of its own
 * (bench/lib/screenChild.ts), so that its peak resident memory is its own:
 *
 * - speed-up: the same archive with one worker and with two, interleaved, the ratio taken within
 *   each repetition; the outputs' digests must be equal (the same bytes whatever the workers);
 * - where to inflate: entries inflated in the worker (their deflated bytes cross) or on the main
 *   thread (yauzl's inflating stream), interleaved, two workers;
 * - scale: two archives, one four times the other, two workers: companies and MB of JSON a second,
 *   peak RSS (the same for both: memory does not grow with the archive), where the time goes.
 *
 * Budgets: 19,000 companies in <= 5 minutes (extrapolated from the larger archive's rate), peak
 * memory <= 1 GB at both sizes, two workers >= 1.7 times one.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ChildResult } from "./lib/screenChild";
import type { BudgetCheck, Figure, Mode, SectionResult } from "./lib/report";
import { buildArchive, MIX, syntheticEntry, templates, type BuiltArchive } from "./lib/screenArchive";
import { grouped, max, median, min, pairRatios, round, sig } from "./lib/stats";
import { interleave } from "./lib/timing";
import { resolveAnnualOnly } from "./lib/annualOnly";
import { skimCompanyFacts } from "../src/cli/screen/skim";
import { parseCompanyFactsText, readCompanyFacts } from "../src/sources/sec";

export const SEC_COMPANIES = 19_000;
export const TIME_BUDGET_S = 300;
export const MEMORY_BUDGET_BYTES = 1024 ** 3;
export const SPEEDUP_BUDGET = 1.7;

const CHILD = resolve(__dirname, "lib/screenChild.ts");
const CPU_LOOP = resolve(__dirname, "lib/cpuLoop.js");

/** Milliseconds the control loop takes on `threads` threads (bench/lib/cpuLoop.js). */
function runLoop(threads: number, iterations: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CPU_LOOP, String(threads), String(iterations)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done(Number(out)) : fail(new Error(`cpuLoop exited ${code}`))));
  });
}
const MB = 1024 * 1024;

function runChild(archive: string, jobs: number, inflateIn: "worker" | "main"): Promise<ChildResult & { load: [number, number] }> {
  const loadBefore = loadavg()[0];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, archive, String(jobs), inflateIn], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) fail(new Error(`screen child exited ${code}: ${err}`));
      else done({ ...(JSON.parse(out) as ChildResult), load: [loadBefore, loadavg()[0]] });
    });
  });
}

/** Runs of each variant, interleaved: repetition r starts with variant r mod n. */
async function interleaved<K extends string, R>(variants: Record<K, () => Promise<R>>, reps: number): Promise<Record<K, R[]>> {
  const names = Object.keys(variants) as K[];
  const out = Object.fromEntries(names.map((n) => [n, [] as R[]])) as Record<K, R[]>;
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(r + i) % names.length];
      out[name].push(await variants[name]());
    }
  }
  return out;
}

const perSecond = (r: ChildResult) => r.companies / r.seconds;
const jsonRate = (r: ChildResult) => r.jsonBytes / MB / r.seconds;
const loads = (runs: ReadonlyArray<{ load: [number, number] }>) => {
  const all = runs.flatMap((r) => r.load);
  return `load average ${sig(min(all), 2)}-${sig(max(all), 2)}`;
};

function shares(r: ChildResult): string {
  const total = r.times.inflate + r.times.parse + r.times.normalise + r.times.compute;
  const pct = (x: number) => `${Math.round((100 * x) / total)}%`;
  return `inflate ${pct(r.times.inflate)}, parse ${pct(r.times.parse)}, normalise ${pct(r.times.normalise)}, compute ${pct(r.times.compute)}`;
}

export async function runScreenBench(mode: Mode): Promise<SectionResult> {
  const t0 = Date.now();
  const figures: Figure[] = [];
  const budgets: BudgetCheck[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "aiflag-bench-screen-"));
  try {
    const t = templates();
    const sizes = mode.smoke ? { speed: 4, small: 4, large: 16 } : { speed: 300, small: 750, large: 3000 };
    const reps = mode.smoke ? 1 : 3;
    notes.push(
      `Archives built from the trimmed fixtures of test/fixtures/sec and, for the full-size entries, ${t.fullFrom}. ` +
        `Mix per 20 entries: ${(["small", "medium", "full"] as const).map((s) => `${MIX.filter((m) => m === s).length} ${s}`).join(", ")} (bench/lib/screenArchive.ts).`,
    );
    const build = async (n: number): Promise<BuiltArchive> => buildArchive(join(dir, `companyfacts-${n}.zip`), n, t);
    const speed = await build(sizes.speed);
    const small = await build(sizes.small);
    const large = await build(sizes.large);
    const mbPer = (a: BuiltArchive) => a.jsonBytes / MB / a.companies;
    figures.push({ metric: "archives: companies; JSON", value: `${grouped(small.companies)}; ${grouped(large.companies)}`, unit: "", detail: `${sig(small.jsonBytes / MB)} MB and ${sig(large.jsonBytes / MB)} MB of JSON, ${sig(mbPer(large))} MB an entry` });

    // 1. One worker against two, and the control: the machine's own speed-up at the same moments.
    type Run = ChildResult & { load: [number, number] };
    const loopIterations = mode.smoke ? 2e7 : 4e8;
    const byJobs = await interleaved<"one" | "two" | "loopOne" | "loopTwo", Run | number>(
      {
        one: () => runChild(speed.path, 1, "worker"),
        two: () => runChild(speed.path, 2, "worker"),
        loopOne: () => runLoop(1, loopIterations),
        loopTwo: () => runLoop(2, loopIterations),
      },
      reps,
    );
    const [one, two] = [byJobs.one as Run[], byJobs.two as Run[]];
    const speedups = one.map((r, i) => r.seconds / two[i].seconds);
    const control = (byJobs.loopOne as number[]).map((ms, i) => ms / (byJobs.loopTwo as number[])[i]);
    const digests = new Set([...one, ...two].map((r) => r.digest));
    if (digests.size !== 1) throw new Error(`the screen's output differs between runs (${digests.size} digests for the same archive)`);
    const speedup = median(speedups);
    const cpuRatio = median(two.map((r, i) => r.cpuSeconds / one[i].cpuSeconds));
    figures.push({
      metric: `speed-up, 2 workers over 1 (${grouped(speed.companies)} companies)`,
      value: round(speedup),
      unit: "x",
      detail: `median of ${reps}, range ${sig(min(speedups))}-${sig(max(speedups))}; ${sig(median(one.map(perSecond)))} and ${sig(median(two.map(perSecond)))} companies/s; ${loads([...one, ...two])}; same output bytes in every run`,
    });
    figures.push({
      metric: "control: a plain loop on 2 threads over 1, same moments",
      value: round(median(control)),
      unit: "x",
      detail: `range ${sig(min(control))}-${sig(max(control))}: what the machine gave two threads then (2 on an idle 2-core machine)`,
    });
    figures.push({
      metric: "CPU time, 2 workers / 1 worker (same archive)",
      value: round(cpuRatio),
      unit: "x",
      detail: `the work two workers add (1 = none); main thread busy ${Math.round(100 * median(one.map((r) => r.mainBusy)))}% with one worker`,
    });
    budgets.push({ metric: "two workers over one", limit: `>= ${SPEEDUP_BUDGET}x`, measured: `${sig(speedup)}x (control ${sig(median(control))}x)`, pass: mode.smoke ? null : speedup >= SPEEDUP_BUDGET });

    // 2. Where to inflate.
    const byInflate = await interleaved({ worker: () => runChild(speed.path, 2, "worker"), main: () => runChild(speed.path, 2, "main") }, mode.smoke ? 1 : 2);
    const inflateRatios = byInflate.main.map((r, i) => r.seconds / byInflate.worker[i].seconds);
    figures.push({
      metric: "inflate on the main thread / in the worker (time)",
      value: round(median(inflateRatios)),
      unit: "x",
      detail: `range ${sig(min(inflateRatios))}-${sig(max(inflateRatios))}; main thread busy ${Math.round(100 * median(byInflate.main.map((r) => r.mainBusy)))}% against ${Math.round(100 * median(byInflate.worker.map((r) => r.mainBusy)))}%`,
    });

    // 3. In this process, on one run of 20 entries (the mix), interleaved: the skim against the
    // whole parse, and the whole read against fiscal years alone.
    const texts = Array.from({ length: MIX.length }, (_, i) => syntheticEntry(t, i).text);
    const docs = texts.map((text) => skimCompanyFacts(text)!);
    const readTimes = interleave(
      [
        { name: "parse", run: () => texts.map((text) => parseCompanyFactsText(text)) },
        { name: "skim", run: () => texts.map((text) => skimCompanyFacts(text)) },
        { name: "whole", run: () => docs.map((d) => readCompanyFacts(d)) },
        { name: "annual", run: () => docs.map((d) => resolveAnnualOnly(d)) },
      ],
      { reps: mode.smoke ? 2 : 15, warmup: mode.smoke ? 1 : 3 },
    );
    const skimShare = median(pairRatios(readTimes.skim, readTimes.parse));
    figures.push({
      metric: "parse: skim / whole JSON.parse (parseCompanyFactsText)",
      value: round(skimShare),
      unit: "x",
      detail: `median of ${readTimes.parse.length} interleaved runs over the 20 entries of the mix (${sig(median(readTimes.parse))} ms whole)`,
    });
    const annualShare = median(pairRatios(readTimes.annual, readTimes.whole));
    figures.push({
      metric: "normalise: fiscal years alone / readCompanyFacts (whole read)",
      value: round(annualShare),
      unit: "x",
      detail: `median of ${readTimes.whole.length} interleaved runs over the 20 entries of the mix; the rest is quarters and trailing twelve months, which the screen does not use`,
    });

    // 4. Scale: two sizes, two workers.
    const runs = [await runChild(small.path, 2, "worker"), await runChild(large.path, 2, "worker")];
    for (const [a, r] of [small, large].map((a, i) => [a, runs[i]] as const)) {
      figures.push({
        metric: `${grouped(a.companies)} companies, 2 workers: companies/s; MB/s of JSON`,
        value: `${sig(perSecond(r))}; ${sig(jsonRate(r))}`,
        unit: "",
        detail: `${sig(r.seconds)} s; CPU ${sig((1000 * r.cpuSeconds) / r.companies)} ms a company; load average ${sig(r.load[0], 2)} to ${sig(r.load[1], 2)}`,
      });
      figures.push({ metric: `${grouped(a.companies)} companies: peak memory (RSS)`, value: round(r.peakRssBytes / MB), unit: "MB", detail: "whole process, every thread" });
    }
    const big = runs[1];
    figures.push({ metric: "where the workers' time goes", value: shares(big), unit: "", detail: `main thread busy ${Math.round(100 * big.mainBusy)}% (reading the zip, merging); report and JSON output ${sig(big.outputSeconds)} s` });
    const extrapolated = SEC_COMPANIES / perSecond(big);
    const idle = (SEC_COMPANIES * big.cpuSeconds) / big.companies / 2;
    figures.push({
      metric: `${grouped(SEC_COMPANIES)} companies, extrapolated`,
      value: round(extrapolated),
      unit: "s",
      detail: `${grouped(SEC_COMPANIES)} / the ${grouped(large.companies)}-company rate, as measured on the shared machine; ${sig(idle)} s from the CPU time it took, spread over 2 idle cores`,
    });
    budgets.push({ metric: `${grouped(SEC_COMPANIES)} companies (extrapolated)`, limit: `<= ${TIME_BUDGET_S} s`, measured: `${sig(extrapolated)} s`, pass: mode.smoke ? null : extrapolated <= TIME_BUDGET_S });
    const peak = Math.max(...runs.map((r) => r.peakRssBytes));
    budgets.push({
      metric: "peak memory, both archive sizes",
      limit: `<= ${MEMORY_BUDGET_BYTES / MB} MB`,
      measured: `${sig(runs[0].peakRssBytes / MB)} and ${sig(runs[1].peakRssBytes / MB)} MB`,
      pass: mode.smoke ? null : peak <= MEMORY_BUDGET_BYTES,
    });
    if (mode.smoke) notes.push("Smoke: tiny archives, one repetition; budgets are not checked.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { id: "screen", title: "Market screen", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
}
