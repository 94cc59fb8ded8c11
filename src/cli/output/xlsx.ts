/** `--xlsx FILE`: the red-flag model for one company, evaluated, written whole or not at all. */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { CellType, type CellValue } from "hyperformula";
import { loadPlan, type LoadedPlan } from "../../engine/loadPlan";
import type { Financials } from "../../model/financials";
import type { LineItemId } from "../../model/lineItems";
import { InputError } from "../../sources/csv/inputError";
import { parseCell } from "../../templates/a1";
import { yearSpans } from "../../templates/company";
import { buildRedFlagModel } from "../../templates/redFlagModel";
import { resolvePlan, type ResolvedPlan } from "../../templates/resolve";
import { writeAtomically } from "./atomicWrite";
import { addPlanToWorkbook, type ResultOf } from "./planToExcelJs";
import { finishPackage } from "./xlsxPackage";

/**
 * The filing lines the workbook's checks and flags stand on: a company must give each in every
 * year with statements (capex: in every year of its vintages, which may start earlier; see
 * `yearSpans`).
 */
export const WORKBOOK_LINES: readonly LineItemId[] = ["revenue", "cost_of_revenue", "operating_income", "net_income", "operating_cash_flow", "capex"];

/** Throws an InputError naming the first line and year the company's figures lack. */
export function requireWorkbookLines(f: Financials): void {
  const spans = yearSpans(f);
  for (const item of WORKBOOK_LINES) {
    const from = item === "capex" ? Math.min(spans.vintageStart, spans.statementStart) : spans.statementStart;
    f.periods.forEach((p, k) => {
      if (k >= from && (f.items[item]?.values[k] ?? null) === null) {
        const year = p.fiscalYear ?? p.label;
        throw new InputError(f.source, `the workbook needs ${item} for ${f.company.name} ${year}`, undefined, item);
      }
    });
  }
}

/** Each formula's result as the engine computed it: the whole block when it spills. */
function resultsOf(loaded: LoadedPlan): ResultOf {
  return (key, ref) => {
    const { col, row } = parseCell(ref);
    const address = { sheet: loaded.sheetId(key), col, row: row - 1 };
    const formula = loaded.engine.getCellFormula(address);
    if (loaded.engine.getCellType(address) !== CellType.ARRAYFORMULA || formula === undefined) return [[loaded.value(key, ref)]];
    // The engine keeps a spill's size inside; evaluating the same formula again returns the block.
    const block = loaded.engine.calculateFormula(formula, address.sheet);
    return Array.isArray(block) ? (block as CellValue[][]) : [[block]];
  };
}

/** The workbook of a resolved plan, every formula with its cached result, as .xlsx bytes. */
export async function planWorkbookBytes(plan: ResolvedPlan): Promise<Buffer> {
  // Cached values come from the same formulas, evaluated by the formula engine with the AIFLAG
  // functions registered from the core.
  const loaded = loadPlan(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "AIFLAG";
  addPlanToWorkbook(wb, plan, resultsOf(loaded));
  return finishPackage(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Writes a resolved plan's workbook to `target`, whole or not at all (`shown`: the path as the user gave it, for messages). */
export async function writePlanWorkbook(target: string, plan: ResolvedPlan, shown = target): Promise<void> {
  const bytes = await planWorkbookBytes(plan);
  await writeAtomically(target, (temp) => writeFileSync(temp, bytes), shown);
}

/** Writes the red-flag model of one company to `target`. */
export async function writeModelWorkbook(target: string, financials: Financials, shown = target): Promise<void> {
  requireWorkbookLines(financials);
  await writePlanWorkbook(target, resolvePlan(buildRedFlagModel(financials), []), shown);
}
