/**
 * Sheets as plain arrays for the formula tests: put a block at its address, apply a plan's
 * writes, and read cells back by address.
 */
import type { BlockValue, CellWrite } from "../../../src/analysis";
import { parseCell } from "../../../src/core/cells/a1";

export type SheetArray = unknown[][];

function ensure(sheet: SheetArray, row: number, col: number): void {
  while (sheet.length <= row) sheet.push([]);
  while (sheet[row].length <= col) sheet[row].push(null);
}

export function placeBlock(sheet: SheetArray, corner: string, values: readonly (readonly BlockValue[])[]): SheetArray {
  const { row, col } = parseCell(corner);
  values.forEach((line, i) =>
    line.forEach((x, j) => {
      ensure(sheet, row + i, col + j);
      sheet[row + i][col + j] = x;
    }),
  );
  return sheet;
}

export function applyWrites(sheet: SheetArray, writes: readonly CellWrite[]): SheetArray {
  for (const w of writes) {
    ensure(sheet, w.position.row, w.position.col);
    sheet[w.position.row][w.position.col] = w.formula ?? w.text ?? w.value ?? null;
  }
  return sheet;
}

/** Pads every row to the same width, as HyperFormula and a cell-by-cell comparison want. */
export function rectangular(sheet: SheetArray): SheetArray {
  const width = sheet.reduce((n, r) => Math.max(n, r.length), 0);
  return sheet.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
}
