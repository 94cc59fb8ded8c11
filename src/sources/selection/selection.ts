/**
 * The input of the analysis: a block of the analyst's own model as the host read it, plain data.
 */
import { parseCell, type CellPosition, type RangeBox } from "../../core/cells/a1";

/** A cell value as Office.js `Range.values` gives it (blank cells as "" or null). */
export type BlockValue = string | number | boolean | null;

export interface Selection {
  /** The sheet that holds the block. */
  sheet: string;
  /**
   * The block's top-left cell ("B3"), or its whole range ("B3:H20", "'My model'!B3:H20" as Office
   * writes `Range.address`): only the top-left corner is read; the size comes from `values`.
   */
  address: string;
  /** Row-major values. Ragged rows are read as if padded with blanks. */
  values: ReadonlyArray<ReadonlyArray<BlockValue>>;
  /**
   * The cells' number formats as Office.js `Range.numberFormat` gives them ("General",
   * "mmm-yy"...), when the host read them: a header of numbers is read as dates only when
   * formatted as dates (periods.ts). Absent: unknown.
   */
  numberFormats?: ReadonlyArray<ReadonlyArray<string>>;
}

/** The corner of the block, or undefined when the address is not an A1 cell or range. */
export function topLeftOf(address: string): CellPosition | undefined {
  // A sheet prefix may contain "!" inside quotes: the cell part is after the last one.
  const local = address.slice(address.lastIndexOf("!") + 1);
  const first = local.split(":")[0];
  try {
    return parseCell(first);
  } catch {
    return undefined;
  }
}

/** The rectangle the block covers on its sheet (0-based, inclusive). */
export function blockBox(corner: CellPosition, values: Selection["values"]): RangeBox {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  return { top: corner.row, left: corner.col, bottom: corner.row + Math.max(values.length, 1) - 1, right: corner.col + Math.max(width, 1) - 1 };
}

