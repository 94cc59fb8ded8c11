/**
 * Puts a resolved plan into a HyperFormula instance (sheets, cells, sheet-scoped names) and
 * reads values back: how the tests, the preview and the CLI evaluate a template without Excel.
 * Formatting (styles, number formats, charts) is the writers' business and is ignored here.
 */
import type { CellValue, HyperFormula, RawCellContent } from "hyperformula";
import { absRange, parseCell } from "../templates/cellRefs";
import type { CellPlan, PlanValue } from "../templates/plan";
import { quoteSheetName, type ResolvedPlan } from "../templates/resolve";
import { createEngine } from "./createEngine";

export interface LoadedCell {
  sheetKey: string;
  plan: CellPlan;
  value: CellValue;
}

export interface LoadedPlan {
  engine: HyperFormula;
  /** The engine's id of a plan sheet. */
  sheetId(key: string): number;
  /** The computed value of a cell of a plan sheet, e.g. value("flags", "E8"). */
  value(key: string, a1: string): CellValue;
  /** Every cell the plan wrote, with its computed value. */
  cells(): LoadedCell[];
}

/** Text stays text: without the apostrophe HyperFormula would read "30%" or "1/2/2025" as numbers. */
function contentOf(cell: CellPlan): RawCellContent | undefined {
  if (cell.formula !== undefined) return cell.formula;
  const v: PlanValue | undefined = cell.value;
  return typeof v === "string" ? `'${v}` : v;
}

/** The cells as rows from A1; a formatted blank stays blank (null). */
function sheetContent(cells: readonly CellPlan[]): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const cell of cells) {
    const content = contentOf(cell);
    if (content === undefined) continue;
    const { col, row } = parseCell(cell.ref);
    const line = (rows[row - 1] ??= []);
    while (line.length < col) line.push(null);
    line[col] = content;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

/** Loads the plan into `engine` (a new one by default), next to whatever sheets it already holds. */
export function loadPlan(plan: ResolvedPlan, engine: HyperFormula = createEngine()): LoadedPlan {
  const ids = new Map<string, number>();
  for (const sheet of plan.sheets) {
    const name = engine.addSheet(sheet.name);
    const id = engine.getSheetId(name);
    if (id === undefined) throw new Error(`the engine did not create sheet ${sheet.name}`);
    ids.set(sheet.key, id);
  }
  const sheetId = (key: string): number => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`the plan has no sheet "${key}"`);
    return id;
  };
  engine.batch(() => {
    for (const n of plan.names) {
      const sheet = plan.sheets.find((s) => s.key === n.sheetKey);
      if (!sheet) throw new Error(`name ${n.name} refers to unknown sheet key "${n.sheetKey}"`);
      const [from, to = from] = n.range.split(":");
      engine.addNamedExpression(n.name, `=${quoteSheetName(sheet.name)}!${absRange(from, to)}`, sheetId(n.sheetKey));
    }
    // Each new sheet in one call: cell by cell, HyperFormula grows the sheet at every write
    // (several seconds for the thousands of cells of an SEC import, against a fraction of one).
    for (const sheet of plan.sheets) engine.setSheetContent(sheetId(sheet.key), sheetContent(sheet.cells));
  });
  const value = (key: string, a1: string): CellValue => {
    const { col, row } = parseCell(a1);
    return engine.getCellValue({ sheet: sheetId(key), col, row: row - 1 });
  };
  return {
    engine,
    sheetId,
    value,
    cells: () => plan.sheets.flatMap((s) => s.cells.map((c) => ({ sheetKey: s.key, plan: c, value: value(s.key, c.ref) }))),
  };
}
