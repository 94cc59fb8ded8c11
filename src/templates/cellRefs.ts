/**
 * A1 addresses as the templates write them: rows 1-based, as Excel numbers them and as a
 * layout reads ("row 8"). The arithmetic itself lives once, in src/core/cells/a1.ts (0-based);
 * these are thin views of it so builders never concatenate letters by hand.
 */
import { cellAddress, columnIndex as coreColumnIndex, columnName, parseCell as coreParseCell } from "../core/cells/a1";

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export const columnLetter = (index: number): string => columnName(index);

/** "A" -> 0, "AA" -> 26. */
export const columnIndex = (letters: string): number => coreColumnIndex(letters);

/** Column index (0-based) and row (1-based) to "B6". */
export function cell(col: number, row: number): string {
  return cellAddress({ row: row - 1, col });
}

export interface CellPosition {
  col: number;
  /** 1-based, as in "B6". */
  row: number;
}

/** "B6" or "$B$6" -> { col: 1, row: 6 }. */
export function parseCell(a1: string): CellPosition {
  const p = coreParseCell(a1);
  return { col: p.col, row: p.row + 1 };
}

/** "B6" -> "$B$6": formulas that point at inputs use absolute references, as analysts write them. */
export function abs(a1: string): string {
  return cellAddress(coreParseCell(a1), true);
}

/** "B6", "D6" -> "B6:D6" (a single cell stays a single cell). */
export function range(from: string, to: string): string {
  return from === to ? from : `${from}:${to}`;
}

/** "$B$6:$D$6" from two corners. */
export function absRange(from: string, to: string): string {
  return from === to ? abs(from) : `${abs(from)}:${abs(to)}`;
}

/** "C13" -> "C$13": the row stays fixed when the formula is copied down. */
export function fixRow(a1: string): string {
  const { col, row } = parseCell(a1);
  return `${columnLetter(col)}$${row}`;
}

/** "A14" -> "$A14": the column stays fixed when the formula is copied across. */
export function fixColumn(a1: string): string {
  const { col, row } = parseCell(a1);
  return `$${columnLetter(col)}${row}`;
}
