/**
 * A1 addresses: the arithmetic every part that lays out cells needs (templates, the writers,
 * the analysis of a selection). Rows and columns are 0-based here; A1 text is 1-based.
 */

export interface CellPosition {
  row: number;
  col: number;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 4, col 2) -> "C5"; with `absolute`, "$C$5". */
export function cellAddress(pos: CellPosition, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(pos.col)}${d}${pos.row + 1}`;
}

/** "C5" or "$C$5" -> (row 4, col 2). Throws on anything else: addresses here are built by code. */
export function parseCell(ref: string): CellPosition {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) throw new Error(`not a cell address: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D9" (or a single cell) -> its box, corners in any order. */
export function parseRange(ref: string): RangeBox {
  const [a, b = a] = ref.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeAddress(box: RangeBox, absolute = false): string {
  const a = cellAddress({ row: box.top, col: box.left }, absolute);
  const b = cellAddress({ row: box.bottom, col: box.right }, absolute);
  return a === b ? a : `${a}:${b}`;
}

/**
 * A sheet name as a formula writes it: bare when it is a plain identifier that cannot be read
 * as a cell address, an R1C1 reference or a boolean ("Inputs"), otherwise in single quotes with
 * inner quotes doubled ('Inputs (2)', 'AB12', 'TRUE').
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
  const looksLikeSomethingElse = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^(true|false)$/i.test(name);
  return plain && !looksLikeSomethingElse ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula prefix: Inputs!  or  'Inputs (2)'! */
export function sheetPrefix(name: string): string {
  return `${quoteSheetName(name)}!`;
}

/** Whether the cell lies inside the box. */
export function inBox(box: RangeBox, p: CellPosition): boolean {
  return p.row >= box.top && p.row <= box.bottom && p.col >= box.left && p.col <= box.right;
}

/** Whether two boxes share a cell. */
export function boxesOverlap(a: RangeBox, b: RangeBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
