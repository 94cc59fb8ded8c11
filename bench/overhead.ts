/**
 * Section 1, function overhead.
 *
 * FCFCONV over 1,000,000 elements through `excelCall` (the entry point the custom functions
 * call: Excel's 2-D arrays in, validation of every cell, the core, Excel values out) against a
 * bare loop over Float64Arrays computing the same numbers: the physical limit. Both run in this
 * process, interleaved; the figure is the median of the per-repetition ratios. Two shapes: a
 * 1,000 x 1,000 block (the budget) and a 1,000,000-row column (a whole-column screen: one row
 * array per cell, reported without a budget).
 *
 * Where the time goes is reported too: the core alone (`def.run`), the core behind the error
 * boundary (`invokeFunction`), and the full entry point, each against the same bare loop; and a
 * floor: the same rows written by hand the way Excel takes them back (`excelRowsLoop`).
 *
 * DEPCLIFF and GROSSMARGINGAP calls per second through `excelCall` on realistic series (5 to 50
 * periods, one row each, as a formula over a row of a model passes them).
 */
import "./lib/customFunctions";
import { errorCodeOf } from "./lib/customFunctions";
import { excelCall } from "../src/functions/excelCall";
import { invokeFunction } from "../src/core/framework/invoke";
import { findFunction } from "../src/core/registry";
import type { FunctionDefinition } from "../src/core/framework/definition";
import type { BudgetCheck, Figure, Mode, SectionResult } from "./lib/report";
import { median, max, min, pairRatios, prng, sig, grouped, round } from "./lib/stats";
import { callsPerSecond, interleave } from "./lib/timing";

/** The entry point on the 1,000 x 1,000 block, at most this many times the bare loop. */
export const OVERHEAD_BUDGET = 20;

interface Inputs {
  rows: number;
  cols: number;
  ocf: number[][];
  capex: number[][];
  netIncome: number[][];
  fOcf: Float64Array;
  fCapex: Float64Array;
  fNetIncome: Float64Array;
}

/** Realistic magnitudes (USD millions), capex negative as filings print it, 1% loss-makers (#N/A). */
function makeInputs(rows: number, cols: number, seed: number): Inputs {
  const rnd = prng(seed);
  const n = rows * cols;
  const fOcf = new Float64Array(n);
  const fCapex = new Float64Array(n);
  const fNetIncome = new Float64Array(n);
  const ocf: number[][] = [];
  const capex: number[][] = [];
  const netIncome: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const o: number[] = [];
    const c: number[] = [];
    const ni: number[] = [];
    for (let k = 0; k < cols; k++) {
      const i = r * cols + k;
      fOcf[i] = Math.round(500 + rnd() * 150000);
      fCapex[i] = -Math.round(rnd() * 70000);
      fNetIncome[i] = rnd() < 0.01 ? -Math.round(rnd() * 5000) : Math.round(200 + rnd() * 110000);
      o.push(fOcf[i]);
      c.push(fCapex[i]);
      ni.push(fNetIncome[i]);
    }
    ocf.push(o);
    capex.push(c);
    netIncome.push(ni);
  }
  return { rows, cols, ocf, capex, netIncome, fOcf, fCapex, fNetIncome };
}

/** The physical limit: the same arithmetic over typed arrays, NaN where net income <= 0. */
function bareLoop(inp: Inputs, out: Float64Array): Float64Array {
  const { fOcf, fCapex, fNetIncome } = inp;
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const ni = fNetIncome[i];
    out[i] = ni > 0 ? (fOcf[i] - Math.abs(fCapex[i])) / ni : Number.NaN;
  }
  return out;
}

/**
 * The least any code pays to answer Excel: the same arithmetic over the same `number[][]` blocks,
 * no validation, written straight into the row arrays Excel takes back (numbers, and an
 * `#N/A` CustomFunctions.Error where net income <= 0). A row holding an error object holds its
 * numbers boxed, one heap object each, which the garbage collector then copies: most of this
 * variant's time, and a floor under the entry point's.
 */
function excelRowsLoop(inp: Inputs): unknown[][] {
  const result: unknown[][] = [];
  for (let r = 0; r < inp.rows; r++) result.push(excelRow(inp.ocf[r], inp.capex[r], inp.netIncome[r]));
  return result;
}

function excelRow(ocf: readonly number[], capex: readonly number[], netIncome: readonly number[]): unknown[] {
  const row = new Array<unknown>(ocf.length);
  for (let k = 0; k < ocf.length; k++) {
    const ni = netIncome[k];
    row[k] = ni > 0 ? (ocf[k] - Math.abs(capex[k])) / ni : new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "net income is not positive");
  }
  return row;
}

/** Every cell of the entry point's result equals the bare loop's (numbers exactly, #N/A for NaN). */
function checkSame(result: unknown[][], bare: Float64Array, inp: Inputs): number {
  if (result.length !== inp.rows) throw new Error(`FCFCONV returned ${result.length} rows, expected ${inp.rows}`);
  let errors = 0;
  for (let r = 0; r < inp.rows; r++) {
    const row = result[r];
    if (row.length !== inp.cols) throw new Error(`FCFCONV row ${r} has ${row.length} cells, expected ${inp.cols}`);
    for (let k = 0; k < inp.cols; k++) {
      const want = bare[r * inp.cols + k];
      const got = row[k];
      if (Number.isNaN(want)) {
        if (errorCodeOf(got) !== "#N/A") throw new Error(`cell ${r},${k}: expected #N/A, got ${String(got)}`);
        errors++;
      } else if (got !== want) {
        throw new Error(`cell ${r},${k}: entry point gave ${String(got)}, bare loop ${want}`);
      }
    }
  }
  return errors;
}

interface ShapeRun {
  label: string;
  ratio: number;
  coreRatio: number;
  invokeRatio: number;
  floorRatio: number;
  /** The entry point against the floor (`excelRowsLoop`), per repetition. */
  overFloor: number;
  bareMs: number;
  entryMs: number;
  /** Shares of the entry point's time: the core, invokeFunction's error boundary, excelCall's conversions. */
  split: string;
  spread: string;
  naCells: number;
}

function runShape(def: FunctionDefinition, rows: number, cols: number, reps: number, warmup: number, seed: number): ShapeRun {
  const inp = makeInputs(rows, cols, seed);
  const out = new Float64Array(rows * cols);
  const args: unknown[] = [inp.ocf, inp.capex, inp.netIncome, null];
  const naCells = checkSame(excelCall("FCFCONV", args), bareLoop(inp, out), inp);
  checkSame(excelRowsLoop(inp), bareLoop(inp, out), inp);
  const s = interleave(
    [
      { name: "bare", run: () => bareLoop(inp, out), inner: 10 },
      { name: "core", run: () => def.run([inp.ocf, inp.capex, inp.netIncome, null]) },
      { name: "invoke", run: () => invokeFunction(def, [inp.ocf, inp.capex, inp.netIncome, null]) },
      { name: "entry", run: () => excelCall("FCFCONV", args) },
      { name: "floor", run: () => excelRowsLoop(inp) },
    ],
    { reps, warmup },
  );
  const ratios = pairRatios(s.entry, s.bare);
  const [core, invoke, entry] = [median(s.core), median(s.invoke), median(s.entry)];
  const pct = (x: number) => `${Math.round((100 * Math.max(0, x)) / entry)}%`;
  return {
    label: `${grouped(rows)} x ${grouped(cols)}`,
    ratio: median(ratios),
    coreRatio: median(pairRatios(s.core, s.bare)),
    invokeRatio: median(pairRatios(s.invoke, s.bare)),
    floorRatio: median(pairRatios(s.floor, s.bare)),
    overFloor: median(pairRatios(s.entry, s.floor)),
    bareMs: median(s.bare),
    entryMs: median(s.entry),
    split: `${pct(core)} core / ${pct(invoke - core)} invokeFunction / ${pct(entry - invoke)} excelCall`,
    spread: `${sig(min(ratios))}-${sig(max(ratios))}`,
    naCells,
  };
}

/** `count` series of `periods` periods (or a length cycling through 5..50 when periods is 0), as 1-row blocks. */
function makeSeries(count: number, periods: number, seed: number) {
  const rnd = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const n = periods > 0 ? periods : 5 + (i % 46);
    let revenue = 1000 + rnd() * 100000;
    const rev: number[] = [];
    const cost: number[] = [];
    const capex: number[] = [];
    for (let k = 0; k < n; k++) {
      revenue *= 1 + (rnd() * 0.5 - 0.05);
      rev.push(revenue);
      cost.push(-revenue * (0.3 + rnd() * 0.4));
      capex.push(-revenue * (0.05 + rnd() * 0.25));
    }
    return { rev: [rev], cost: [cost], capex: [capex], bookLife: 6, economicLife: 3 };
  });
}

export async function runOverhead(mode: Mode): Promise<SectionResult> {
  const t0 = Date.now();
  const def = findFunction("FCFCONV");
  if (!def) throw new Error("FCFCONV is not in the registry");
  const figures: Figure[] = [];
  const budgets: BudgetCheck[] = [];
  const notes: string[] = [];

  const shapes: Array<[number, number]> = mode.smoke ? [[10, 10], [100, 1]] : [[1000, 1000], [1_000_000, 1]];
  const reps = mode.smoke ? 3 : 15;
  const warmup = mode.smoke ? 1 : 3;
  shapes.forEach(([rows, cols], i) => {
    const r = runShape(def, rows, cols, reps, warmup, 42 + i);
    const how = `median of ${reps} interleaved pairs (range ${r.spread}); ${r.naCells} #N/A cells checked`;
    figures.push({ metric: `FCFCONV ${r.label}: entry point / bare loop`, value: round(r.ratio), unit: "x", detail: how });
    figures.push({ metric: `FCFCONV ${r.label}: core only (def.run) / bare`, value: round(r.coreRatio), unit: "x" });
    figures.push({ metric: `FCFCONV ${r.label}: invokeFunction / bare`, value: round(r.invokeRatio), unit: "x" });
    figures.push({
      metric: `FCFCONV ${r.label}: Excel's row arrays written by hand (the floor) / bare`,
      value: round(r.floorRatio),
      unit: "x",
      detail: "same numbers and #N/A cells, no validation, no framework",
    });
    figures.push({ metric: `FCFCONV ${r.label}: entry point / the floor`, value: round(r.overFloor), unit: "x" });
    figures.push({ metric: `FCFCONV ${r.label}: where the entry point's time goes`, value: r.split, unit: "", detail: "from the medians: def.run; invokeFunction's error boundary; excelCall's scans of the inputs and the result" });
    figures.push({ metric: `FCFCONV ${r.label}: bare loop time`, value: round(r.bareMs), unit: "ms", detail: "mean of 10 runs per sample" });
    figures.push({ metric: `FCFCONV ${r.label}: entry point time`, value: round(r.entryMs), unit: "ms" });
    if (i === 0) {
      budgets.push({
        metric: `FCFCONV ${r.label} entry point vs bare loop`,
        limit: `<= ${OVERHEAD_BUDGET}x`,
        measured: `${sig(r.ratio)}x`,
        pass: mode.smoke ? null : r.ratio <= OVERHEAD_BUDGET,
      });
    }
  });

  // Calls per second on realistic series, one group per length, rates interleaved across the group.
  const count = mode.smoke ? 20 : 2000;
  const minMs = mode.smoke ? 5 : 300;
  const rateReps = mode.smoke ? 2 : 7;
  const lengths: Array<[string, number]> = [
    ["5 periods", 5],
    ["50 periods", 50],
    ["5-50 periods mixed", 0],
  ];
  for (const [label, periods] of lengths) {
    const series = makeSeries(count, periods, 7 + periods);
    const dep = (i: number) => excelCall("DEPCLIFF", [series[i].capex, series[i].bookLife, series[i].economicLife, null]);
    const gmg = (i: number) => excelCall("GROSSMARGINGAP", [series[i].rev, series[i].cost, null, null, null]);
    for (const call of [dep, gmg]) {
      const v = call(0)[0][0];
      if (typeof v !== "number") throw new Error(`${label}: expected a number, got ${String(v)}`);
    }
    const depRates: number[] = [];
    const gmgRates: number[] = [];
    for (let r = 0; r < rateReps; r++) {
      // Alternate which goes first.
      if (r % 2 === 0) {
        depRates.push(callsPerSecond(dep, count, minMs));
        gmgRates.push(callsPerSecond(gmg, count, minMs));
      } else {
        gmgRates.push(callsPerSecond(gmg, count, minMs));
        depRates.push(callsPerSecond(dep, count, minMs));
      }
    }
    const how = `median of ${rateReps} runs of >= ${minMs} ms over ${grouped(count)} distinct series`;
    figures.push({ metric: `DEPCLIFF calls/s, ${label}`, value: Math.round(median(depRates)), unit: "calls/s", detail: how });
    figures.push({ metric: `GROSSMARGINGAP calls/s, ${label}`, value: Math.round(median(gmgRates)), unit: "calls/s", detail: how });
  }
  notes.push(
    "Bare loop: Float64Array inputs already in memory, (CFO - |capex|) / NI, NaN where NI <= 0. " +
      "Entry point: excelCall('FCFCONV', [ocf, capex, ni, null]) on number[][] blocks, result checked cell by cell against the bare loop.",
  );
  return { id: "overhead", title: "Function overhead", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
}
