/**
 * Turns one sheet of a resolved plan into the few bulk writes a spreadsheet API wants:
 * one block of formulas/values and one of number formats from A1 to the last used cell,
 * and style runs (consecutive cells of a row with the same style merged into one range).
 * Pure, so the Office.js writer, the preview and the request-size benchmark share it.
 */
import { cellAddress, parseCell, rangeAddress } from "../core/cells/a1";
import type { CellStyle, PlanValue, SheetPlan } from "../templates/plan";

export interface SheetBlock {
  /** "A1:H40": the block written in one call. */
  address: string;
  /** Formulas or constants; "" where the plan has no cell (the sheet is new, so "" changes nothing). */
  formulas: PlanValue[][];
  numberFormats: string[][];
}

export interface StyleRun {
  style: CellStyle;
  address: string;
}

const GENERAL = "General";

export function sheetBlock(sheet: SheetPlan): SheetBlock | undefined {
  if (sheet.cells.length === 0) return undefined;
  const positions = sheet.cells.map((c) => parseCell(c.ref));
  const rows = Math.max(...positions.map((p) => p.row)) + 1;
  const cols = Math.max(...positions.map((p) => p.col)) + 1;
  const formulas: PlanValue[][] = Array.from({ length: rows }, () => new Array<PlanValue>(cols).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(GENERAL));
  sheet.cells.forEach((cell, i) => {
    const { row, col } = positions[i];
    formulas[row][col] = cell.formula ?? cell.value ?? "";
    if (cell.numberFormat) numberFormats[row][col] = cell.numberFormat;
  });
  return { address: rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }), formulas, numberFormats };
}

interface Box {
  style: CellStyle;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Consecutive cells of a row with the same style, as one box each, row by row. */
function rowRuns(sheet: SheetPlan): Box[] {
  const styled = sheet.cells
    .filter((c): c is typeof c & { style: CellStyle } => c.style !== undefined)
    .map((c) => ({ style: c.style, ...parseCell(c.ref) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Box[] = [];
  let start = 0;
  for (let i = 1; i <= styled.length; i++) {
    const prev = styled[i - 1];
    const cur = styled[i];
    if (cur && cur.row === prev.row && cur.col === prev.col + 1 && cur.style === prev.style) continue;
    const first = styled[start];
    runs.push({ style: first.style, top: first.row, left: first.col, bottom: prev.row, right: prev.col });
    start = i;
  }
  return runs;
}

/**
 * The styled cells as few rectangles as a simple rule finds: runs of a row, then the same run
 * (same columns, same style) on the rows right below it joined into one box. A table styled by
 * column (a label column, a column of figures) becomes one range per column, not one per row:
 * each range costs the request an object path and a call per format property.
 */
export function styleRuns(sheet: SheetPlan): StyleRun[] {
  const boxes: Box[] = [];
  /** Open boxes by "style left right", each ending on the row last seen. */
  const open = new Map<string, Box>();
  for (const run of rowRuns(sheet)) {
    const key = `${run.style} ${run.left} ${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) {
      above.bottom = run.top;
      continue;
    }
    open.set(key, run);
    boxes.push(run);
  }
  return boxes.map(({ style, ...box }) => ({ style, address: rangeAddress(box) }));
}

/** Bottom-right cell of a chart placed at `anchor` spanning the given cells. */
export function chartEnd(anchor: string, widthCells: number, heightCells: number): string {
  const a = parseCell(anchor);
  return cellAddress({ row: a.row + heightCells - 1, col: a.col + widthCells - 1 });
}
