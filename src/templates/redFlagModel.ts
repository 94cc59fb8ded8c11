/**
 * Template 1, the red-flag model for one company: Inputs (filled from a dataset company, or
 * blank), Flags (every flag of the catalogue as a live AIFLAG formula) and Checks. Pure: the
 * registry and the dataset in, a plan out.
 */
import type { CompanyData } from "../data/hyperscalers";
import type { WorkbookPlan } from "./plan";
import { buildChecksSheet, CHECKS_MASTER_CELL } from "./redFlag/checksSheet";
import { buildFlagsSheet } from "./redFlag/flagsSheet";
import { FLAGS_KEY } from "./redFlag/layout";
import { companyLabel } from "./notes";
import { buildInputsSheet } from "./redFlag/inputsSheet";

export function buildRedFlagModel(company: CompanyData | null): WorkbookPlan {
  const inputs = buildInputsSheet(company);
  const flags = buildFlagsSheet(company, inputs.layout, CHECKS_MASTER_CELL);
  const checks = buildChecksSheet(company, inputs.layout);
  return {
    title: `Red-flag model (${companyLabel(company)})`,
    sheets: [inputs.sheet, flags.sheet, checks],
    names: inputs.names,
    activate: FLAGS_KEY,
  };
}
