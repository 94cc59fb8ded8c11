/**
 * Reading template plans and their evaluation in tests: find a row by its label, load a plan
 * into the engine (optionally next to existing sheets), and list the cells that show errors.
 */
import { DetailedCellError, type CellValue } from "hyperformula";
import { createEngine, type Sheets } from "../../src/engine/createEngine";
import { loadPlan, type LoadedPlan } from "../../src/engine/loadPlan";
import { parseCell } from "../../src/templates/a1";
import type { SheetPlan, WorkbookPlan } from "../../src/templates/plan";
import { resolvePlan } from "../../src/templates/resolve";

export function sheetOf(plan: WorkbookPlan, key: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no sheet ${key} in ${plan.title}`);
  return sheet;
}

/**
 * The row whose column-A text is `label` (or, given a RegExp, matches it, or matches the formula
 * that makes the label: `="Modelled FY"&...`); `occurrence` 2 for the second such row.
 */
export function rowOf(plan: WorkbookPlan, key: string, label: string | RegExp, occurrence = 1): number {
  const found = sheetOf(plan, key).cells.filter((c) => {
    if (parseCell(c.ref).col !== 0) return false;
    if (typeof label === "string") return c.value === label;
    return label.test(typeof c.value === "string" ? c.value : (c.formula ?? ""));
  })[occurrence - 1];
  if (!found) throw new Error(`no row labelled ${String(label)} on ${key}`);
  return parseCell(found.ref).row;
}

/** Loads a plan, resolved against the sheets the engine already holds. */
export function load(plan: WorkbookPlan, existing: Sheets = {}): LoadedPlan {
  const engine = createEngine(existing);
  return loadPlan(resolvePlan(plan, engine.getSheetNames()), engine);
}

export const isError = (v: CellValue): v is DetailedCellError => v instanceof DetailedCellError;

/** "sheet!A1: #VALUE! message" for every planned cell that evaluates to an error. */
export function errorCells(loaded: LoadedPlan): string[] {
  return loaded
    .cells()
    .filter((c) => isError(c.value))
    .map((c) => `${c.sheetKey}!${c.plan.ref}: ${(c.value as DetailedCellError).value} ${(c.value as DetailedCellError).message} <- ${c.plan.formula ?? ""}`);
}

/** Writes a number into a cell of a loaded plan's sheet, as an analyst would type it. */
export function enter(loaded: LoadedPlan, key: string, a1: string, value: number): void {
  const { col, row } = parseCell(a1);
  loaded.engine.setCellContents({ sheet: loaded.sheetId(key), col, row: row - 1 }, value);
}
