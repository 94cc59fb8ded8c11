/**
 * The block seen one way whatever its orientation: "lines" are line items (a label, then one
 * cell per period), "positions" run along a line. For a block with labels in its first column
 * a line is a sheet row; for the transpose (labels in the first row, periods down) a line is a
 * sheet column. Every later step works on lines and asks the grid where a cell sits on the sheet.
 */
import type { CellPosition } from "../../core/cells/a1";
import { recogniseLabel } from "./labels/recognise";
import { isSerialDate, parsePeriod } from "./periods";
import type { BlockValue, Selection } from "./selection";

/** "rows": labels in the first column, periods across; "columns": labels in the first row, periods down. */
export type Orientation = "rows" | "columns";

export interface Grid {
  orientation: Orientation;
  /** lines[i][j]: line i, position j (0 holds the label). Rectangular, blanks as null. */
  lines: BlockValue[][];
  /** Where line i, position j sits on the sheet. */
  at(line: number, position: number): CellPosition;
}

function rectangular(values: Selection["values"]): BlockValue[][] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  return values.map((row) => Array.from({ length: width }, (_, j) => (j < row.length && row[j] !== "" ? row[j] : null)));
}

function column(m: BlockValue[][], j: number): BlockValue[] {
  return m.map((row) => row[j]);
}

const recognisedCount = (cells: readonly BlockValue[]) => cells.filter((x) => recogniseLabel(x) !== undefined).length;

function periodCount(cells: readonly BlockValue[]): number {
  const rest = cells.slice(1).filter((x) => x !== null);
  const serial = rest.length >= 2 && rest.every(isSerialDate);
  return rest.filter((x) => parsePeriod(x, serial) !== undefined).length;
}

/**
 * Decision: the side with more recognised line-item labels holds the labels. On a tie (often
 * none recognised), a period header decides: periods along the first row mean labels run down
 * the first column, and the other way round. Still tied: labels in the first column, the way
 * most models and every filing lay them out.
 */
export function detectOrientation(m: BlockValue[][]): Orientation {
  if (m.length === 0) return "rows";
  const down = recognisedCount(column(m, 0));
  const across = recognisedCount(m[0]);
  if (down !== across) return down > across ? "rows" : "columns";
  const periodsAcross = periodCount(m[0]);
  const periodsDown = periodCount(column(m, 0));
  return periodsDown > periodsAcross ? "columns" : "rows";
}

export function gridOf(values: Selection["values"], corner: CellPosition): Grid {
  const m = rectangular(values);
  const orientation = detectOrientation(m);
  if (orientation === "rows") {
    return { orientation, lines: m, at: (i, j) => ({ row: corner.row + i, col: corner.col + j }) };
  }
  const width = m[0]?.length ?? 0;
  const lines = Array.from({ length: width }, (_, j) => column(m, j));
  return { orientation, lines, at: (i, j) => ({ row: corner.row + j, col: corner.col + i }) };
}
