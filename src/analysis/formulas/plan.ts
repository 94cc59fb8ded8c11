/**
 * "Write formulas beside the block": the cell writes, as plain data, that put one live AIFLAG
 * formula per computable flag next to the analyst's block. The host checks that `target` is
 * empty before writing (reading it first); if it is not, `findEmptyArea` proposes the next free
 * place along `direction`, and `planFormulas` is called again with that anchor.
 *
 * Layout (decisions where the issue is silent):
 * - Where: one blank column to the right of the block, level with its top (labels in the first
 *   column); one blank row below it, level with its left edge (the transpose). The gap keeps
 *   Excel's current-region and table detection from gluing our table onto the model.
 * - What: a header row (Flag, Value, Status, Inputs), then per computed flag its title and id,
 *   `=AIFLAG.X(...)` formatted by the flag's value kind (0.70x, 70.3%; money as the block gives
 *   it, its scale unknown), `=AIFLAG.X(..., "status")` (not written for a flag without status)
 *   and the rows it reads. Flags that need input are not written: the pane lists them.
 * - Element-wise flags reference the single cells of the period they read; series flags the
 *   run of cells of their rows (the cells each fact's provenance names). Defaults, assumptions
 *   and any figure that did not come from a cell are written as numbers.
 * - A series whose cells do not run forward in time along the sheet (a filing's newest-first
 *   columns) cannot be one range: a helper row below the flags copies them oldest first with
 *   plain references (=$E$5, =$D$5, ...), auditable cell by cell, and the flag reads that row.
 * - Capex the flag reads as hardware vintages (times the hardware share) goes through a helper
 *   row of its own, each cell `=$C$11*0.575`, so the factor shows and the analyst can change it.
 * - References carry the block's sheet name only when the table goes to another sheet.
 * - Texts written never start with "=", "+", "-" or "@", so Excel never reads them as formulas.
 * Guarantee: no write lands inside the block (checked here, not only by construction). An
 * `anchor` that would overlap the block is a caller's bug and throws a RangeError (failing loudly
 * beats writing over the model); a sheet edge with no room is an answer (`kind: "nothing"`).
 */
import { cellAddress, rangeAddress, sheetPrefix, type CellPosition, type RangeBox } from "../../core/cells/a1";
import { VALUE_KIND_FORMATS } from "../../core/format/valueKind";
import type { Fact } from "../../model/financials";
import { boxesOverlap, inBox } from "../../sources/selection/selection";
import type { Analysis } from "../analyse";
import type { ComputedFlag } from "../flags/computeFlags";
import type { FactScale } from "../flags/feed";
import { cellOf } from "../provenance";
import { arrayLiteral, flagFormula, isForwardLine, lineRef, numberLiteral } from "./refs";

export interface CellWrite {
  /** A1 address on the target sheet, e.g. "H2". */
  address: string;
  position: CellPosition;
  /** Exactly one of formula / text. */
  formula?: string;
  text?: string;
  /** The value cell's number format, from the flag's value kind (a conversion as 0.70x, a share as 70.3%). */
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

function inputsText(flag: ComputedFlag, prefix: string): string {
  // Described by the rectangle they cover, in sheet order, whatever order the formula reads them in.
  const rows = flag.inputs.map((i) => (i.cells.length > 0 ? `${i.label} (${prefix}${rangeAddress(boundsOf(i.cells))})` : i.label));
  const settings = flag.settings.map((s) => `${s.param} = ${numberLiteral(s.value)} (${s.why === "periods-per-year" ? "from the periods" : s.why})`);
  return `Uses ${flag.period ? `${flag.period}: ` : ""}${[...rows, ...settings].join("; ")}`;
}

export function planFormulas(analysis: Analysis, options: PlanOptions = {}): FormulaPlan {
  const flags = analysis.flags.filter((f): f is ComputedFlag => f.state === "computed");
  const block = analysis.block;
  if (!block || flags.length === 0) return { kind: "nothing", message: "No flag could be computed from this block, so there is nothing to write." };
  const sheet = options.targetSheet ?? analysis.sheet;
  const sameSheet = sheet === analysis.sheet;
  const prefix = sameSheet ? "" : sheetPrefix(analysis.sheet);
  const at = options.anchor ?? defaultAnchor(analysis, block);

  const helpers: Helper[] = [];
  const helperStart = flags.length + 3; // header, flags, a blank row, the helpers' title
  const argText = (facts: readonly Fact[], label: string, times?: FactScale): string => {
    const found = facts.map(cellOf);
    if (found.some((c) => c === undefined)) {
      const values = facts.map((x) => x.value * (times?.value ?? 1));
      return values.length === 1 ? numberLiteral(values[0]) : arrayLiteral(values);
    }
    const cells = found as CellPosition[];
    if (isForwardLine(cells) && !times) return lineRef(cells, prefix);
    const key = `${cells.map((c) => cellAddress(c)).join(",")}*${times?.value ?? 1}`;
    let h = helpers.find((x) => `${x.cells.map((c) => cellAddress(c)).join(",")}*${x.times?.value ?? 1}` === key);
    if (!h) {
      h = { cells, label, line: helperStart + helpers.length, ...(times ? { times } : {}) };
      helpers.push(h);
    }
    const row = at.row + h.line;
    return lineRef([{ row, col: at.col + 1 }, { row, col: at.col + cells.length }]);
  };

  const writes: CellWrite[] = [];
  const put = (line: number, offset: number, content: { formula: string; numberFormat?: string } | { text: string }) => {
    const position = { row: at.row + line, col: at.col + offset };
    writes.push({ address: cellAddress(position), position, ...content });
  };
  HEADERS.forEach((h, k) => put(0, k, { text: h }));
  flags.forEach((flag, i) => {
    const args = flag.formulaArgs.map((a) =>
      a.kind === "omitted" ? "" : a.kind === "number" ? numberLiteral(a.value) : argText(a.facts, a.label, a.times),
    );
    put(i + 1, 0, { text: `${flag.title} (${flag.id})` });
    const format = flag.valueKind ? VALUE_KIND_FORMATS[flag.valueKind].excel : undefined;
    put(i + 1, 1, { formula: flagFormula(flag.id, args), ...(format ? { numberFormat: format } : {}) });
    if (flag.status !== undefined) put(i + 1, 2, { formula: flagFormula(flag.id, args, "status") });
    put(i + 1, 3, { text: inputsText(flag, prefix) });
  });
  if (helpers.length > 0) {
    put(helperStart - 1, 0, { text: "Inputs in time order, oldest first (read by the flags above)" });
    for (const h of helpers) {
      const factor = h.times ? `*${numberLiteral(h.times.value)}` : "";
      put(h.line, 0, { text: h.times ? `Oldest first: ${h.label} x ${h.times.label} ${numberLiteral(h.times.value)}` : `Oldest first: ${h.label}` });
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
