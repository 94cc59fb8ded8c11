/**
 * Generated arguments for AIFLAG functions, derived from each parameter's spec (kind, unit,
 * rule), so that a new function in the registry is covered without touching the tests.
 *
 * Arguments are shaped the way Excel hands them to a custom function: a bare value for a single
 * cell or an omitted argument (`null`), a row-major 2-D array for a range, error cells as
 * `CustomFunctions.Error` objects (here the fake of test/helpers/customFunctionsGlobal.ts).
 */
import fc from "fast-check";
import type { FunctionDefinition } from "../../../src/core/framework/definition";
import { OUTPUTS } from "../../../src/core/framework/output";
import { STATUSES } from "../../../src/core/framework/status";
import { satisfiesRule } from "../../../src/core/params/rules";
import { usesMagnitude, type ParamSpec } from "../../../src/core/params/spec";
import { REGISTRY } from "../../../src/core/registry";
import { FakeCustomFunctionsError } from "../../helpers/customFunctionsGlobal";

/** One cell as Excel may pass it (plus a few things Excel never sends, to be safe). */
export type Cell = unknown;
/** One argument: a bare cell, or a block (rows of cells). */
export type Arg = Cell | Cell[][];

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/** Errors Excel may hand in from a referenced cell: they must pass through with their code. */
export const INPUT_ERRORS: readonly FakeCustomFunctionsError[] = [
  new FakeCustomFunctionsError("#DIV/0!"),
  new FakeCustomFunctionsError("#N/A"),
  new FakeCustomFunctionsError("#N/A", "upstream lookup failed"),
  new FakeCustomFunctionsError("#VALUE!", "upstream bad value"),
  new FakeCustomFunctionsError("#REF!"),
  new FakeCustomFunctionsError("#NUM!"),
  new FakeCustomFunctionsError("#NAME?"),
  new FakeCustomFunctionsError("#NULL!"),
];

/** An error-like object whose code is not one Excel's CustomFunctions.ErrorCode knows. */
export const UNKNOWN_ERROR_OBJECT = { code: "#SPILL!", message: "not a code custom functions receive" };

export const SPECIAL_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.3,
  30,
  -12.5,
  1e300,
  -1e300,
  1e-300,
  -1e-300,
  5e-324,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
];

export const NON_FINITE: readonly number[] = [NaN, Infinity, -Infinity];

export const TEXTS: readonly string[] = ["", " ", "n/a", "1,234", "12%", "(5)", "0", "abc", "RED", "#N/A", "value"];

/** Any cell at all: numbers of every kind, text, booleans, blanks, errors. */
export const messyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Cell>(...SPECIAL_NUMBERS, ...NON_FINITE) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.constantFrom<Cell>(...TEXTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom<Cell>(null, undefined, 0) },
  { weight: 2, arbitrary: fc.constantFrom<Cell>(...INPUT_ERRORS, UNKNOWN_ERROR_OBJECT) },
);

/** Whether x is a number the spec accepts (convention 6: a spend's sign is dropped first). */
export function isValidNumber(spec: ParamSpec, x: unknown): x is number {
  if (typeof x !== "number" || !Number.isFinite(x)) return false;
  const n = usesMagnitude(spec) ? Math.abs(x) : x;
  return spec.rule ? satisfiesRule(n, spec.rule) : true;
}

function typicalNumber(spec: ParamSpec): fc.Arbitrary<number> {
  const rule = spec.rule ?? {};
  if (rule.integer) return fc.integer({ min: Math.ceil(rule.min ?? -1000), max: Math.floor(rule.max ?? 1000) });
  const signedMoney = rule.min === undefined;
  const min = rule.min ?? (signedMoney ? -1e7 : 0);
  const max = rule.max ?? Math.max(min, 0) + 1e7;
  return fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
  );
}

/** A number that passes the spec's rule: ordinary values, the rule's own bounds, and extremes it allows. */
export function validNumber(spec: ParamSpec): fc.Arbitrary<number> {
  const rule = spec.rule ?? {};
  const edges = [rule.min, rule.max].filter((x): x is number => x !== undefined);
  return fc
    .oneof(
      { weight: 8, arbitrary: typicalNumber(spec) },
      { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS, ...edges) },
    )
    .filter((x) => isValidNumber(spec, x));
}

/**
 * Valid numbers with exact arithmetic in mind (for the metamorphic tests): money as whole
 * numbers (so x 1,000 stays exact), every other number on a grid of 1/64 inside its rule.
 */
export function realisticNumber(spec: ParamSpec): fc.Arbitrary<number> {
  if (spec.unit === "money" || spec.unit === "spend") {
    const positive = spec.rule?.min !== undefined;
    return fc.integer({ min: positive ? 0 : -1_000_000, max: 1_000_000 }).filter((x) => isValidNumber(spec, x));
  }
  const rule = spec.rule ?? {};
  if (rule.integer) return fc.integer({ min: Math.ceil(rule.min ?? 0), max: Math.floor(rule.max ?? 100) });
  const lo = Math.ceil((rule.min ?? -10) * 64);
  const hi = Math.floor((rule.max ?? 10) * 64);
  return fc.integer({ min: lo, max: hi }).map((k) => k / 64).filter((x) => isValidNumber(spec, x));
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

export interface Shape {
  rows: number;
  cols: number;
}

export function blockOf<T>(shape: Shape, cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { minLength: shape.cols, maxLength: shape.cols }), { minLength: shape.rows, maxLength: shape.rows });
}

/** Lays n cells out as a row or a column. */
export function orient<T>(xs: readonly T[], asColumn: boolean): T[][] {
  return asColumn ? xs.map((x) => [x]) : [[...xs]];
}

export function transpose<T>(m: readonly T[][]): T[][] {
  return m.length === 0 ? [] : m[0].map((_, c) => m.map((row) => row[c]));
}

/** Wrong shapes: ragged rows, empty blocks, a 2-D block of anything. */
export const messyArg: fc.Arbitrary<Arg> = fc.oneof(
  messyCell,
  fc.constantFrom<Arg>([], [[]], [[], []]),
  // ragged: rows of unequal length
  fc
    .tuple(fc.array(messyCell, { minLength: 1, maxLength: 4 }), fc.array(messyCell, { minLength: 0, maxLength: 6 }))
    .filter(([a, b]) => a.length !== b.length)
    .map(([a, b]) => [a, b]),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([rows, cols]) => blockOf({ rows, cols }, messyCell)),
);

// ---------------------------------------------------------------------------------------------
// Text arguments
// ---------------------------------------------------------------------------------------------

const caseVariants = (words: readonly string[]): string[] =>
  words.flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), ` ${w} `, `${w.toUpperCase()}  `]);

/** The `output` argument: the three options, their case and space variants, blanks (the default), and garbage. */
export const OUTPUT_VARIANTS: readonly unknown[] = [
  ...caseVariants(OUTPUTS),
  "",
  " ",
  "values",
  "stat us",
  "verdict",
  "RED",
  1,
  0,
  true,
  [["status"]],
  [["detail"]],
  [["value", "status"]],
  [[null]],
  INPUT_ERRORS[0],
];

export const validOutput: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(...caseVariants(OUTPUTS), null, undefined);

const functionNames = REGISTRY.flatMap((d) => [d.id, d.id.toLowerCase(), `AIFLAG.${d.id}`, ` aiflag.${d.id.toLowerCase()} `]);

/** Text parameters: a choice parameter's texts from its spec, function names for `flag`, else generic text. */
function textArg(spec: ParamSpec, valid: boolean): fc.Arbitrary<unknown> {
  if (spec.name === "output") return valid ? validOutput : fc.constantFrom(...OUTPUT_VARIANTS);
  const good = spec.choices ? caseVariants(spec.choices.map((c) => c.text)) : spec.name === "flag" ? functionNames : [];
  const goodArb = good.length ? fc.constantFrom(...good) : fc.string({ maxLength: 12 });
  if (valid) return goodArb;
  return fc.oneof(goodArb, fc.constantFrom<unknown>("NOPE", "", " ", "AIFLAG.", 42, true, null, [["a", "b"]], ...INPUT_ERRORS), fc.string());
}

/** SCORE-like blocks: statuses in any case, blanks, zeros. */
const statusCell: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(...caseVariants(STATUSES), null, 0, "", " ");

// ---------------------------------------------------------------------------------------------
// Whole calls
// ---------------------------------------------------------------------------------------------

/** A shape for element-wise arguments; the series length for series functions. */
const callShape: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant({ rows: 1, cols: 1 }),
  fc.integer({ min: 1, max: 8 }).map((n) => ({ rows: 1, cols: n })),
  fc.integer({ min: 1, max: 8 }).map((n) => ({ rows: n, cols: 1 })),
  fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 })).map(([rows, cols]) => ({ rows, cols })),
);

/** A single number as Excel may pass it: bare, or as a 1 x 1 block. */
function scalarArg(cell: fc.Arbitrary<Cell>): fc.Arbitrary<Arg> {
  return fc.oneof({ weight: 4, arbitrary: cell }, { weight: 1, arbitrary: cell.map((x) => [[x]]) });
}

/** How an omitted optional argument may arrive. */
const omitted: fc.Arbitrary<Arg> = fc.constantFrom<Arg>(null, undefined, [[null]]);

/**
 * Arguments every one of which passes its own spec (cross-argument checks, such as equal
 * lengths or sovereign <= total, may still fail): series of a common length in either
 * orientation, element-wise blocks of a common shape with some single cells broadcast.
 */
export function validArgs(def: FunctionDefinition, number: (spec: ParamSpec) => fc.Arbitrary<number> = validNumber): fc.Arbitrary<Arg[]> {
  return fc.tuple(callShape, fc.integer({ min: 1, max: 8 })).chain(([shape, n]) =>
    fc.tuple(
      ...def.params.map((spec): fc.Arbitrary<Arg> => {
        const cell = number(spec) as fc.Arbitrary<Cell>;
        let arb: fc.Arbitrary<Arg>;
        switch (spec.kind) {
          case "series":
            arb = fc.tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.boolean()).map(([xs, asColumn]) => orient(xs, asColumn));
            break;
          case "cells":
            arb = fc.oneof({ weight: 3, arbitrary: blockOf(shape, cell) }, { weight: 1, arbitrary: scalarArg(cell) });
            break;
          case "number":
            arb = scalarArg(cell);
            break;
          case "text":
            arb = textArg(spec, true);
            break;
          case "block":
            arb = fc.oneof(statusCell, blockOf(shape, statusCell));
            break;
        }
        return spec.optional && spec.name !== "output" ? fc.oneof({ weight: 3, arbitrary: arb }, { weight: 1, arbitrary: omitted }) : arb;
      }),
    ),
  );
}

/** One change that makes a call messier. */
type Mutation =
  | { kind: "cell"; arg: number; at: number; value: Cell }
  | { kind: "arg"; arg: number; value: Arg }
  | { kind: "omit"; arg: number; value: Arg }
  | { kind: "truncate"; keep: number }
  | { kind: "extra"; values: Arg[] }
  | { kind: "output"; value: unknown }
  | { kind: "ragged"; arg: number }
  | { kind: "widen"; arg: number };

function mutation(def: FunctionDefinition): fc.Arbitrary<Mutation> {
  const arity = Math.max(def.params.length, 1);
  const argIndex = fc.integer({ min: 0, max: arity - 1 });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("cell" as const), arg: argIndex, at: fc.nat(64), value: messyCell }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("arg" as const), arg: argIndex, value: messyArg }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("omit" as const), arg: argIndex, value: omitted }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), keep: fc.nat(arity) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("extra" as const), values: fc.array(messyArg, { minLength: 1, maxLength: 3 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("output" as const), value: fc.constantFrom(...OUTPUT_VARIANTS) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("ragged" as const), arg: argIndex }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("widen" as const), arg: argIndex }) },
  );
}

function applyMutation(def: FunctionDefinition, args: Arg[], m: Mutation): Arg[] {
  const out = [...args];
  const outputAt = def.params.findIndex((p) => p.name === "output");
  switch (m.kind) {
    case "cell": {
      const a = out[m.arg];
      if (Array.isArray(a) && a.length > 0 && a[0].length > 0) {
        const copy = a.map((row: Cell[]) => [...row]);
        const cols = copy[0].length;
        const k = m.at % (copy.length * cols);
        copy[Math.floor(k / cols)][k % cols] = m.value;
        out[m.arg] = copy;
      } else {
        out[m.arg] = m.value;
      }
      return out;
    }
    case "arg":
    case "omit":
      out[m.arg] = m.value;
      return out;
    case "truncate":
      return out.slice(0, m.keep);
    case "extra":
      return [...out, ...m.values];
    case "output":
      if (outputAt >= 0) out[outputAt] = m.value;
      return out;
    case "ragged": {
      const a = out[m.arg];
      const rows: Cell[][] = Array.isArray(a) ? a.map((row: Cell[]) => [...row]) : [[a]];
      if (rows.length === 0) rows.push([1], [1, 2]);
      else if (rows.length === 1) rows.push([...rows[0], 1]);
      else rows[rows.length - 1] = rows[rows.length - 1].slice(1);
      out[m.arg] = rows;
      return out;
    }
    case "widen": {
      // A series selected one column too wide, or an element-wise range one row too deep.
      const a = out[m.arg];
      const rows: Cell[][] = Array.isArray(a) && a.length > 0 ? a.map((row: Cell[]) => [...row, row[0] ?? 0]) : [[a, a]];
      out[m.arg] = [...rows, rows[0]];
      return out;
    }
  }
}

/**
 * A call mixing valid and invalid inputs: about a third of the calls stay fully valid (so the
 * maths, the statuses and the detail tables run), the rest get one to four mutations.
 */
export function mixedArgs(def: FunctionDefinition): fc.Arbitrary<Arg[]> {
  return fc
    .tuple(validArgs(def), fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(mutation(def), { minLength: 1, maxLength: 4 }) }))
    .map(([args, mutations]) => mutations.reduce((acc, m) => applyMutation(def, acc, m), args));
}

/** Some valid number for a spec, quickly and deterministically (for the huge ranges). */
export function someValidNumber(spec: ParamSpec, k: number): number {
  const rule = spec.rule ?? {};
  if (rule.integer) return Math.max(rule.min ?? 1, Math.min(rule.max ?? 1, 1 + (k % 10)));
  const lo = rule.min ?? 0;
  const hi = rule.max ?? lo + 1000;
  const x = lo + ((hi - lo) * ((k % 97) + 1)) / 99;
  return isValidNumber(spec, x) ? x : (lo + hi) / 2;
}
