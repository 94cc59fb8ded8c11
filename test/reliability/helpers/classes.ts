/**
 * Which input classes a generated call exercises, so the property test can print (and assert)
 * what it covered for each function.
 */
import type { FunctionDefinition } from "../../../src/core/framework/definition";
import { OUTPUTS } from "../../../src/core/framework/output";
import { FakeCustomFunctionsError } from "../../helpers/customFunctionsGlobal";
import type { Arg, Cell } from "./inputs";

export const HUGE_RANGE = "huge range (10^5 cells)";

/** Every class, in the order the table prints them. */
export const INPUT_CLASSES = [
  "zero",
  "negative",
  "very large (>= 1e100)",
  "very small (<= 1e-100)",
  "NaN",
  "Infinity",
  'text ""',
  'text " "',
  'text "n/a"',
  'text "1,234"',
  "other text",
  "boolean",
  "null",
  "undefined cell",
  "Excel error input",
  "unknown error object",
  "row",
  "column",
  "2-D block",
  "1 x 1 block",
  "ragged",
  "empty array",
  "omitted optional",
  "omitted required",
  "extra arguments",
  "output value/status/detail",
  "output case or spaces",
  "output garbage",
  HUGE_RANGE,
] as const;
export type InputClass = (typeof INPUT_CLASSES)[number];

function cellClass(x: Cell): InputClass | undefined {
  if (x === null) return "null";
  if (x === undefined) return "undefined cell";
  if (typeof x === "boolean") return "boolean";
  if (x instanceof FakeCustomFunctionsError) return "Excel error input";
  if (typeof x === "object") return "unknown error object";
  if (typeof x === "string") {
    if (x === "") return 'text ""';
    if (x === " ") return 'text " "';
    if (x === "n/a") return 'text "n/a"';
    if (x === "1,234") return 'text "1,234"';
    return "other text";
  }
  if (typeof x !== "number") return undefined;
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return "Infinity";
  if (x === 0) return "zero";
  if (Math.abs(x) >= 1e100) return "very large (>= 1e100)";
  if (Math.abs(x) <= 1e-100) return "very small (<= 1e-100)";
  if (x < 0) return "negative";
  return undefined;
}

function outputClass(x: unknown): InputClass {
  const text = Array.isArray(x) && x.length === 1 && x[0].length === 1 ? x[0][0] : x;
  if (typeof text !== "string") return "output garbage";
  if (text.trim() === "") return "omitted optional"; // blank text is the default (convention 4)
  if ((OUTPUTS as readonly string[]).includes(text)) return "output value/status/detail";
  return (OUTPUTS as readonly string[]).includes(text.trim().toLowerCase()) ? "output case or spaces" : "output garbage";
}

export function classesOf(def: FunctionDefinition, args: readonly Arg[], into: Set<InputClass>): void {
  const add = (c: InputClass | undefined) => c !== undefined && into.add(c);
  args.forEach((arg, i) => {
    const spec = def.params[i];
    if (!spec) add("extra arguments");
    if (spec?.name === "output" && arg !== null && arg !== undefined) add(outputClass(arg));
    if (arg === null || arg === undefined) add(spec?.optional ? "omitted optional" : spec ? "omitted required" : undefined);
    if (!Array.isArray(arg)) {
      add(cellClass(arg));
      return;
    }
    const rows = arg as Cell[][];
    if (rows.length === 0 || rows.every((r) => r.length === 0)) add("empty array");
    else if (rows.some((r) => r.length !== rows[0].length)) add("ragged");
    else if (rows.length === 1 && rows[0].length === 1) add("1 x 1 block");
    else if (rows.length === 1) add("row");
    else if (rows[0].length === 1) add("column");
    else add("2-D block");
    for (const row of rows) for (const x of row) add(cellClass(x));
  });
}
