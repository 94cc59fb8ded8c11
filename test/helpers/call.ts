import { CellError } from "../../src/core/cells/errors";
import type { CellInput, CellOutput, Matrix, RawArg } from "../../src/core/cells/values";
import { invokeFunction } from "../../src/core/framework/invoke";
import { findFunction } from "../../src/core/registry";

/** Calls an AIFLAG function as Excel would (through the one boundary) and returns the block. */
export function call(id: string, ...args: RawArg[]): Matrix<CellOutput> {
  const def = findFunction(id);
  if (!def) throw new Error(`no function ${id}`);
  return invokeFunction(def, args);
}

/** The single cell of a 1 x 1 result. */
export function call1(id: string, ...args: RawArg[]): CellOutput {
  const m = call(id, ...args);
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
}

/** A row of numbers as Excel passes a one-row range. */
export const row = (...xs: CellInput[]): RawArg => [xs];
/** A column of numbers as Excel passes a one-column range. */
export const col = (...xs: CellInput[]): RawArg => xs.map((x) => [x]);

export function expectError(x: CellOutput, code: "#VALUE!" | "#N/A", message?: RegExp | string): void {
  expect(x).toBeInstanceOf(CellError);
  const e = x as CellError;
  expect(e.code).toBe(code);
  expect(e.message.length).toBeGreaterThan(0);
  if (message !== undefined) expect(e.message).toMatch(message);
}

/** The value of a labelled row in a two-column detail table. */
export function detailValue(table: Matrix<CellOutput>, label: string): CellOutput {
  const found = table.find((r) => r[0] === label);
  if (!found) throw new Error(`no detail row "${label}" in ${table.map((r) => r[0]).join(", ")}`);
  return found[1];
}
