/**
 * The block seen one way whatever its orientation: "lines" are line items (a label, then one
 * cell per period), "positions" run along a line. For a block with labels in its first column
 * a line is a sheet row; for the transpose (labels in the first row, periods down) a line is a
 * sheet column. Every later step works on lines and asks the grid where a cell sits on the sheet.
 */
import type { CellPosition } from "../../core/cells/a1";
import { recogniseLabel } from "./labels/recognise";
import { datesAllowed, isSerialDate, parsePeriod } from "./periods";
import type { BlockValue, Selection } from "./selection";

/** "rows": labels in the first column, periods across; "columns": labels in the first row, periods down. */
export type Orientation = "rows" | "columns";

export interface Grid {
  orientation: Orientation;
  /** lines[i][j]: line i, position j (0 holds the label). Rectangular, blanks as null. */
  lines: BlockValue[][];
  /** The number format of each cell, laid out as `lines`, when the host read them. */
  formats?: Array<Array<string | null>>;
  /** Where line i, position j sits on the sheet. */
  at(line: number, position: number): CellPosition;
}

function rectangular(values: Selection["values"]): BlockValue[][] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  return values.map((row) => Array.from({ length: width }, (_, j) => (j < row.length && row[j] !== "" ? row[j] : null)));
}

function column<T>(m: T[][], j: number): T[] {
  return m.map((row) => row[j]);
}

/** The formats as a rectangle matching the values (null where missing). */
function rectangularFormats(formats: Selection["numberFormats"], rows: number, width: number): Array<Array<string | null>> | undefined {
  if (!formats) return undefined;
  return Array.from({ length: rows }, (_, i) => Array.from({ length: width }, (_, j) => formats[i]?.[j] ?? null));
}

/**
 * The formats of a line's filled cells after the label, when known: what `datesAllowed` reads
 * to decide whether the line's numbers may be dates.
 */
export function filledFormats(cells: readonly BlockValue[], formats: ReadonlyArray<string | null> | undefined): Array<string | null> | undefined {
  if (!formats) return undefined;
  return cells.flatMap((x, k) => (k > 0 && x !== null ? [formats[k] ?? null] : []));
}

const recognisedCount = (cells: readonly BlockValue[]) => cells.filter((x) => recogniseLabel(x) !== undefined).length;

function periodCount(cells: readonly BlockValue[], formats: ReadonlyArray<string | null> | undefined): number {
  const rest = cells.slice(1).filter((x) => x !== null);
  const serial = rest.length >= 2 && rest.every(isSerialDate) && datesAllowed(cells[0], filledFormats(cells, formats));
  return rest.filter((x) => parsePeriod(x, serial) !== undefined).length;
}

/**
 * Decision: the side with more recognised line-item labels holds the labels. On a tie (often
 * none recognised), a period header decides: periods along the first row mean labels run down
 * the first column, and the other way round. Still tied: labels in the first column, the way
 * most models and every filing lay them out.
 */
export function detectOrientation(m: BlockValue[][], formats?: Array<Array<string | null>>): Orientation {
  if (m.length === 0) return "rows";
  const down = recognisedCount(column(m, 0));
  const across = recognisedCount(m[0]);
  if (down !== across) return down > across ? "rows" : "columns";
  const periodsAcross = periodCount(m[0], formats?.[0]);
  const periodsDown = periodCount(column(m, 0), formats && column(formats, 0));
  return periodsDown > periodsAcross ? "columns" : "rows";
}

export function gridOf(values: Selection["values"], corner: CellPosition, numberFormats?: Selection["numberFormats"]): Grid {
  const m = rectangular(values);
  const formats = rectangularFormats(numberFormats, m.length, m[0]?.length ?? 0);
  const orientation = detectOrientation(m, formats);
  if (orientation === "rows") {
    return { orientation, lines: m, ...(formats ? { formats } : {}), at: (i, j) => ({ row: corner.row + i, col: corner.col + j }) };
  }
  const width = m[0]?.length ?? 0;
  const lines = Array.from({ length: width }, (_, j) => column(m, j));
  const transposed = formats && Array.from({ length: width }, (_, j) => column(formats, j));
  return { orientation, lines, ...(transposed ? { formats: transposed } : {}), at: (i, j) => ({ row: corner.row + j, col: corner.col + i }) };
}
