/**
 * The templates the taskpane offers, as data: each one's words and how to build it blank or
 * filled. The taskpane renders this list; the CLI and the preview use the same builders.
 */
import { HYPERSCALERS, findCompany, type Ticker } from "../data/hyperscalers";
import { buildDepreciationCliff } from "./depreciationCliff";
import { buildHyperscalerComparison } from "./hyperscalerComparison";
import type { WorkbookPlan } from "./plan";
import { buildRedFlagModel } from "./redFlagModel";

export type TemplateId = "redflag" | "depreciation" | "comparison";

/** Blank, or filled from the sample data ("sample" is every company, for the comparison). */
export type Fill = "blank" | Ticker | "sample";

export interface TemplateInfo {
  id: TemplateId;
  title: string;
  description: string;
  /** The fills the user can pick, blank first. */
  fills: readonly Fill[];
  build(fill: Fill): WorkbookPlan;
}

const companyOf = (fill: Fill) => {
  if (fill === "blank") return null;
  const company = findCompany(fill);
  if (!company) throw new Error(`no sample company ${fill}`);
  return company;
};

const perCompany: readonly Fill[] = ["blank", ...HYPERSCALERS.map((c) => c.ticker)];

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: "redflag",
    title: "Red-flag model",
    description: "Inputs, every flag as a live AIFLAG formula with status and explanation, data checks and charts, for one company.",
    fills: perCompany,
    build: (fill) => buildRedFlagModel(companyOf(fill)),
  },
  {
    id: "depreciation",
    title: "Depreciation-cliff schedule",
    description: "Capex by vintage under a book and an economic life, in native formulas cross-checked against AIFLAG.DEPCLIFF, with a sensitivity grid.",
    fills: perCompany,
    build: (fill) => buildDepreciationCliff(companyOf(fill)),
  },
  {
    id: "comparison",
    title: "Hyperscaler comparison",
    description: "Microsoft, Alphabet, Amazon and Meta side by side: growth, gross margin, FCF conversion, capex intensity and depreciation pace.",
    fills: ["blank", "sample"],
    build: (fill) => buildHyperscalerComparison(fill === "blank" ? null : HYPERSCALERS),
  },
];

export function findTemplate(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
