/**
 * The templates the taskpane offers, as data: each one's words, the fills it offers (blank or
 * the embedded sample companies) and how to build it from any companies' figures. The
 * taskpane renders this list; the CLI and the preview use the same builders. A company from
 * another source (an SEC import) builds any template through `buildFrom`.
 */
import type { Financials } from "../model/financials";
import { EMBEDDED, EMBEDDED_TICKERS, embeddedCompany, type Ticker } from "../sources/embedded";
import { buildDepreciationCliff } from "./depreciationCliff";
import { buildHyperscalerComparison } from "./hyperscalerComparison";
import type { WorkbookPlan } from "./plan";
import { buildRedFlagModel } from "./redFlagModel";

export type TemplateId = "redflag" | "depreciation" | "comparison";

/** Blank, one embedded sample company, or every sample company ("sample", for the comparison). */
export type Fill = "blank" | Ticker | "sample";

export interface TemplateInfo {
  id: TemplateId;
  title: string;
  description: string;
  /** "one": built from one company's figures; "many": from a list of companies. */
  takes: "one" | "many";
  /** The embedded fills the user can pick, blank first. */
  fills: readonly Fill[];
  /** The template filled from `companies` (from any source); an empty list builds it blank. */
  buildFrom(companies: readonly Financials[]): WorkbookPlan;
  build(fill: Fill): WorkbookPlan;
}

/** The companies a fill stands for: none for blank, one sample company, or all of them. */
export function companiesOf(fill: Fill): readonly Financials[] {
  if (fill === "blank") return [];
  if (fill === "sample") return EMBEDDED;
  const company = embeddedCompany(fill);
  if (!company) throw new Error(`no sample company ${fill}`);
  return [company];
}

const perCompany: readonly Fill[] = ["blank", ...EMBEDDED_TICKERS];

function template(info: Omit<TemplateInfo, "build">): TemplateInfo {
  return { ...info, build: (fill) => info.buildFrom(companiesOf(fill)) };
}

export const TEMPLATES: readonly TemplateInfo[] = [
  template({
    id: "redflag",
    title: "Red-flag model",
    description: "Inputs, every flag as a live AIFLAG formula with status and explanation, data checks and charts, for one company.",
    takes: "one",
    fills: perCompany,
    buildFrom: (companies) => buildRedFlagModel(companies[0] ?? null),
  }),
  template({
    id: "depreciation",
    title: "Depreciation-cliff schedule",
    description: "Capex by vintage under a book and an economic life, in native formulas cross-checked against AIFLAG.DEPCLIFF, with a sensitivity grid.",
    takes: "one",
    fills: perCompany,
    buildFrom: (companies) => buildDepreciationCliff(companies[0] ?? null),
  }),
  template({
    id: "comparison",
    title: "Hyperscaler comparison",
    description: "Microsoft, Alphabet, Amazon and Meta side by side: growth, gross margin, FCF conversion, capex intensity and depreciation pace.",
    takes: "many",
    fills: ["blank", "sample"],
    buildFrom: (companies) => buildHyperscalerComparison(companies),
  }),
];

export function findTemplate(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
