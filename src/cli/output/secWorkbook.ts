/**
 * `aiflag report --sec ... --xlsx FILE`: the "SEC data" sheet and the red-flag model filled from
 * the same figures (`buildSecImport`, what the taskpane's import inserts), evaluated, written
 * whole or not at all. Every fiscal year is written: a year without a figure of a line the
 * model reads stays blank (missing is never zero), the Checks sheet flags it, and the SEC data
 * sheet says why; the sentences returned say which.
 */
import type { Financials } from "../../model/financials";
import { ALL_PERIODS, gapsOf } from "../../templates/secData/gaps";
import { buildSecImport } from "../../templates/secImport";
import { resolvePlan } from "../../templates/resolve";
import { WORKBOOK_LINES, writePlanWorkbook } from "./xlsx";

/** What the model lacks among the lines its checks and flags stand on, one sentence each. */
export function workbookGaps(f: Financials): string[] {
  return gapsOf(f)
    .filter((gap) => (WORKBOOK_LINES as readonly string[]).includes(gap.item))
    .map((gap) => `${gap.label}: no figure ${gap.periods === ALL_PERIODS ? "in any year" : `for ${gap.periods}`}; those cells are blank (the SEC data sheet says why).`);
}

export async function writeSecWorkbook(target: string, financials: Financials, shown = target): Promise<void> {
  await writePlanWorkbook(target, resolvePlan(buildSecImport(financials), []), shown);
}
