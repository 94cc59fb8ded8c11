/**
 * "Write formulas beside the block", through Office.js, in two syncs:
 *   sync 1: read a window of the sheet from the planned target along the plan's direction,
 *           values AND formulas (a cell is occupied when either is non-empty);
 *   (decide: `findEmptyArea` from the target, never over the analysed block; re-plan there;
 *    check that every write lands on a cell read as empty, or write nothing)
 *   sync 2: every write in one batch, contiguous cells of a row of the same kind as one range:
 *           formulas through `formulas`, texts through `values`. Cells of the target that get no
 *           write are not written at all (not even ""), so no cell that holds anything changes.
 * The window reaches SEARCH_STEPS columns to the right (or rows down, for the transpose).
 */
import { rangeAddress, sheetPrefix, type RangeBox } from "../core/cells/a1";
import { findEmptyArea, isEmptyCell, planFormulas, type Analysis, type CellWrite, type FormulaPlan, type SheetWindow } from "../analysis";
import type { BesideResult } from "./host";
import { besideResult } from "./messages";
import { asTypedText } from "./typedText";

/** How far the search for room goes past the target, in columns (or rows). */
export const SEARCH_STEPS = 128;

/** Excel's last row and column, 0-based. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Excel's error code for a sheet that is not in the workbook. */
const ITEM_NOT_FOUND = "ItemNotFound";

type Direction = Extract<FormulaPlan, { kind: "plan" }>["direction"];

/** The target and the cells past it along `direction` where the table may move. */
export function searchWindow(target: RangeBox, direction: Direction, steps = SEARCH_STEPS): RangeBox {
  return direction === "right" ? { ...target, right: Math.min(MAX_COL, target.right + steps) } : { ...target, bottom: Math.min(MAX_ROW, target.bottom + steps) };
}

/** One grid of what each cell holds: its formula when it has one, else its value. */
export function occupancy(values: readonly (readonly unknown[])[], formulas: readonly (readonly unknown[])[]): unknown[][] {
  return values.map((row, r) => row.map((value, c) => (isEmptyCell(formulas[r]?.[c]) ? value : formulas[r][c])));
}

export interface WriteRun {
  /** "H2:K2". */
  address: string;
  kind: "formula" | "text";
  /** One row, as written. */
  entries: string[];
}

const kindOf = (w: CellWrite): WriteRun["kind"] => (w.formula !== undefined ? "formula" : "text");
const entryOf = (w: CellWrite): string => (w.formula !== undefined ? w.formula : asTypedText(w.text ?? ""));

/** The writes as runs: consecutive cells of one row with the same kind. Cells with no write are in no run. */
export function writeRuns(writes: readonly CellWrite[]): WriteRun[] {
  const sorted = [...writes].sort((a, b) => a.position.row - b.position.row || a.position.col - b.position.col);
  const runs: WriteRun[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur && cur.position.row === prev.position.row && cur.position.col === prev.position.col + 1 && kindOf(cur) === kindOf(prev)) continue;
    const first = sorted[start];
    runs.push({
      address: rangeAddress({ top: first.position.row, left: first.position.col, bottom: prev.position.row, right: prev.position.col }),
      kind: kindOf(first),
      entries: sorted.slice(start, i).map(entryOf),
    });
    start = i;
  }
  return runs;
}

/** Every write must land on a cell read as empty inside the window; anything else is a bug: nothing is written. */
export function assertWritesEmpty(writes: readonly CellWrite[], window: SheetWindow): void {
  for (const w of writes) {
    const row = window.cells[w.position.row - window.top];
    const inside = row !== undefined && w.position.col >= window.left && w.position.col - window.left < row.length;
    if (!inside || !isEmptyCell(row[w.position.col - window.left])) {
      throw new Error(`refusing to write ${w.address}: it was not read as empty, so nothing was written`);
    }
  }
}

type Planned = Extract<FormulaPlan, { kind: "plan" }>;

/**
 * The one decision both hosts make once they have read `window` (covering `box`): the first
 * empty place for the table from the planned target, never over the analysed block; the plan
 * again at that place if it moved; and a last check that every write lands on an empty cell.
 */
export function placeInWindow(analysis: Analysis, first: Planned, window: SheetWindow, box: RangeBox): Planned | BesideResult {
  const rows = first.target.bottom - first.target.top + 1;
  const cols = first.target.right - first.target.left + 1;
  const from = { row: first.target.top, col: first.target.left };
  const area = findEmptyArea({ window, rows, cols, from, direction: first.direction, avoid: analysis.block ? [analysis.block] : [] });
  if (!area.found) return besideResult.noRoom(rows, cols, rangeAddress(box));
  const moved = area.box.top !== from.row || area.box.left !== from.col;
  const plan = moved ? planFormulas(analysis, { anchor: { row: area.box.top, col: area.box.left } }) : first;
  if (plan.kind === "nothing") return besideResult.nothing(plan.message);
  assertWritesEmpty(plan.writes, window);
  return plan;
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

export async function writeBeside(context: Excel.RequestContext, analysis: Analysis, steps = SEARCH_STEPS): Promise<BesideResult> {
  const first = planFormulas(analysis);
  if (first.kind === "nothing") return besideResult.nothing(first.message);
  const box = searchWindow(first.target, first.direction, steps);
  const sheet = context.workbook.worksheets.getItem(first.sheet);
  const read = sheet.getRange(rangeAddress(box));
  read.load(["values", "formulas"]);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === ITEM_NOT_FOUND) return besideResult.sheetGone(first.sheet);
    throw error;
  }

  const window: SheetWindow = { top: box.top, left: box.left, cells: occupancy(read.values, read.formulas) };
  const plan = placeInWindow(analysis, first, window, box);
  if ("outcome" in plan) return plan;

  for (const run of writeRuns(plan.writes)) {
    const range = sheet.getRange(run.address);
    if (run.kind === "formula") range.formulas = [run.entries];
    else range.values = [run.entries];
  }
  // The value cells' number formats (0.70x), in the same batch.
  for (const w of plan.writes) if (w.numberFormat) sheet.getRange(w.address).numberFormat = [[w.numberFormat]];
  await context.sync();

  return writtenResult(first, plan);
}

/** The sentence for a table written where `plan` put it (saying so when it moved from `first`). */
export function writtenResult(first: Planned, plan: Planned): BesideResult {
  const prefix = sheetPrefix(plan.sheet);
  const formulas = plan.writes.filter((w) => w.formula !== undefined).length;
  const moved = plan.targetAddress !== first.targetAddress;
  return besideResult.written(`${prefix}${plan.targetAddress}`, formulas, moved ? `${prefix}${first.targetAddress}` : undefined);
}
