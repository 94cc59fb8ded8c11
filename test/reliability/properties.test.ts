/**
 * Property tests: every function in the registry, called through the entry point
 * Excel runs (`excelCall`, with a fake `CustomFunctions` global), on at least 10,000 generated
 * argument lists mixing valid and invalid inputs, plus a few calls on ranges of 10^5 cells.
 *
 * Each call returns, without throwing, a rectangular non-empty block whose cells are a finite
 * number, a text, or a CustomFunctions.Error that is #VALUE! / #N/A with a message (or an error
 * handed in, passed through). Status outputs are RED / WATCH / OK or an error, value outputs
 * of flags are numbers or errors, and a status is an error exactly where the value is.
 *
 * The generators read each parameter's spec (kind, unit, rule): a new function is covered as
 * soon as it is in REGISTRY. The table of calls and input classes is printed once.
 */
import fc from "fast-check";
import type { RawArg } from "../../src/core/cells/values";
import type { FunctionDefinition } from "../../src/core/framework/definition";
import { OUTPUTS } from "../../src/core/framework/output";
import { STATUSES } from "../../src/core/framework/status";
import { isOmitted } from "../../src/core/params/read";
import { REGISTRY } from "../../src/core/registry";
import { FakeCustomFunctionsError, makeCustomFunctions } from "../helpers/customFunctionsGlobal";
import { classesOf, HUGE_RANGE, INPUT_CLASSES, type InputClass } from "./helpers/classes";
import { INPUT_ERRORS, mixedArgs, someValidNumber, type Arg, type Cell } from "./helpers/inputs";

const fake = makeCustomFunctions();
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fake.api;
// Imported after the global exists, as in Excel.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelCall } = require("../../src/functions/excelCall") as typeof import("../../src/functions/excelCall");

const RUNS_PER_FUNCTION = 10_000;
const HUGE_CELLS = 100_000;

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

type OutputMode = "value" | "status" | "detail" | "invalid" | "none";

const outputIndex = (def: FunctionDefinition) => def.params.findIndex((p) => p.name === "output");

/** What the `output` argument asks for, read as the core reads it (convention 9). */
function outputMode(def: FunctionDefinition, args: readonly Arg[]): OutputMode {
  const at = outputIndex(def);
  if (at < 0) return "none";
  let raw = args[at];
  if (Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) raw = raw[0][0];
  if (raw === null || raw === undefined) return "value";
  if (typeof raw !== "string") return "invalid";
  const text = raw.trim().toLowerCase();
  if (text === "") return "value"; // blank: the default (convention 4)
  return (OUTPUTS as readonly string[]).includes(text) ? (text as OutputMode) : "invalid";
}

/** The errors handed in: an output error with one of these codes may be a pass-through. */
function inputErrors(args: readonly Arg[]): FakeCustomFunctionsError[] {
  const found: FakeCustomFunctionsError[] = [];
  const visit = (x: unknown) => {
    if (x instanceof FakeCustomFunctionsError) found.push(x);
    else if (Array.isArray(x)) x.forEach(visit);
  };
  args.forEach(visit);
  return found;
}

const isError = (x: unknown): x is FakeCustomFunctionsError => x instanceof FakeCustomFunctionsError;
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

/** The first thing wrong with a result, or undefined. */
function problemIn(def: FunctionDefinition, args: readonly Arg[], out: unknown): string | undefined {
  if (!Array.isArray(out) || out.length === 0) return `not a non-empty block: ${String(out)}`;
  const width = Array.isArray(out[0]) ? out[0].length : 0;
  if (width === 0) return "the first row is empty or not a row";
  let handedIn: FakeCustomFunctionsError[] | undefined; // found only when needed: huge arguments
  const mode = outputMode(def, args);
  for (let r = 0; r < out.length; r++) {
    const row: unknown = out[r];
    if (!Array.isArray(row) || row.length !== width) return `ragged: row ${r + 1} is not ${width} cells wide`;
    for (let c = 0; c < width; c++) {
      const x: unknown = row[c];
      const at = `row ${r + 1}, column ${c + 1}`;
      if (typeof x === "number") {
        if (!Number.isFinite(x)) return `${at}: ${x}`;
      } else if (isError(x)) {
        const withMessage = MESSAGE_CODES.has(x.code) && typeof x.message === "string" && x.message.trim() !== "";
        handedIn ??= inputErrors(args);
        const passedThrough = handedIn.some((e) => e.code === x.code && (!MESSAGE_CODES.has(x.code) || (e.message ?? "") === (x.message ?? "")));
        if (!withMessage && !passedThrough) return `${at}: error ${x.code} without a message, not handed in`;
      } else if (typeof x !== "string") {
        return `${at}: ${x === null ? "null" : typeof x}`;
      }
      if (mode === "status" && !isError(x) && !(STATUSES as readonly unknown[]).includes(x)) return `${at}: status ${String(x)}`;
      if (mode === "value" && def.kind !== "utility" && !isError(x) && typeof x !== "number") return `${at}: value ${String(x)}`;
    }
  }
  return undefined;
}

/**
 * With output "status", the status is an error exactly where output "value" is one; except that
 * a flag whose status is measured against an option (ROIC's wacc, `statusNeeds`) answers #N/A
 * for every status when that option is left out, its values being computed all the same.
 */
function statusMismatch(def: FunctionDefinition, args: readonly Arg[], status: unknown[][], record: () => void): string | undefined {
  if (!def.hasStatus || outputMode(def, args) !== "status") return undefined;
  const withValue = [...args];
  withValue[outputIndex(def)] = "value";
  record();
  const value = excelCall(def.id, withValue);
  if (value.length !== status.length || value[0].length !== status[0].length) return "value and status have different shapes";
  const needs = def.statusNeeds === undefined ? -1 : def.params.findIndex((p) => p.name === def.statusNeeds);
  // As Excel hands it over: an undefined cell arrives as a blank (excelCall reads it as null).
  const given = needs >= 0 && Array.isArray(args[needs]) ? (args[needs] as unknown[][]).map((row) => (Array.isArray(row) ? row.map((x) => x ?? null) : row)) : args[needs];
  const optionLeftOut = needs >= 0 && isOmitted(given as RawArg);
  for (let r = 0; r < value.length; r++) {
    for (let c = 0; c < value[0].length; c++) {
      const v = value[r][c];
      const s = status[r][c];
      if (optionLeftOut && !isError(v)) {
        if (!(isError(s) && s.code === "#N/A")) return `row ${r + 1}, column ${c + 1}: ${def.statusNeeds} left out, yet status ${show(s)}`;
      } else if (isError(v) !== isError(s)) {
        return `row ${r + 1}, column ${c + 1}: value ${show(v)} but status ${show(s)}`;
      }
    }
  }
  return undefined;
}

const show = (x: unknown) => (isError(x) ? `${x.code} (${x.message ?? ""})` : JSON.stringify(x));

// ---------------------------------------------------------------------------------------------
// Book-keeping for the printed table
// ---------------------------------------------------------------------------------------------

interface Tally {
  calls: number;
  classes: Set<InputClass>;
  outcomes: Record<"number" | "text" | "#VALUE!" | "#N/A" | "passed through", number>;
  ms: number;
}
const tallies = new Map<string, Tally>(
  REGISTRY.map((d) => [d.id, { calls: 0, classes: new Set(), outcomes: { number: 0, text: 0, "#VALUE!": 0, "#N/A": 0, "passed through": 0 }, ms: 0 }]),
);

function tallyOutcome(t: Tally, out: unknown[][]): void {
  const x = out[0][0];
  const key = typeof x === "number" ? "number" : typeof x === "string" ? "text" : isError(x) && MESSAGE_CODES.has(x.code) ? (x.code as "#VALUE!" | "#N/A") : "passed through";
  t.outcomes[key]++;
}

const edges = (a: Arg): Arg => (Array.isArray(a) && a.length > 3 ? [a[0], a[1], a[a.length - 1]] : a);

/** One call through the Excel boundary, checked. Throws (failing the property) on any problem. */
function checkedCall(def: FunctionDefinition, args: Arg[], t: Tally, extraClass?: InputClass): void {
  // On huge ranges, the classes are read from the first and last rows (reading all is slower than the call).
  classesOf(def, extraClass === HUGE_RANGE ? args.map(edges) : args, t.classes);
  if (extraClass) t.classes.add(extraClass);
  t.calls++;
  let out: unknown[][];
  try {
    out = excelCall(def.id, args);
  } catch (e) {
    throw new Error(`${def.id} threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  const problem = problemIn(def, args, out) ?? statusMismatch(def, args, out, () => t.calls++);
  if (problem) throw new Error(`${def.id}: ${problem}`);
  tallyOutcome(t, out);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe.each(REGISTRY.map((def) => ({ def, id: def.id })))("$id", ({ def }) => {
  const t = tallies.get(def.id)!;

  test(`${RUNS_PER_FUNCTION} generated calls: no throw, only finite numbers, texts and messaged errors`, () => {
    const start = performance.now();
    fc.assert(
      fc.property(mixedArgs(def), (args) => checkedCall(def, args, t)),
      { numRuns: RUNS_PER_FUNCTION },
    );
    t.ms += performance.now() - start;
    expect(t.calls).toBeGreaterThanOrEqual(RUNS_PER_FUNCTION);
  });

  test("ranges of 10^5 cells: valid (status, checked against value), one bad cell at the very end, one error handed in", () => {
    // A few calls only: a call on 10^5 cells takes about 0.2 s here. Element-wise "detail" on
    // 10^5 periods (100,001 columns, beyond Excel's 16,384) is left to the small generated calls.
    const start = performance.now();
    const huge = hugeArgs(def);
    const firstRange = huge.findIndex((a) => Array.isArray(a));
    const variants: Arg[][] = [withOutput(def, huge, "status")];
    if (firstRange >= 0) variants.push(withLastCell(huge, firstRange, "n/a"), withLastCell(huge, firstRange, INPUT_ERRORS[0]));
    for (const args of variants) checkedCall(def, args, t, HUGE_RANGE);
    t.ms += performance.now() - start;
  });
});

/** Arguments whose ranges hold 10^5 cells: a column for a series, 1,000 x 100 blocks otherwise. */
function hugeArgs(def: FunctionDefinition): Arg[] {
  const column = (f: (k: number) => Cell): Cell[][] => Array.from({ length: HUGE_CELLS }, (_, k) => [f(k)]);
  const block = (f: (k: number) => Cell): Cell[][] =>
    Array.from({ length: 1000 }, (_, r) => Array.from({ length: HUGE_CELLS / 1000 }, (_, c) => f(r * 100 + c)));
  const statuses = ["RED", "watch", " OK ", null, 0];
  if (def.params.length === 0) return [block((k) => k)]; // nothing to read: one huge extra argument
  return def.params.map((spec): Arg => {
    switch (spec.kind) {
      case "series":
        return column((k) => someValidNumber(spec, k));
      case "cells":
        return block((k) => someValidNumber(spec, k));
      case "number":
        return someValidNumber(spec, 0);
      case "block":
        return block((k) => statuses[k % statuses.length]);
      case "text":
        return spec.choices ? spec.choices[0].text : block(() => "DEPCLIFF");
    }
  });
}

function withOutput(def: FunctionDefinition, args: Arg[], output: string): Arg[] {
  const at = outputIndex(def);
  if (at < 0) return args;
  const out = [...args];
  out[at] = output;
  return out;
}

function withLastCell(args: Arg[], index: number, value: Cell): Arg[] {
  const out = [...args];
  const rows = (args[index] as Cell[][]).map((row) => row);
  const last = rows.length - 1;
  rows[last] = [...rows[last].slice(0, -1), value];
  out[index] = rows;
  return out;
}

/** Output classes need an `output` parameter; omitted-argument classes need such a parameter. */
function applicableClasses(def: FunctionDefinition): InputClass[] {
  const hasOutput = outputIndex(def) >= 0;
  return INPUT_CLASSES.filter((c) => {
    if (c.startsWith("output")) return hasOutput;
    if (c === "omitted optional") return def.params.some((p) => p.optional);
    if (c === "omitted required") return def.params.some((p) => !p.optional);
    return true;
  });
}

afterAll(() => {
  const header = ["function", "calls", "classes", "number", "text", "#VALUE!", "#N/A", "passed", "ms"];
  const lines = REGISTRY.map((def) => {
    const t = tallies.get(def.id)!;
    const o = t.outcomes;
    return [def.id, t.calls, `${t.classes.size}/${applicableClasses(def).length}`, o.number, o.text, o["#VALUE!"], o["#N/A"], o["passed through"], Math.round(t.ms)].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const total = [...tallies.values()].reduce((s, t) => s + t.calls, 0);
  const missing = REGISTRY.flatMap((def) => {
    const lost = applicableClasses(def).filter((c) => !tallies.get(def.id)!.classes.has(c));
    return lost.length ? [`  ${def.id} did not see: ${lost.join(", ")}`] : [];
  });
  console.log(
    [
      `Property tests: ${total} calls through excelCall (first cell of each result tallied by kind)`,
      fmt(header),
      ...lines.map(fmt),
      `Input classes (${INPUT_CLASSES.length}): ${INPUT_CLASSES.join("; ")}`,
      "(output classes apply to functions with an output argument, omitted-argument classes to those with such arguments)",
      ...(missing.length ? missing : ["Every function saw every input class that applies to it."]),
    ].join("\n"),
  );
});

test("every function saw every input class that applies to it", () => {
  // Runs after the describe blocks above (jest runs tests in file order).
  for (const def of REGISTRY) {
    const seen = tallies.get(def.id)!.classes;
    expect({ id: def.id, missing: applicableClasses(def).filter((c) => !seen.has(c)) }).toEqual({ id: def.id, missing: [] });
  }
});
