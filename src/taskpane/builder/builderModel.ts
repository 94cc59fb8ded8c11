/**
 * The formula builder of a function's card, pure: one field per argument, each filled from the
 * selection (a range, with its values), typed (a number, a list, a text), or left empty; the
 * formula they make, with references, not constants; its value and status computed by the core
 * as the fields change; the number format of what it returns.
 *
 * Decisions:
 * - A range taken from the selection is referred to with its sheet (`Sheet1!B10:F10`), so the
 *   formula is right whichever cell it goes to. Typing a reference by hand works too, but its
 *   cells are not read: the value shows once the formula is in the sheet.
 * - Options start at their default, shown in their fields; a choice (`output`, EXPLAIN's
 *   `part`) is one of its texts. An option still at its default is left out of the formula (an
 *   empty slot when a later argument follows): the function applies the same default, and the
 *   formula holds no number the analyst did not choose. Changed, or taken from a cell, it is
 *   written.
 * - The live result always shows the value and, for a flag, its status, whatever `output` says:
 *   the card shows what the formula means; the inserted cell shows what `output` asks for.
 */
import { CellError, type ErrorCode } from "../../core/cells/errors";
import type { CellInput, CellOutput, RawArg } from "../../core/cells/values";
import { NAMESPACE } from "../../core/docs/formula";
import { formatPlain } from "../../core/format/numbers";
import { VALUE_KIND_FORMATS } from "../../core/format/valueKind";
import type { FunctionDefinition } from "../../core/framework/definition";
import { invokeFunction } from "../../core/framework/invoke";
import type { ParamSpec } from "../../core/params/spec";
import { KNOWN_ERROR_CODES } from "../../functions/errorCodes";
import type { SelectedRange } from "../../host/host";
import { readNumberText } from "../../sources/selection/cellNumber";

export type ArgInput =
  | { kind: "empty" }
  /** Taken with "Use selection"; `text` is its reference until the user edits it. */
  | { kind: "range"; range: SelectedRange }
  | { kind: "typed"; text: string };

export type BuilderArgs = Readonly<Record<string, ArgInput>>;

export const EMPTY: ArgInput = { kind: "empty" };

/** The output choice's name (convention 9). */
const OUTPUT = "output";

/** What a field starts with: an option's default, written out; nothing for the figures. */
export function initialArgs(def: FunctionDefinition): Record<string, ArgInput> {
  return Object.fromEntries(
    def.params.map((p) => [p.name, p.defaultValue === undefined ? EMPTY : { kind: "typed", text: typeof p.defaultValue === "number" ? formatPlain(p.defaultValue) : p.defaultValue }]),
  );
}

/** What the field shows. */
export function fieldText(input: ArgInput): string {
  return input.kind === "empty" ? "" : input.kind === "range" ? input.range.reference : input.text;
}

/** The field after the user typed into it: text, or empty. */
export function typedInput(text: string): ArgInput {
  return text.trim() === "" ? EMPTY : { kind: "typed", text };
}

/** "Sheet1!B10:F10", "B10", "'My model'!$C$5:$E$5": a reference typed by hand. */
const REFERENCE = /^(?:(?:'[^']+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** An argument as the formula writes it and as the core takes it. `raw` undefined: not computable here. */
export interface ArgReading {
  formula: string;
  raw: RawArg | undefined;
  /** Why it cannot be used, in a few words; undefined when it can. */
  problem?: string;
}

/** A cell as `Range.values` gives it, as the core takes it: "" is blank, an error's text is that error. */
function cellInput(x: string | number | boolean | null): CellInput {
  if (x === "" || x === null) return null;
  if (typeof x === "string" && KNOWN_ERROR_CODES.has(x)) return new CellError(x as ErrorCode, "");
  return x;
}

/** One value for a one-number or one-text parameter; the block for the others (as Excel passes them). */
function rangeRaw(p: ParamSpec, range: SelectedRange): RawArg | undefined {
  if (!range.values) return undefined;
  const block = range.values.map((row) => row.map(cellInput));
  const scalar = p.kind === "number" || p.kind === "text";
  return scalar && block.length === 1 && block[0].length === 1 ? block[0][0] : block;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function typedReading(p: ParamSpec, text: string): ArgReading {
  const t = text.trim();
  if (p.kind === "text" || p.kind === "block") {
    if (p.kind === "block" && REFERENCE.test(t)) return { formula: t, raw: undefined };
    return { formula: quoted(t), raw: t };
  }
  if (REFERENCE.test(t)) return { formula: t, raw: undefined };
  // Commas separate the items of a list, as in Excel's array constants {1,2,3}: numbers are typed
  // plain, as in a formula (no thousands separators).
  const parts = t.replace(/^\{|\}$/g, "").split(/[,;\s]+/).filter((x) => x !== "");
  const numbers = parts.map((x) => readNumberText(x));
  if (parts.length > 0 && numbers.every((n) => n.kind === "number")) {
    const values = numbers.map((n) => (n.kind === "number" ? n.value : 0));
    if (values.length === 1) return { formula: String(values[0]), raw: values[0] };
    if (p.kind !== "number") return { formula: `{${values.map(String).join(",")}}`, raw: [values] };
  }
  const expects = p.kind === "number" ? "a number" : "a number, a list such as 100, 120, 150, or a range";
  return { formula: t, raw: undefined, problem: `${p.name}: type ${expects}, or use the selection` };
}

export function readArg(p: ParamSpec, input: ArgInput): ArgReading {
  if (input.kind === "empty") return { formula: "", raw: null };
  if (input.kind === "range") return { formula: input.range.reference, raw: rangeRaw(p, input.range) };
  return typedReading(p, input.text);
}

/** `=AIFLAG.FCFCONV(Sheet1!B10:F10,Sheet1!B11:F11,Sheet1!B9:F9)`: trailing empty arguments and output "value" left out. */
/** Whether the field still holds the parameter's default, as `initialArgs` wrote it. */
function atDefault(p: ParamSpec, input: ArgInput): boolean {
  if (p.defaultValue === undefined || input.kind !== "typed") return false;
  const text = input.text.trim();
  return typeof p.defaultValue === "number" ? parseFloat(text) === p.defaultValue && text === formatPlain(p.defaultValue) : text === p.defaultValue;
}

export function formulaOf(def: FunctionDefinition, args: BuilderArgs): string {
  const parts = def.params.map((p) => {
    const input = args[p.name] ?? EMPTY;
    return atDefault(p, input) ? "" : readArg(p, input).formula;
  });
  let end = parts.length;
  while (end > 0 && parts[end - 1] === "") end--;
  return `=${NAMESPACE}.${def.id}(${parts.slice(0, end).join(",")})`;
}

/** The number format of what the formula returns: the value kind's for a flag's value; none for a status or a table. */
export function numberFormatOf(def: FunctionDefinition, args: BuilderArgs): string | undefined {
  const output = def.params.find((p) => p.name === OUTPUT);
  const asked = output ? fieldText(args[OUTPUT] ?? EMPTY) || String(output.defaultValue ?? "") : "value";
  if (asked !== "value" || !def.valueKind) return undefined;
  return VALUE_KIND_FORMATS[def.valueKind].excel;
}

export type LiveResult =
  /** Required arguments still empty. */
  | { kind: "incomplete"; missing: string[] }
  /** An argument the pane cannot read (a typed reference, a range too large, something that is not a number). */
  | { kind: "unreadable"; reasons: string[] }
  | { kind: "computed"; value: CellOutput; status?: CellOutput };

/** The value (and a flag's status) of the arguments as they stand, from the core. */
export function liveResult(def: FunctionDefinition, args: BuilderArgs): LiveResult {
  const inputs = def.params.filter((p) => p.name !== OUTPUT);
  const missing = inputs.filter((p) => !p.optional && (args[p.name] ?? EMPTY).kind === "empty").map((p) => p.name);
  if (missing.length > 0) return { kind: "incomplete", missing };
  const readings = inputs.map((p) => ({ p, reading: readArg(p, args[p.name] ?? EMPTY) }));
  const reasons = readings.flatMap(({ p, reading }) => {
    if (reading.problem) return [reading.problem];
    if (reading.raw === undefined) return [`${p.name} (${reading.formula}) is read once the formula is in the sheet`];
    return [];
  });
  if (reasons.length > 0) return { kind: "unreadable", reasons };
  const raws = readings.map(({ reading }) => reading.raw);
  const hasOutput = def.params.some((p) => p.name === OUTPUT);
  const at = (output?: string): CellOutput => invokeFunction(def, output && hasOutput ? [...raws, output] : raws)[0][0];
  if (!hasOutput) return { kind: "computed", value: at() };
  return { kind: "computed", value: at("value"), ...(def.hasStatus ? { status: at("status") } : {}) };
}
