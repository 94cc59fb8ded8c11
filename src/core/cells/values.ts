import { CellError } from "./errors";

/**
 * What a cell can hold when it crosses the boundary between Excel and the core.
 * `null` is a blank: an omitted argument or a blank cell (docs/conventions.md, convention 3).
 */
export type CellInput = number | string | boolean | null | CellError;

/** What the core returns in a cell: a finite number, a text, or an error. Never NaN or Infinity. */
export type CellOutput = number | string | CellError;

/** A rectangular block of cells, row-major. Every function result is one of these. */
export type Matrix<T> = T[][];

/** An argument as Excel passes it: a single value or a block (a range, an array constant). */
export type RawArg = CellInput | Matrix<CellInput> | undefined;

export interface Shape {
  rows: number;
  cols: number;
}

export function shapeOf(m: Matrix<unknown>): Shape {
  return { rows: m.length, cols: m.length === 0 ? 0 : m[0].length };
}

/** A single value as a 1 x 1 block, a block as itself. */
export function asMatrix(arg: RawArg): Matrix<CellInput> {
  if (Array.isArray(arg)) return arg;
  return [[arg ?? null]];
}

export function transpose<T>(m: Matrix<T>): Matrix<T> {
  const { rows, cols } = shapeOf(m);
  const out: Matrix<T> = [];
  for (let c = 0; c < cols; c++) {
    const row: T[] = [];
    for (let r = 0; r < rows; r++) row.push(m[r][c]);
    out.push(row);
  }
  return out;
}

export function describeShape(shape: Shape): string {
  return `${shape.rows} row${shape.rows === 1 ? "" : "s"} x ${shape.cols} column${shape.cols === 1 ? "" : "s"}`;
}

/** Whether a cell's content, as loaded (its value or its formula), is nothing. */
export function isEmptyContent(x: unknown): boolean {
  return x === null || x === undefined || x === "";
}
