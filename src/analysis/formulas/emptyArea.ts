/**
 * Finding room for the formula table when the place beside the block is taken. Pure: the host
 * reads a window of the sheet (values or formulas, and whatever else it counts as occupied),
 * this picks the first empty rectangle of the needed size, moving one column right (or one row
 * down for the transpose) at a time from the proposed place.
 *
 * Decision: a cell counts as occupied unless it is null, undefined or "" (how Office.js
 * `Range.values` and `Range.formulas` report an empty cell). A host that also protects formatted
 * or merged cells marks them with any non-empty value. Cells outside the window are unknown, so a
 * rectangle that does not fit in the window is never proposed: the host reads further instead.
 */
import { rangeAddress, type CellPosition, type RangeBox, boxesOverlap } from "../../core/cells/a1";
import { isEmptyContent } from "../../core/cells/values";
import type { Direction } from "./plan";
import { MAX_COL, MAX_ROW } from "./plan";

export interface SheetWindow {
  /** The window's top-left cell on the sheet, 0-based. */
  top: number;
  left: number;
  /** Row-major, as read; ragged rows are padded with empty cells. */
  cells: ReadonlyArray<ReadonlyArray<unknown>>;
}

export interface AreaRequest {
  window: SheetWindow;
  /** Rows and columns the table needs (the plan's target size). */
  rows: number;
  cols: number;
  /** The first place to try (the plan's anchor). */
  from: CellPosition;
  direction: Direction;
  /** Rectangles never to use, whatever the window says (the analysed block). */
  avoid?: readonly RangeBox[];
}

export type AreaAnswer = { found: true; box: RangeBox; address: string } | { found: false; message: string };


function windowBox(w: SheetWindow): RangeBox {
  const width = w.cells.reduce((n, row) => Math.max(n, row.length), 0);
  return { top: w.top, left: w.left, bottom: w.top + w.cells.length - 1, right: w.left + width - 1 };
}

function within(inner: RangeBox, outer: RangeBox): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}

function isFree(w: SheetWindow, box: RangeBox): boolean {
  for (let r = box.top; r <= box.bottom; r++) {
    const row = w.cells[r - w.top];
    for (let c = box.left; c <= box.right; c++) if (!isEmptyContent(row?.[c - w.left])) return false;
  }
  return true;
}

export function findEmptyArea(req: AreaRequest): AreaAnswer {
  const { window, rows, cols, from, direction } = req;
  if (rows < 1 || cols < 1) return { found: false, message: "Nothing to place." };
  const seen = windowBox(window);
  const step = direction === "right" ? { row: 0, col: 1 } : { row: 1, col: 0 };
  for (let at = { ...from }; ; at = { row: at.row + step.row, col: at.col + step.col }) {
    const box = { top: at.row, left: at.col, bottom: at.row + rows - 1, right: at.col + cols - 1 };
    if (box.bottom > MAX_ROW || box.right > MAX_COL || !within(box, seen)) break;
    if ((req.avoid ?? []).some((a) => boxesOverlap(a, box))) continue;
    if (isFree(window, box)) return { found: true, box, address: rangeAddress(box) };
  }
  return {
    found: false,
    message: `No empty area of ${rows} rows x ${cols} columns was found in ${rangeAddress(seen)}: read further ${direction === "right" ? "to the right" : "down"}, or choose a place.`,
  };
}
