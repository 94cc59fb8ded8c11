/**
 * The state behind the recording fake of Excel (excel.ts): sheets of cells with their values,
 * formulas, number formats and formats, column widths, conditional formats, charts, names and
 * panes. Plain data, so that a test can snapshot a sheet before and after and compare them.
 *
 * Entries are read the way Excel reads typing (`enter`): "2023" becomes a number, "TRUE" a
 * boolean, "=..." a formula, "'text" the text without its apostrophe, and a cell formatted "@"
 * keeps any entry as text. So a writer that lets text be re-read is caught here.
 */
import { parseRange, type RangeBox } from "../../../src/core/cells/a1";

export type Scalar = string | number | boolean;

export interface FakeCell {
  /** What `Range.values` gives. A formula cell shows "" (as `=""` would): readers must look at formulas too. */
  value: Scalar;
  /** What `Range.formulas` gives: the formula, or the constant. */
  formula: Scalar;
  numberFormat: string;
  font: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  fill?: string;
  horizontalAlignment?: string;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  fontColor?: string;
  fill?: string;
  rule?: unknown;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string];
}

export interface FakeSheet {
  /** `Worksheet.id`: stays the same when the sheet is renamed. */
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  names: Array<{ name: string; range: string; comment?: string }>;
  frozen?: { rows: number; columns: number };
}

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

export const key = (row: number, col: number) => `${row},${col}`;

export function emptyCell(): FakeCell {
  return { value: "", formula: "", numberFormat: "General", font: {} };
}

let sheetCount = 0;

/** Ids as Excel gives them: braces around a GUID-like text, unique per sheet. */
export function newSheet(name: string): FakeSheet {
  sheetCount++;
  return { id: `{00000000-0001-0000-0000-${String(sheetCount).padStart(12, "0")}}`, name, cells: new Map(), columnWidths: new Map(), conditionalFormats: [], charts: [], names: [] };
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

export function peek(sheet: FakeSheet, row: number, col: number): FakeCell {
  return sheet.cells.get(key(row, col)) ?? emptyCell();
}

/** "A1", "A1:C3", or whole columns "B:B" / "B:D". */
export function boxOf(address: string): RangeBox {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(local);
  if (columns) {
    const { left, right } = parseRange(`${columns[1]}1:${columns[2]}1`);
    return { top: 0, left, bottom: MAX_ROW, right };
  }
  return parseRange(local);
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?%?$/i;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
const DATE = new RegExp(`^(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|${MONTH}[- ]\\d{1,4}|\\d{1,2}[- ]${MONTH}([- ]\\d{2,4})?)$`, "i");

/** Writes one entry into a cell as Excel reads typing. */
export function enter(cell: FakeCell, entry: unknown): void {
  if (typeof entry === "number" || typeof entry === "boolean") {
    cell.value = entry;
    cell.formula = entry;
    return;
  }
  const s = entry === null || entry === undefined ? "" : String(entry);
  const text = (t: string) => {
    cell.value = t;
    cell.formula = t;
  };
  if (s === "") return text("");
  if (s.startsWith("'")) return text(s.slice(1));
  if (cell.numberFormat === "@") return text(s);
  if (/^[=+\-@]/.test(s) && !NUMBER.test(s.trim())) {
    cell.formula = s.startsWith("=") ? s : `=${s}`;
    cell.value = "";
    return;
  }
  const t = s.trim();
  if (NUMBER.test(t) && /\d/.test(t)) {
    const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
    return enterNumber(cell, t.endsWith("%") ? n / 100 : n);
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
    cell.formula = cell.value;
    return;
  }
  if (DATE.test(t)) return enterNumber(cell, 45000); // a date serial; which one does not matter here
  text(s);
}

function enterNumber(cell: FakeCell, n: number): void {
  cell.value = n;
  cell.formula = n;
}

/** A sheet as comparable data: every non-default cell, sorted, and everything else it holds. */
export function snapshot(sheet: FakeSheet): unknown {
  const cells = [...sheet.cells.entries()]
    .filter(([, c]) => JSON.stringify(c) !== JSON.stringify(emptyCell()))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => [k, structuredClone(c)]);
  return structuredClone({
    name: sheet.name,
    cells,
    columnWidths: [...sheet.columnWidths.entries()].sort(),
    conditionalFormats: sheet.conditionalFormats,
    charts: sheet.charts,
    names: sheet.names,
    frozen: sheet.frozen ?? null,
  });
}

/** A sheet seeded from rows of entries (typed as Excel reads them), top-left at `at`. */
export function seedSheet(name: string, rows: ReadonlyArray<ReadonlyArray<unknown>>, at = "A1"): FakeSheet {
  const sheet = newSheet(name);
  const { top, left } = boxOf(at);
  rows.forEach((row, r) => row.forEach((entry, c) => entry !== null && entry !== undefined && entry !== "" && enter(cellAt(sheet, top + r, left + c), entry)));
  return sheet;
}
