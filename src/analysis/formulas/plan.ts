/**
 * "Write formulas beside the block": the cell writes, as plain data, that put one live AIFLAG
 * formula per computable flag next to the analyst's block. The host checks that `target` is
 * empty before writing (reading it first); if it is not, `findEmptyArea` proposes the next free
 * place along `direction`, and `planFormulas` is called again with that anchor.
 *
 * Layout:
 * - Where: one blank column to the right of the block, level with its top (labels in the first
 *   column); one blank row below it, level with its left edge (the transpose). The gap keeps
 *   Excel's current-region and table detection from gluing our table onto the model.
 * - What: a header row (Flag, Value, Status, Inputs), then per computed flag its title and id,
 *   `=AIFLAG.X(...)` formatted by the flag's value kind (0.70x, 70.3%; money as the block gives
 *   it, its scale unknown), `=AIFLAG.X(..., "status")` (not written for a flag without status)
 *   and the rows it reads. Flags that need input, and flags whose value is an error (too few
 *   periods, a figure out of range), are not written: the pane lists them with the reason.
 * - Element-wise flags reference the single cells of the period they read; series flags the
 *   run of cells of their rows (the cells each fact's provenance names).
 * - No number is written inside a formula: every setting a flag uses (a default threshold, a
 *   life or a rate the analyst typed, the periods per year) becomes a labelled input cell of an
 *   "Assumptions" section below the flags (blue, as inputs are), one per parameter and value,
 *   and the formulas reference it absolutely. Changing that cell recomputes every flag using it.
 *   The hardware share the depreciation flags read capex through is one of them: a helper row
 *   multiplies the capex cells by its cell.
 *   Only a figure that came from no cell (never the case for a selection) is written as a number.
 * - A series whose cells do not run forward in time along the sheet (a filing's newest-first
 *   columns) cannot be one range: a helper row below the flags copies them oldest first with
 *   plain references (=$E$5, =$D$5, ...), auditable cell by cell, and the flag reads that row.
 * - References carry the block's sheet name only when the table goes to another sheet.
 * - Texts written never start with "=", "+", "-" or "@", so Excel never reads them as formulas.
 * Guarantee: no write lands inside the block (checked here, not only by construction). An
 * `anchor` that would overlap the block is a caller's bug and throws a RangeError (failing loudly
 * beats writing over the model); a sheet edge with no room is an answer (`kind: "nothing"`).
 */
import { cellAddress, rangeAddress, sheetPrefix, type CellPosition, type RangeBox } from "../../core/cells/a1";
import { VALUE_KIND_FORMATS } from "../../core/format/valueKind";
import { lineItem, isLineItemId } from "../../model/lineItems";
import type { Fact } from "../../model/financials";
import { isCellError } from "../../core/cells/errors";
import { boxesOverlap, inBox } from "../../sources/selection/selection";
import type { Analysis } from "../analyse";
import type { ComputedFlag } from "../flags/computeFlags";
import type { FactScale, Setting } from "../flags/feed";
import { cellOf } from "../provenance";
import { arrayLiteral, flagFormula, isForwardLine, lineRef, numberLiteral } from "./refs";

/** How a written cell looks: a header, an input the analyst may change (blue), a status (coloured by its text). */
export type WriteStyle = "header" | "input" | "status";

export interface CellWrite {
  /** A1 address on the target sheet, e.g. "H2". */
  address: string;
  position: CellPosition;
  /** Exactly one of formula / text / value. */
  formula?: string;
  text?: string;
  /** A number (an assumption's input cell). */
  value?: number;
  style?: WriteStyle;
  /** Excel's number format for the cell (a flag's value kind); General when absent. */
  numberFormat?: string;
}

export type Direction = "right" | "down";

export type FormulaPlan =
  | {
      kind: "plan";
      /** The sheet the writes go to. */
      sheet: string;
      /** Every write lies inside; the host checks it is empty first. */
      target: RangeBox;
      targetAddress: string;
      /** Where to look for room if the target is not empty. */
      direction: Direction;
      writes: CellWrite[];
    }
  | { kind: "nothing"; message: string };

export interface PlanOptions {
  /** Top-left cell of the table; by default beside the block (see above). */
  anchor?: CellPosition;
  /** The sheet to write to; the block's sheet by default. */
  targetSheet?: string;
}

/** Excel's last row and column, 0-based. */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

const HEADERS = ["Flag", "Value", "Status", "Inputs"];
const ASSUMPTION_HEADERS = ["Assumptions", "Value", "", "Used by"];

export function directionOf(analysis: Analysis): Direction {
  return analysis.orientation === "rows" ? "right" : "down";
}

export function defaultAnchor(analysis: Analysis, block: RangeBox): CellPosition {
  return directionOf(analysis) === "right" ? { row: block.top, col: block.right + 2 } : { row: block.bottom + 2, col: block.left };
}

interface Helper {
  cells: readonly CellPosition[];
  label: string;
  line: number;
  times?: FactScale;
}

function boundsOf(cells: readonly CellPosition[]): RangeBox {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

function inputsText(flag: ComputedFlag, prefix: string, cellOfSetting: (s: Setting) => string): string {
  // Described by the rectangle they cover, in sheet order, whatever order the formula reads them in.
  const rows = flag.inputs.map((i) => (i.cells.length > 0 ? `${i.label} (${prefix}${rangeAddress(boundsOf(i.cells))})` : i.label));
  const settings = flag.settings.map((s) => `${s.param} (${cellOfSetting(s)})`);
  return `Uses ${flag.period ? `${flag.period}: ` : ""}${[...rows, ...settings].join("; ")}`;
}

/** Why a setting holds its value, for the "Used by" column. */
const WHY_TEXT: Readonly<Record<Setting["why"], string>> = {
  default: "its default",
  assumption: "your assumption",
  "periods-per-year": "from the period headers",
  disclosed: "disclosed by the filing",
  implied: "implied by the rows read",
};

/** "Book useful life (book_life)", "Growth threshold (growth_threshold)". */
export function assumptionLabel(param: string): string {
  const words = isLineItemId(param) ? lineItem(param).label : param.replace(/_/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${param})`;
}

/** One input cell per parameter and value, in order of first use, with the flags that read it and why it holds its value. */
interface AssumptionCell {
  key: string;
  param: string;
  value: number;
  why: string;
  readers: string[];
  line: number;
}

const settingKey = (s: Setting) => `${s.param}=${s.value}`;
/** The factor the capex cells are multiplied by: an assumption of its own (the hardware share). */
const scaleKey = (t: FactScale) => `${t.param}=${t.value}`;

/** The settings of each flag, paired with its number arguments (the feed pushes both in parameter order). */
function settingsByArg(flag: ComputedFlag): Array<Setting | undefined> {
  let k = 0;
  return flag.formulaArgs.map((a) => (a.kind === "number" ? flag.settings[k++] : undefined));
}

/** Flags with a value to show: computed, and not an error. */
export function writableFlags(analysis: Analysis): ComputedFlag[] {
  return analysis.flags.filter((f): f is ComputedFlag => f.state === "computed" && !isCellError(f.value));
}

function valueFormat(flag: ComputedFlag): string | undefined {
  return flag.valueKind ? VALUE_KIND_FORMATS[flag.valueKind].excel : undefined;
}

export function planFormulas(analysis: Analysis, options: PlanOptions = {}): FormulaPlan {
  const flags = writableFlags(analysis);
  const block = analysis.block;
  if (!block || flags.length === 0) return { kind: "nothing", message: "No flag could be computed from this block, so there is nothing to write." };
  const sheet = options.targetSheet ?? analysis.sheet;
  const sameSheet = sheet === analysis.sheet;
  const prefix = sameSheet ? "" : sheetPrefix(analysis.sheet);
  const at = options.anchor ?? defaultAnchor(analysis, block);

  const assumptions: AssumptionCell[] = [];
  const hold = (key: string, cell: Omit<AssumptionCell, "key" | "readers" | "line">, reader: string) => {
    const held = assumptions.find((a) => a.key === key);
    if (!held) assumptions.push({ key, ...cell, readers: [reader], line: 0 });
    else if (!held.readers.includes(reader)) held.readers.push(reader);
  };
  for (const flag of flags) {
    for (const s of flag.settings) hold(settingKey(s), { param: s.param, value: s.value, why: WHY_TEXT[s.why] }, flag.id);
    for (const a of flag.formulaArgs) if (a.kind === "facts" && a.times) hold(scaleKey(a.times), { param: a.times.param, value: a.times.value, why: a.times.why }, flag.id);
  }
  const assumptionStart = flags.length + 3; // header, flags, a blank row, the section's header
  assumptions.forEach((a, i) => (a.line = assumptionStart + i));
  const assumptionRef = (key: string, absolute = true): string => {
    const a = assumptions.find((x) => x.key === key) as AssumptionCell;
    return cellAddress({ row: at.row + a.line, col: at.col + 1 }, absolute);
  };

  const helpers: Helper[] = [];
  // After the flags (and the assumptions, with a blank row before each section): the helpers' title, then the helpers.
  const helperStart = (assumptions.length > 0 ? assumptionStart + assumptions.length : flags.length + 1) + 2;
  const helperKey = (cells: readonly CellPosition[], times: FactScale | undefined) => `${cells.map((c) => cellAddress(c)).join(",")}*${times ? scaleKey(times) : ""}`;
  const argText = (facts: readonly Fact[], label: string, times?: FactScale): string => {
    const found = facts.map(cellOf);
    if (found.some((c) => c === undefined)) {
      const values = facts.map((x) => x.value * (times?.value ?? 1));
      return values.length === 1 ? numberLiteral(values[0]) : arrayLiteral(values);
    }
    const cells = found as CellPosition[];
    if (isForwardLine(cells) && !times) return lineRef(cells, prefix);
    const key = helperKey(cells, times);
    let h = helpers.find((x) => helperKey(x.cells, x.times) === key);
    if (!h) {
      h = { cells, label, line: helperStart + helpers.length, ...(times ? { times } : {}) };
      helpers.push(h);
    }
    const row = at.row + h.line;
    return lineRef([{ row, col: at.col + 1 }, { row, col: at.col + cells.length }]);
  };

  const writes: CellWrite[] = [];
  const put = (line: number, offset: number, content: Omit<CellWrite, "address" | "position">) => {
    const position = { row: at.row + line, col: at.col + offset };
    writes.push({ address: cellAddress(position), position, ...content });
  };
  HEADERS.forEach((h, k) => put(0, k, { text: h, style: "header" }));
  flags.forEach((flag, i) => {
    const settings = settingsByArg(flag);
    const args = flag.formulaArgs.map((a, k) => {
      if (a.kind === "omitted") return "";
      if (a.kind === "facts") return argText(a.facts, a.label, a.times);
      const setting = settings[k];
      return setting ? assumptionRef(settingKey(setting)) : numberLiteral(a.value);
    });
    const format = valueFormat(flag);
    put(i + 1, 0, { text: `${flag.title} (${flag.id})` });
    put(i + 1, 1, { formula: flagFormula(flag.id, args), ...(format ? { numberFormat: format } : {}) });
    if (flag.status !== undefined) put(i + 1, 2, { formula: flagFormula(flag.id, args, "status"), style: "status" });
    put(i + 1, 3, { text: inputsText(flag, prefix, (setting) => assumptionRef(settingKey(setting), false)) });
  });
  if (assumptions.length > 0) {
    ASSUMPTION_HEADERS.forEach((h, k) => {
      if (h) put(assumptionStart - 1, k, { text: h, style: "header" });
    });
    for (const a of assumptions) {
      put(a.line, 0, { text: assumptionLabel(a.param) });
      put(a.line, 1, { value: a.value, style: "input" });
      put(a.line, 3, { text: `${a.readers.join(", ")} (${a.why})` });
    }
  }
  if (helpers.length > 0) {
    put(helperStart - 1, 0, { text: "Inputs in time order, oldest first (read by the flags above)" });
    for (const h of helpers) {
      const factor = h.times ? `*${assumptionRef(scaleKey(h.times))}` : "";
      const what = h.times ? `${h.label} x ${h.times.label} (${assumptionRef(scaleKey(h.times), false)})` : h.label;
      put(h.line, 0, { text: `Oldest first: ${what}` });
      h.cells.forEach((c, k) => put(h.line, k + 1, { formula: `=${prefix}${cellAddress(c, true)}${factor}` }));
    }
  }

  const target: RangeBox = {
    top: at.row,
    left: at.col,
    bottom: Math.max(...writes.map((w) => w.position.row)),
    right: Math.max(at.col + HEADERS.length - 1, ...writes.map((w) => w.position.col)),
  };
  if (target.bottom > MAX_ROW || target.right > MAX_COL) {
    return { kind: "nothing", message: "There is no room beside the block for the formulas: the sheet ends there." };
  }
  if (sameSheet && (boxesOverlap(target, block) || writes.some((w) => inBox(block, w.position)))) {
    throw new RangeError(`the formulas would land inside the block (${rangeAddress(target)} overlaps ${rangeAddress(block)})`);
  }
  return { kind: "plan", sheet, target, targetAddress: rangeAddress(target), direction: directionOf(analysis), writes };
}
