/**
 * Template 1, the red-flag model for one company: Inputs (filled from the company's figures, as
 * many fiscal years, or quarters, as they hold, or blank), Flags (every flag of the catalogue as a live AIFLAG
 * formula) and Checks. Pure: the registry, the analysis's parameter sources and a `Financials`
 * (from any source) in, a plan out.
 */
import { periodColumnsOf, type TemplateCompany } from "./company";
import type { WorkbookPlan } from "./plan";
import { buildChecksSheet, CHECKS_MASTER_CELL } from "./redFlag/checksSheet";
import { deriveInputs } from "./redFlag/bindings";
import { catalogueFlags } from "./redFlag/flagFormulas";
import { buildFlagsSheet } from "./redFlag/flagsSheet";
import { FLAGS_KEY } from "./redFlag/layout";
import { companyLabel } from "./notes";
import { buildInputsSheet } from "./redFlag/inputsSheet";

export function buildRedFlagModel(company: TemplateCompany): WorkbookPlan {
  const derived = deriveInputs(catalogueFlags(), periodColumnsOf(company).kind);
  const inputs = buildInputsSheet(company, derived);
  const flags = buildFlagsSheet(company, inputs.layout, CHECKS_MASTER_CELL, derived.flags);
  const checks = buildChecksSheet(company, inputs.layout);
  return {
    title: `Red-flag model (${companyLabel(company)})`,
    sheets: [inputs.sheet, flags.sheet, checks],
    names: inputs.names,
    activate: FLAGS_KEY,
  };
}
