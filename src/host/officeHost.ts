/**
 * The Office.js host: the only module that calls Excel for the taskpane.
 *
 * insertFormula reads the active cell, then writes to it: two batches' worth of work in one
 * `Excel.run`, with one `context.sync()` for each step and never one in a loop:
 *   sync 1: load the active cell's address, values and formulas;
 *   (decide here: a batch cannot write conditionally, so the read must come back first)
 *   sync 2: set `formulas = [[formula]]`, only when the cell is empty.
 * A cell holding anything (a value, a formula, even `=""`) is left untouched.
 */
import { insertResult, type Host, type InsertResult } from "./host";
import { retryWhileEditing, type RetryOptions } from "./retry";

/** `Excel.run`, narrowed to the one form used here (and easy to hand a mock). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  run: ExcelRun;
  /** Shown to people; default "Excel". */
  hostName?: string;
  /** Busy-retry timing; the default is 3 tries over about 1.5 s. */
  retry?: RetryOptions;
}

/** Whether a cell, as loaded, holds nothing: no value and no formula. */
export function isEmptyCell(values: unknown[][], formulas: unknown[][]): boolean {
  const blank = (x: unknown) => x === "" || x === null || x === undefined;
  return blank(values[0]?.[0]) && blank(formulas[0]?.[0]);
}

/** One attempt: read the active cell (sync 1) and, when it is empty, write the formula (sync 2). */
export async function insertIntoActiveCell(context: Excel.RequestContext, formula: string): Promise<InsertResult> {
  const cell = context.workbook.getActiveCell();
  cell.load(["address", "values", "formulas"]);
  await context.sync();
  const address = cell.address;
  if (!isEmptyCell(cell.values, cell.formulas)) return insertResult.cellNotEmpty(address);
  cell.formulas = [[formula]];
  await context.sync();
  return insertResult.inserted(address);
}

export function createOfficeHost(options: OfficeHostOptions): Host {
  const { run, hostName = "Excel", retry } = options;
  return {
    connected: true,
    hostName,
    async insertFormula(formula: string): Promise<InsertResult> {
      // Each try is a whole `Excel.run`: a batch refused in cell-edit mode wrote nothing.
      const outcome = await retryWhileEditing(() => run((context) => insertIntoActiveCell(context, formula)), retry);
      return outcome.done ? outcome.value : insertResult.busy(outcome.message);
    },
  };
}
