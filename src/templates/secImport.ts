/**
 * What "Import SEC data" inserts, and `aiflag report --sec --xlsx` writes: the "SEC data" sheet
 * (every figure read, with its sources) and the red-flag model filled from the same figures, as
 * one plan, so one insertion adds them all. Pure: a company's fiscal-year `Financials` in.
 */
import type { Financials } from "../model/financials";
import { companyLabel } from "./company";
import type { WorkbookPlan } from "./plan";
import { buildRedFlagModel } from "./redFlagModel";
import { buildSecDataSheet, SEC_DATA_KEY } from "./secData/sheet";

export function buildSecImport(f: Financials): WorkbookPlan {
  const { sheet } = buildSecDataSheet(f);
  const model = buildRedFlagModel(f);
  return {
    title: `SEC data and red-flag model (${companyLabel(f)})`,
    sheets: [sheet, ...model.sheets],
    names: model.names,
    // The figures just imported open first; the model's sheets follow it.
    activate: SEC_DATA_KEY,
  };
}
