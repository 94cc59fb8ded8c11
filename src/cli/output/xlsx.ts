/** `--xlsx FILE`: the red-flag model for one company, evaluated, written whole or not at all. */
import ExcelJS from "exceljs";
import { loadPlan } from "../../engine/loadPlan";
import { buildRedFlagModel } from "../../templates/redFlagModel";
import { resolvePlan } from "../../templates/resolve";
import { companyDataOf } from "../input/toCompanyData";
import type { CompanySeries } from "../input/readCsv";
import { writeAtomically } from "./atomicWrite";
import { addPlanToWorkbook } from "./planToExcelJs";

export async function writeModelWorkbook(target: string, series: CompanySeries): Promise<void> {
  const plan = resolvePlan(buildRedFlagModel(companyDataOf(series)), []);
  // Cached values come from the same formulas, evaluated by the formula engine with the AIFLAG
  // functions registered from the core.
  const loaded = loadPlan(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "AIFLAG";
  addPlanToWorkbook(wb, plan, (key, ref) => loaded.value(key, ref));
  await writeAtomically(target, (temp) => wb.xlsx.writeFile(temp));
}
