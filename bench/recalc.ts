/**
 * Section 2, recalculation: a screening sheet of 10,000 companies with three formulas each
 * (GROSSMARGINGAP over 5 periods, FCFCONV on the latest year, DEPCLIFF over 5 vintages) in the
 * headless formula engine (HyperFormula with the AIFLAG functions registered from the core,
 * src/engine), against the same three results written with native functions, in the same
 * engine configuration, in the same run:
 *
 *   gross-margin change  =(E3-ABS(J3))/E3-(A3-ABS(F3))/A3
 *   FCF conversion       =IF(M3>0,(K3-ABS(L3))/M3,NA())
 *   depreciation cliff   =SUMPRODUCT(ABS(N3:R3),IF(1-ages/S3>0,1-ages/S3,0))-SUMPRODUCT(ABS(N3:R3),IF(1-ages/T3>0,1-ages/T3,0))
 *                        with the vintages' ages in a helper row ($N$2:$R$2 = 4.5,3.5,2.5,1.5,0.5: the mid-year convention)
 *
 * Both engines use array arithmetic (`useArrayArithmetic: true`): Excel evaluates SUMPRODUCT's
 * arguments as arrays, HyperFormula only with that option (otherwise the native cliff is #VALUE!).
 *
 * Recalculation = pasting a fresh copy of every input (an edit that moves every company): one
 * `setCellContents` of the 10,000 x 20 input block, timed until the engine has recomputed every
 * dependent formula. A third engine holding the inputs only measures what the paste itself costs;
 * the evaluation-only ratio subtracts it from both sides. The three engines are timed interleaved.
 */
import { HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import { ENGINE_CONFIG } from "../src/engine/createEngine";
import { registerAiflagFunctions } from "../src/engine/plugin";
import type { BudgetCheck, Figure, Mode, SectionResult } from "./lib/report";
import { median, pairRatios, prng, sig, grouped, min, max, round } from "./lib/stats";
import { interleave, keep } from "./lib/timing";

export const RECALC_BUDGET = 1.0;
const PERIODS = 5;
/** Columns: revenue A-E, cost F-J, CFO K, capex L, net income M, capex vintages N-R, lives S-T. */
const INPUT_COLS = 4 * PERIODS;
const FIRST_ROW = 3; // row 1: labels; row 2: the ages of the vintages (the native cliff reads them)

const col = (i: number): string => String.fromCharCode(65 + i);
const span = (from: number, n: number, row: number): string => `${col(from)}${row}:${col(from + n - 1)}${row}`;

function aiflagFormulas(r: number): string[] {
  return [
    `=AIFLAG.GROSSMARGINGAP(${span(0, PERIODS, r)},${span(PERIODS, PERIODS, r)})`,
    `=AIFLAG.FCFCONV(K${r},L${r},M${r})`,
    `=AIFLAG.DEPCLIFF(${span(13, PERIODS, r)},S${r},T${r})`,
  ];
}

function nativeFormulas(r: number): string[] {
  const ages = `$N$2:$R$2`;
  const keep = (life: string) => `IF(1-${ages}/${life}>0,1-${ages}/${life},0)`;
  const capex = `ABS(${span(13, PERIODS, r)})`;
  return [
    `=(E${r}-ABS(J${r}))/E${r}-(A${r}-ABS(F${r}))/A${r}`,
    `=IF(M${r}>0,(K${r}-ABS(L${r}))/M${r},NA())`,
    `=SUMPRODUCT(${capex},${keep(`S${r}`)})-SUMPRODUCT(${capex},${keep(`T${r}`)})`,
  ];
}

/** Inputs of `n` companies; `scale` moves every amount so that a paste changes every value. */
function inputRows(n: number, seed: number, scale: number): number[][] {
  const rnd = prng(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    let revenue = 500 + rnd() * 200000;
    const rev: number[] = [];
    const cost: number[] = [];
    for (let k = 0; k < PERIODS; k++) {
      revenue *= 1 + (rnd() * 0.5 - 0.05);
      rev.push(revenue * scale);
      cost.push(revenue * (0.2 + rnd() * 0.5) * scale);
    }
    const cfo = revenue * (0.1 + rnd() * 0.4) * scale;
    const capex = -revenue * (0.02 + rnd() * 0.3) * scale;
    const netIncome = (rnd() < 0.01 ? -1 : 1) * revenue * (0.02 + rnd() * 0.3) * scale;
    const vintages = Array.from({ length: PERIODS }, () => -revenue * (0.02 + rnd() * 0.3) * scale);
    const bookLife = [4, 5, 6][Math.floor(rnd() * 3)];
    const economicLife = 2 + Math.floor(rnd() * 4);
    rows.push([...rev, ...cost, cfo, capex, netIncome, ...vintages, bookLife, economicLife]);
  }
  return rows;
}

function header(): RawCellContent[][] {
  const labels = [
    ...Array.from({ length: PERIODS }, (_, k) => `Revenue Y${k + 1}`),
    ...Array.from({ length: PERIODS }, (_, k) => `Cost of revenue Y${k + 1}`),
    "CFO",
    "Capex",
    "Net income",
    ...Array.from({ length: PERIODS }, (_, k) => `Capex vintage Y${k + 1}`),
    "Book life",
    "Economic life",
    "Gross-margin change",
    "FCF conversion",
    "Depreciation cliff",
  ];
  const ages: RawCellContent[] = new Array<RawCellContent>(INPUT_COLS).fill(null);
  // Mid-year convention, as the core ages them (src/core/flags/depreciation.ts): the latest vintage is half a year old.
  for (let k = 0; k < PERIODS; k++) ages[13 + k] = PERIODS - k - 0.5;
  return [labels, ages];
}

function sheet(rows: number[][], formulas: ((r: number) => string[]) | undefined): RawCellContent[][] {
  return [...header(), ...rows.map((row, i) => (formulas ? [...row, ...formulas(FIRST_ROW + i)] : [...row]))];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function describe(v: CellValue): string {
  return typeof v === "object" && v !== null && "type" in v ? `#${String(v.type)}` : String(v);
}

/** Both engines give the same three results for every company (numbers within 1e-9, errors of the same type). */
function compare(a: HyperFormula, b: HyperFormula, n: number): { cells: number; errors: number } {
  let errors = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) {
      const at = { sheet: 0, col: INPUT_COLS + c, row: FIRST_ROW - 1 + i };
      const x = a.getCellValue(at);
      const y = b.getCellValue(at);
      if (typeof x === "number" && typeof y === "number") {
        if (!close(x, y)) throw new Error(`row ${FIRST_ROW + i}, result ${c + 1}: AIFLAG ${x}, native ${y}`);
      } else if (describe(x) !== describe(y) || typeof x === "number" || typeof y === "number") {
        throw new Error(`row ${FIRST_ROW + i}, result ${c + 1}: AIFLAG ${describe(x)}, native ${describe(y)}`);
      } else errors++;
    }
  }
  return { cells: 3 * n, errors };
}

export async function runRecalc(mode: Mode): Promise<SectionResult> {
  const t0 = Date.now();
  registerAiflagFunctions();
  const config = { ...ENGINE_CONFIG, useArrayArithmetic: true };

  const n = mode.smoke ? 20 : 10_000;
  const reps = mode.smoke ? 2 : 9;
  const warmup = 1;
  const buildReps = mode.smoke ? 1 : 3;
  const figures: Figure[] = [];
  const budgets: BudgetCheck[] = [];
  const notes: string[] = [];

  // Building (parse, dependency graph, first evaluation), interleaved.
  const rows0 = inputRows(n, 1, 1);
  const build = interleave(
    [
      { name: "aiflag", run: () => HyperFormula.buildFromSheets({ Screen: sheet(rows0, aiflagFormulas) }, config) },
      { name: "native", run: () => HyperFormula.buildFromSheets({ Screen: sheet(rows0, nativeFormulas) }, config) },
    ],
    { reps: buildReps, warmup: mode.smoke ? 0 : 1 },
  );
  keep(undefined);

  const aiflag = HyperFormula.buildFromSheets({ Screen: sheet(rows0, aiflagFormulas) }, config);
  const native = HyperFormula.buildFromSheets({ Screen: sheet(rows0, nativeFormulas) }, config);
  const inputsOnly = HyperFormula.buildFromSheets({ Screen: sheet(rows0, undefined) }, config);
  const checked0 = compare(aiflag, native, n);

  // Two other versions of every input, pasted alternately: every paste changes every value.
  const versions = [inputRows(n, 1, 1.001), inputRows(n, 1, 0.999)];
  const paste = (engine: HyperFormula) => {
    let k = 0;
    return () => engine.setCellContents({ sheet: 0, col: 0, row: FIRST_ROW - 1 }, versions[k++ % versions.length]);
  };
  const s = interleave(
    [
      { name: "aiflag", run: paste(aiflag) },
      { name: "native", run: paste(native) },
      { name: "inputs", run: paste(inputsOnly) },
    ],
    { reps, warmup },
  );
  const checked = compare(aiflag, native, n);

  const ratio = median(pairRatios(s.aiflag, s.native));
  const net = (xs: number[]) => xs.map((x, i) => Math.max(x - s.inputs[i], 1e-6));
  const netRatio = median(pairRatios(net(s.aiflag), net(s.native)));
  const buildRatio = median(pairRatios(build.aiflag, build.native));
  const formulas = 3 * n;
  const how = `median of ${reps} interleaved pastes of ${grouped(n)} x ${INPUT_COLS} inputs`;
  const perFormula = (ms: number) => round((ms * 1000) / formulas);

  const pasteRatios = pairRatios(s.aiflag, s.native);
  figures.push({
    metric: "recalc after pasting all inputs: AIFLAG / native",
    value: round(ratio),
    unit: "x",
    detail: `${how} (range ${sig(min(pasteRatios))}-${sig(max(pasteRatios))})`,
  });
  figures.push({ metric: `evaluation only (paste cost subtracted): AIFLAG / native`, value: round(netRatio), unit: "x", detail: "inputs-only engine timed in the same repetitions" });
  figures.push({ metric: `recalc time, AIFLAG formulas`, value: round(median(s.aiflag)), unit: "ms", detail: `${grouped(formulas)} formulas` });
  figures.push({ metric: `recalc time, native formulas`, value: round(median(s.native)), unit: "ms", detail: `${grouped(formulas)} formulas` });
  figures.push({ metric: `paste time, inputs only (no formulas)`, value: round(median(s.inputs)), unit: "ms" });
  figures.push({ metric: `evaluation per formula, AIFLAG`, value: perFormula(median(net(s.aiflag))), unit: "us" });
  figures.push({ metric: `evaluation per formula, native`, value: perFormula(median(net(s.native))), unit: "us" });
  figures.push({ metric: `build (parse + first evaluation): AIFLAG / native`, value: round(buildRatio), unit: "x", detail: `median of ${buildReps}; AIFLAG ${sig(median(build.aiflag))} ms, native ${sig(median(build.native))} ms` });
  figures.push({ metric: `results compared, AIFLAG vs native`, value: checked.cells + checked0.cells, unit: "cells", detail: `all equal (1e-9 relative); ${checked.errors} #N/A on both sides in the last check` });

  budgets.push({ metric: "recalculation AIFLAG vs native", limit: `<= ${RECALC_BUDGET}`, measured: `${sig(ratio)}x`, pass: mode.smoke ? null : ratio <= RECALC_BUDGET });
  notes.push(
    "Ratio < 1: the AIFLAG screen recalculates faster than the native one. The evaluation-only ratio removes the paste " +
      "itself (the same work on both sides), which otherwise pulls the ratio towards 1.",
  );
  for (const e of [aiflag, native, inputsOnly]) e.destroy();
  return { id: "recalc", title: "Recalculation", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
}
