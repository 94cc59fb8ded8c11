/**
 * Step 2 of feeding a flag: which periods of each row it reads, and the arguments that result,
 * both for the core (numbers) and for the formula (cell positions).
 *
 * Decisions where the issue is silent:
 * - Element-wise flags read ONE period: the latest in which every required row holds a number
 *   (Alphabet's blank 2025 depreciation moves a depreciation flag back to 2024 rather than
 *   failing). An optional row blank in that period is left out, with a note.
 * - Series flags read the longest run of consecutive periods, ending at the latest period in
 *   which every required row holds a number, over which all of them do. An optional series
 *   row (CAPEXCREEP's commitments) is used only if it is complete over that run.
 * - Single-figure rows (a life, a rate) read their latest number, whatever the period.
 */
import { cellAddress, type CellPosition } from "../../core/cells/a1";
import type { RawArg } from "../../core/cells/values";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Model, ModelRow } from "../block/readModel";
import type { LineItemId } from "../labels/lineItems";
import { inputParams, isMissing, sourceOf, type ArgSource, type Assumptions, type MissingInput } from "./sources";

export interface UsedInput {
  param: string;
  item: LineItemId;
  /** The row's label as the model writes it. */
  label: string;
  /** Oldest first; one cell for a single period. */
  cells: readonly CellPosition[];
  values: readonly number[];
  /** Cells among `cells` whose number was text: the written formula sees text there. */
  textCells: readonly CellPosition[];
  caveat?: string;
}

export interface Setting {
  param: string;
  value: number;
  why: "assumption" | "default" | "periods-per-year";
}

export type FormulaArg =
  /** `label`: the row's label, to name a helper row if the cells must be reordered. */
  | { kind: "cells"; cells: readonly CellPosition[]; label: string }
  | { kind: "number"; value: number }
  | { kind: "omitted" };

export type Feed =
  | {
      ok: true;
      /** For `invokeFunction`, in parameter order, without `output`. */
      args: RawArg[];
      formulaArgs: FormulaArg[];
      inputs: UsedInput[];
      settings: Setting[];
      notes: string[];
      /** The periods read: "FY2025", or "FY2023 to FY2025" for a series; "" when none. */
      period: string;
    }
  | { ok: false; missing: MissingInput[]; reason?: string };

type RowSource = Extract<ArgSource, { kind: "row" }>;

const has = (row: ModelRow, k: number) => row.values[k] !== null;

/** The last period in which the row holds a number (rows fed to flags hold at least one). */
function latestOf(row: ModelRow): number {
  for (let k = row.values.length - 1; k >= 0; k--) if (has(row, k)) return k;
  return -1;
}

function latestCommon(rows: readonly ModelRow[], count: number): number {
  for (let k = count - 1; k >= 0; k--) if (rows.every((r) => has(r, k))) return k;
  return -1;
}

/** The periods each row source reads, or a reason why no period fits. */
function periodsFor(sources: readonly RowSource[], model: Model): Map<RowSource, number[]> | string {
  const out = new Map<RowSource, number[]>();
  const n = model.periods.length;
  for (const s of sources) if (s.take === "latest") out.set(s, [latestOf(s.row)]);
  for (const take of ["period", "series"] as const) {
    const group = sources.filter((s) => s.take === take);
    const required = group.filter((s) => !s.param.optional);
    if (group.length === 0) continue;
    const end = latestCommon((required.length > 0 ? required : group).map((s) => s.row), n);
    if (end === -1) return `no period holds ${group.map((s) => `"${s.row.label}"`).join(", ")} together`;
    let start = end;
    if (take === "series") while (start > 0 && required.every((s) => has(s.row, start - 1))) start--;
    const span = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    for (const s of group) if (span.every((k) => has(s.row, k))) out.set(s, span);
  }
  return out;
}

function periodText(model: Model, span: readonly number[] | undefined): string {
  if (!span || span.length === 0) return "";
  const first = model.periods[span[0]].label;
  const last = model.periods[span[span.length - 1]].label;
  return first === last ? first : `${first} to ${last}`;
}

export function feedFlag(def: FunctionDefinition, model: Model, assumptions: Assumptions = {}): Feed {
  const found = inputParams(def).map((p) => sourceOf(def, p, model, assumptions));
  const missing = found.filter(isMissing);
  if (missing.length > 0) return { ok: false, missing };
  const sources = found as ArgSource[];
  const rows = sources.filter((s): s is RowSource => s.kind === "row");
  const spans = periodsFor(rows, model);
  if (typeof spans === "string") return { ok: false, missing: [], reason: spans };
  const feed: Omit<Extract<Feed, { ok: true }>, "period"> = { ok: true, args: [], formulaArgs: [], inputs: [], settings: [], notes: [] };
  for (const s of sources) {
    if (s.kind === "omitted") {
      feed.args.push(null);
      feed.formulaArgs.push({ kind: "omitted" });
    } else if (s.kind === "number") {
      feed.args.push(s.value);
      feed.formulaArgs.push({ kind: "number", value: s.value });
      feed.settings.push({ param: s.param.name, value: s.value, why: s.why });
    } else {
      const span = spans.get(s);
      if (!span) {
        // An optional row incomplete over the periods read: left out rather than fail the flag.
        feed.args.push(null);
        feed.formulaArgs.push({ kind: "omitted" });
        feed.notes.push(`"${s.row.label}" is not used: it is blank in some of the periods read.`);
        continue;
      }
      const values = span.map((k) => s.row.values[k] as number);
      const cells = span.map((k) => s.row.cells[k]);
      feed.args.push(s.take === "series" ? [values] : values[0]);
      feed.formulaArgs.push({ kind: "cells", cells, label: s.row.label });
      const textCells = span.filter((k) => s.row.fromText[k]).map((k) => s.row.cells[k]);
      if (textCells.length > 0) {
        feed.notes.push(
          `"${s.row.label}" holds numbers stored as text (${textCells.map((c) => cellAddress(c)).join(", ")}): ` +
            "computed here, but a formula reading those cells shows #VALUE! until they hold numbers.",
        );
      }
      feed.inputs.push({ param: s.param.name, item: s.row.item, label: s.row.label, cells, values, textCells, ...(s.caveat ? { caveat: s.caveat } : {}) });
      if (s.caveat) feed.notes.push(s.caveat);
    }
  }
  const main = rows.find((s) => s.take !== "latest" && spans.has(s));
  const span = main ? spans.get(main) : undefined;
  const period = periodText(model, span);
  if (span && span[span.length - 1] < model.periods.length - 1) {
    feed.notes.push(`Reads ${period}: later periods lack some of its inputs.`);
  }
  return { ...feed, period };
}
