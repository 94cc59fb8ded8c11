/**
 * A resolved plan as the list of operations the Office.js writer queues, in order: pure data, so
 * the request can be measured (`requestEstimate`) and checked before anything reaches Excel, and
 * the writer is a plain interpreter of the list. Per sheet: one block of formulas / values and one
 * of number formats (A1 to the last planned cell), style runs, column widths, status colours,
 * charts and panes; then the names; then the sheet to activate.
 *
 * Text values go through `asTypedText` here, so that Excel keeps them as text.
 */
import { parseCell, rangeAddress } from "../core/cells/a1";
import { widthInPoints, type ChartPlan, type PlanValue, type SheetPlan, type WorkbookPlan } from "../templates/plan";
import { STYLE_FORMATS, type CellFormat } from "../templates/styles";
import { chartEnd, sheetBlock, styleRuns } from "./planWrites";
import { asTypedText } from "./typedText";

export type PlanOp =
  | { op: "addSheet"; key: string; name: string }
  | { op: "cells"; key: string; address: string; formulas: PlanValue[][]; numberFormats: string[][] }
  | { op: "style"; key: string; address: string; format: CellFormat }
  /** `width` in points (Office.js), converted from the plan's characters. */
  | { op: "columnWidth"; key: string; column: string; width: number }
  | { op: "statusColours"; key: string; range: string }
  | { op: "chart"; key: string; chart: ChartPlan; end: string }
  | { op: "freeze"; key: string; rows: number; columns: number }
  | { op: "name"; key: string; name: string; range: string; comment?: string }
  | { op: "activate"; key: string };

function cellsOp(sheet: SheetPlan): PlanOp | undefined {
  const block = sheetBlock(sheet);
  if (!block) return undefined;
  // sheetBlock merges formulas and values; only values are text to protect.
  for (const cell of sheet.cells) {
    if (cell.formula === undefined && typeof cell.value === "string") {
      const { row, col } = parseCell(cell.ref);
      block.formulas[row][col] = asTypedText(cell.value);
    }
  }
  return { op: "cells", key: sheet.key, address: block.address, formulas: block.formulas, numberFormats: block.numberFormats };
}

function sheetOps(sheet: SheetPlan): PlanOp[] {
  const key = sheet.key;
  const ops: PlanOp[] = [{ op: "addSheet", key, name: sheet.name }];
  const cells = cellsOp(sheet);
  if (cells) ops.push(cells);
  for (const run of styleRuns(sheet)) ops.push({ op: "style", key, address: run.address, format: STYLE_FORMATS[run.style] });
  for (const { column, width } of sheet.columnWidths ?? []) ops.push({ op: "columnWidth", key, column, width: widthInPoints(width) });
  for (const sf of sheet.statusFormats ?? []) ops.push({ op: "statusColours", key, range: sf.range });
  for (const chart of sheet.charts ?? []) ops.push({ op: "chart", key, chart, end: chartEnd(chart.anchor, chart.widthCells, chart.heightCells) });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    ops.push({ op: "freeze", key, rows: sheet.freeze.rows, columns: sheet.freeze.columns });
  }
  return ops;
}

/** Every operation of the plan, in the order the writer queues them. The plan must be resolved. */
export function planOps(plan: WorkbookPlan): PlanOp[] {
  const ops = plan.sheets.flatMap(sheetOps);
  for (const n of plan.names) {
    ops.push({ op: "name", key: n.sheetKey, name: n.name, range: n.range, ...(n.comment === undefined ? {} : { comment: n.comment }) });
  }
  const active = plan.sheets.find((s) => s.key === plan.activate) ?? plan.sheets[0];
  if (active) ops.push({ op: "activate", key: active.key });
  return ops;
}

/** The frozen top-left block as a range ("A1:B3"), for `freezeAt`. */
export function frozenRange(rows: number, columns: number): string {
  return rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 });
}

/** Excel on the web refuses a request larger than this. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** What a plan's write request may reach here: well under the limit, since the size is an estimate. */
export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;

/**
 * Bytes Office.js adds per queued call (action id, type, object path, property name) around its
 * arguments: about 150-250 in the request JSON; 256 keeps the estimate on the high side.
 */
export const ACTION_OVERHEAD_BYTES = 256;

/** Calls the writer queues for one operation (a style run sets up to six format properties...). */
function callsOf(op: PlanOp): number {
  switch (op.op) {
    case "cells":
      return 3; // getRange, numberFormat, formulas
    case "style":
      return 1 + Object.keys(op.format).length;
    case "statusColours":
      return 1 + 3 * 4; // getRange, then per status: add, font colour, fill, rule
    case "chart":
      return 4; // getRange, add, title, setPosition
    case "name":
    case "freeze":
    case "columnWidth":
      return 2;
    default:
      return 1;
  }
}

/** Bytes of `text` in UTF-8, as it travels. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export interface RequestEstimate {
  calls: number;
  bytes: number;
}

/** An upper estimate of the request the operations make: their data as JSON plus each call's envelope. */
export function requestEstimate(ops: readonly PlanOp[]): RequestEstimate {
  const calls = ops.reduce((n, op) => n + callsOf(op), 0);
  return { calls, bytes: utf8Length(JSON.stringify(ops)) + calls * ACTION_OVERHEAD_BYTES };
}
