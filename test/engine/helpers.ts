/**
 * Reading the engine in tests: cell values by A1 address, and a comparison of an engine cell
 * with what the core returns for the same call (numbers to 1e-9 relative: HyperFormula rounds
 * what it shows to 10 decimals).
 */
import { DetailedCellError, type CellValue, type HyperFormula, type RawCellContent } from "hyperformula";
import { CellError } from "../../src/core/cells/errors";
import type { CellOutput } from "../../src/core/cells/values";
import { createEngine } from "../../src/engine/createEngine";
import { parseCell } from "../../src/templates/cellRefs";

/** A one-sheet engine called "S" holding these rows (row 1 first). */
export function engineWith(rows: RawCellContent[][]): HyperFormula {
  return createEngine({ S: rows });
}

export function at(engine: HyperFormula, a1: string, sheet = 0): CellValue {
  const { col, row } = parseCell(a1);
  return engine.getCellValue({ sheet, col, row: row - 1 });
}

/** Writes one formula into an empty cell and returns the engine. */
export function evaluate(formula: string, rows: RawCellContent[][] = []): { engine: HyperFormula; value: CellValue } {
  const engine = engineWith([...rows, [formula]]);
  return { engine, value: at(engine, `A${rows.length + 1}`) };
}

export function closeTo(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The engine cell shows what the core computed: same number, same text, same error and message. */
export function expectSameAsCore(actual: CellValue, expected: CellOutput): void {
  if (expected instanceof CellError) {
    expect(actual).toBeInstanceOf(DetailedCellError);
    const e = actual as DetailedCellError;
    expect(e.value).toBe(expected.code);
    expect(e.message).toBe(expected.message);
  } else if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    if (!closeTo(actual as number, expected)) expect(actual).toBe(expected);
  } else if (expected === "") {
    // A blank text in a spilled block shows empty.
    expect(actual === "" || actual === null).toBe(true);
  } else {
    expect(actual).toBe(expected);
  }
}

export function expectEngineError(actual: CellValue, code: string, message?: RegExp): void {
  expect(actual).toBeInstanceOf(DetailedCellError);
  const e = actual as DetailedCellError;
  expect(e.value).toBe(code);
  if (message) expect(e.message).toMatch(message);
}
