/**
 * The selection source's mapping table: every way a model or a filing names each line item of
 * the vocabulary (`src/model/lineItems.ts`), keyed by line-item id. Data only: adding a wording
 * is adding a string here; the matcher (`recognise.ts`) never names a line item, and what an
 * item is (its label, kind, unit, `single`) comes from the vocabulary.
 *
 * - `synonyms` match the whole label once both are normalised (`normalise.ts`): case, plurals,
 *   footnotes, parentheses, units, "Total" / "Less:" and a trailing ", net" do not matter.
 * - `prefixes` match the start of a label whose remaining words are qualifiers
 *   ("Depreciation and amortization of property and equipment and capitalized content costs,
 *   ..."); a remainder holding a ratio or forecast word ("per share", "margin", "guidance",
 *   "growth", "to revenue") does not match (see `recognise.ts`). Only items whose long filing
 *   wordings need it have prefixes: "Revenue - Cloud" must not count as revenue.
 * - A label marked as a percentage matches only items whose vocabulary unit is `ratio`, so
 *   "Gross margin %" is not gross profit and "Revenue growth (%)" is not revenue.
 *
 * Depreciation and D&A are two items: `depreciation` is depreciation of property and equipment
 * alone (Alphabet's "Depreciation of property and equipment"); `depreciation_amortization` is
 * what the cash-flow statement adds back (Microsoft's "Depreciation, amortization, and other",
 * Meta's "Depreciation and amortization", Amazon's long line).
 *
 * AIFLAG's own templates' labels are here too ("Server book life", "Economic life of AI hardware"
 * on the red-flag model's Inputs sheet), so that a block selected there is read back (a test
 * renders the templates and checks every label).
 *
 * The order of the table breaks ties between items (none is expected: synonyms are disjoint,
 * and a test checks it).
 */
import type { LineItemId } from "../../../model/lineItems";

export interface LabelSpec {
  synonyms: readonly string[];
  prefixes?: readonly string[];
}

export const LABELS = {
  // Income statement
  revenue: {
    synonyms: [
      "revenue", "revenues", "net revenue", "net revenues", "sales", "net sales", "total net sales",
      "turnover", "total revenue", "revenue from contracts with customers", "top line revenue",
    ],
  },
  cost_of_revenue: {
    synonyms: [
      "cost of revenue", "cost of revenues", "cost of sales", "cost of goods sold", "cogs", "cost of net sales",
      "cost of products sold", "cost of goods and services sold", "cost of revenue and services", "costs of revenue",
    ],
  },
  // Microsoft prints gross profit as "Gross margin" (an amount); "Gross margin %" is a ratio and is refused by unit.
  gross_profit: { synonyms: ["gross profit", "gross margin", "gross income"] },
  // Amazon's "Technology and infrastructure" is left out: it holds infrastructure costs, not research pay.
  research_and_development: {
    synonyms: ["research and development", "r and d", "research and development expense", "research and development expenses"],
  },
  // "Sales and marketing" alone is a part of SG&A (Microsoft, Meta print it apart from G&A): left out.
  sga: {
    synonyms: [
      "selling general and administrative", "selling general and administrative expense", "sg and a", "sga",
      "selling and administrative expense", "sales general and administrative", "selling general and administrative cost",
    ],
  },
  // EBIT is left out of operating income on purpose: definitions vary and often include non-operating items.
  operating_income: { synonyms: ["operating income", "income from operations", "operating profit", "op income", "operating income loss"] },
  interest_expense: { synonyms: ["interest expense", "interest expenses", "interest cost", "finance cost"] },
  pretax_income: {
    synonyms: [
      "income before income taxes", "income before provision for income taxes", "income before taxes", "pretax income",
      "pre tax income", "earnings before income taxes", "profit before tax", "income from continuing operations before income taxes",
    ],
  },
  // Amazon's "Benefit (provision) for income taxes" reads "benefit for income taxes" once the parentheses go.
  income_tax_expense: {
    synonyms: ["provision for income taxes", "income tax expense", "income tax provision", "benefit for income taxes", "tax expense", "income tax expense benefit"],
  },
  income_continuing_ops: {
    synonyms: ["income from continuing operations", "net income from continuing operations", "income from continuing operations net of tax", "earnings from continuing operations"],
  },
  net_income: {
    synonyms: ["net income", "net earnings", "net profit", "profit for the year", "profit for the period", "net income loss"],
    prefixes: ["net income attributable to", "net earnings attributable to", "net income available to", "net income applicable to"],
  },
  // Cash-flow statement
  operating_cash_flow: {
    synonyms: [
      "operating cash flow", "cash flow from operations", "cash flow from operating activities",
      "net cash provided by operating activities", "net cash from operations", "net cash from operating activities",
      "net cash provided by operations", "cash from operations", "cash from ops", "cash generated from operations",
      "net cash generated from operating activities", "net cash inflow from operating activities", "cfo",
    ],
    prefixes: ["net cash provided by operating activities", "net cash from operating activities"],
  },
  capex: {
    synonyms: [
      "capital expenditure", "capital expenditures", "capex", "cap ex", "capital spending",
      "purchases of property and equipment", "purchase of property and equipment",
      "purchases of property plant and equipment", "purchase of property plant and equipment",
      "additions to property and equipment", "additions to property plant and equipment",
      "payments for property and equipment", "payments for acquisition of property plant and equipment",
      "property and equipment additions",
    ],
    prefixes: [
      "purchases of property and equipment", "purchases of property plant and equipment",
      "additions to property and equipment", "capital expenditure",
    ],
  },
  finance_lease_principal: {
    synonyms: [
      "principal repayments of finance leases", "principal payments on finance leases", "principal payments on finance lease liabilities",
      "principal repayments of finance lease liabilities", "finance lease principal payments", "repayments of finance lease obligations",
      "payments of finance lease liabilities", "principal payments of finance lease obligations",
    ],
  },
  // Exact wordings beat the capex prefix: "Capital expenditures incurred but not yet paid" is not capex paid.
  capex_accrued: {
    synonyms: [
      "capex incurred but not yet paid", "capital expenditures incurred but not yet paid", "accrued capital expenditures",
      "accrued capex", "unpaid capital expenditures", "property and equipment purchases in accounts payable",
    ],
    prefixes: ["property and equipment in accounts payable"],
  },
  depreciation_amortization: {
    synonyms: [
      "depreciation and amortization", "d and a", "depreciation amortization and other", "dep and amort",
      "depreciation and amortization expense", "depreciation depletion and amortization"
    ],
    prefixes: ["depreciation and amortization of", "depreciation amortization and"],
  },
  depreciation: {
    synonyms: [
      "depreciation", "depreciation expense", "depreciation of property and equipment",
      "depreciation and impairment of property and equipment", "depreciation of property plant and equipment",
    ],
    prefixes: ["depreciation of", "depreciation and impairment of"],
  },
  stock_based_compensation: {
    synonyms: [
      "stock based compensation", "stock based compensation expense", "share based compensation", "share based compensation expense",
      "stock compensation", "stock compensation expense", "sbc", "equity based compensation",
    ],
  },
  income_taxes_paid: {
    synonyms: ["income taxes paid", "cash paid for income taxes", "income taxes paid net of refunds", "taxes paid", "cash taxes paid"],
    prefixes: ["cash paid for income taxes"],
  },
  // Balance sheet
  cash: {
    synonyms: [
      "cash", "cash and cash equivalents", "cash and equivalents", "cash and short term investments",
      "cash cash equivalents and marketable securities", "cash cash equivalents and short term investments",
      "cash balance", "ending cash", "cash on hand",
    ],
    prefixes: ["cash and cash equivalents", "cash cash equivalents and", "cash and short term investments", "cash and equivalents"],
  },
  marketable_securities: {
    synonyms: ["marketable securities", "short term investments", "short term marketable securities", "current marketable securities"],
  },
  receivables: {
    synonyms: [
      "accounts receivable", "receivables", "trade receivables", "accounts receivable net and other", "trade and other receivables",
      "trade accounts receivable",
    ],
    prefixes: ["accounts receivable net of"],
  },
  current_assets: { synonyms: ["total current assets", "current assets"] },
  ppe_gross: {
    synonyms: [
      "property and equipment gross", "property and equipment at cost", "gross property and equipment",
      "property plant and equipment gross", "property plant and equipment at cost", "gross property plant and equipment", "pp and e gross",
    ],
  },
  accumulated_depreciation: {
    synonyms: ["accumulated depreciation", "accumulated depreciation and amortization", "accumulated depreciation amortization and impairment"],
    prefixes: ["accumulated depreciation"],
  },
  // "Property and equipment, net" reads "property and equipment" once the trailing "net" goes.
  ppe_net: {
    synonyms: ["property and equipment", "net property and equipment", "property plant and equipment", "net property plant and equipment", "pp and e", "net pp and e"],
    prefixes: ["property and equipment net of", "property plant and equipment net of"],
  },
  total_assets: { synonyms: ["total assets", "assets"] },
  current_liabilities: { synonyms: ["total current liabilities", "current liabilities"] },
  short_term_debt: {
    synonyms: [
      "short term debt", "current portion of long term debt", "short term borrowings", "current debt", "debt current",
      "short term debt and current portion of long term debt", "current portion of debt", "current maturities of long term debt",
    ],
  },
  long_term_debt: {
    synonyms: [
      "long term debt", "long term debt net of current portion", "long term debt excluding current portion",
      "long term borrowings", "long term debt noncurrent", "non current debt", "noncurrent debt", "long term debt excluding current maturities",
    ],
  },
  finance_lease_liabilities: {
    synonyms: ["finance lease liabilities", "finance lease obligations", "long term finance lease liabilities", "finance lease liabilities current and noncurrent"],
  },
  total_liabilities: { synonyms: ["total liabilities", "liabilities"] },
  retained_earnings: { synonyms: ["retained earnings", "accumulated deficit", "retained earnings accumulated deficit", "accumulated earnings", "retained deficit"] },
  stockholders_equity: {
    synonyms: ["stockholders equity", "total stockholders equity", "shareholders equity", "total shareholders equity", "shareholders funds"],
  },
  // Derived by AIFLAG when absent (src/model/derived.ts); a row of the analyst's own wins.
  invested_capital: { synonyms: ["invested capital", "total invested capital", "capital invested"] },
  working_capital: { synonyms: ["working capital", "net working capital"] },
  average_total_assets: { synonyms: ["average total assets", "average assets", "avg total assets", "mean total assets"] },
  // An effective rate is a figure of each period, not one assumption: "tax rate" alone stays the assumption.
  effective_tax_rate: { synonyms: ["effective tax rate", "effective income tax rate", "etr"] },
  backlog: {
    synonyms: [
      "backlog", "remaining performance obligations", "rpo", "revenue backlog", "contracted backlog",
      "commercial remaining performance obligations", "commercial rpo", "cloud backlog",
    ],
    prefixes: ["remaining performance obligations", "backlog"],
  },
  // Analyst estimates
  research_payroll: {
    synonyms: [
      "research payroll", "r and d payroll", "research and engineering payroll", "research staff cost",
      "research compensation", "research headcount cost", "research and engineering compensation",
    ],
  },
  inference_cost: {
    synonyms: [
      "inference cost", "inference costs", "inference compute", "inference compute cost", "ai inference cost",
      "cost of inference", "model api cost", "api cost", "llm api cost", "model usage cost",
    ],
  },
  sovereign_revenue: {
    synonyms: [
      "sovereign revenue", "sovereign ai revenue", "sovereign contract revenue", "revenue from sovereign contracts",
      "government revenue", "government contract revenue", "revenue from governments", "national ai revenue",
    ],
  },
  cash_collected: {
    synonyms: [
      "cash collected", "sovereign cash collected", "cash collected on sovereign contracts", "sovereign collections",
      "cash received from government contracts", "cash received on sovereign contracts", "collections",
    ],
  },
  energy_cost: {
    synonyms: [
      "energy cost", "energy costs", "power cost", "electricity cost", "data center power cost",
      "data centre power cost", "energy expense", "power and energy cost",
    ],
  },
  ppa_share: {
    synonyms: [
      "ppa share", "ppa coverage", "ppa", "share of power under ppa", "power under ppa", "contracted power share",
      "power purchase agreement share", "share of power contracted",
    ],
  },
  ai_revenue: { synonyms: ["ai revenue", "generative ai revenue", "ai run rate revenue", "ai services revenue", "revenue from ai"] },
  // Chips alone: REVENUEGAP multiplies them up to the whole data centre.
  ai_chip_spend: {
    synonyms: [
      "ai chip spend", "ai chip spending", "ai chip capex", "gpu spend", "gpu spending", "gpu capex", "gpu purchases",
      "accelerator spend", "ai accelerator spend", "accelerator capex", "gpu run rate", "ai chip run rate",
    ],
  },
  // The whole AI build (chips, buildings, power): REVENUEGAP takes it as the full cost, with no multiplier.
  ai_capex: {
    synonyms: [
      "ai capex", "ai capital expenditure", "ai capital expenditures", "ai spend", "ai spending", "ai infrastructure spend",
      "ai infrastructure capex", "ai infrastructure capital expenditure", "ai data center capex", "ai data centre capex",
    ],
  },
  net_burn: {
    synonyms: [
      "net burn", "net burn rate", "burn", "burn rate", "cash burn", "net cash burn", "monthly burn",
      "monthly net burn", "quarterly burn", "annual burn",
    ],
  },
  capitalized_costs: {
    synonyms: [
      "capitalized software", "capitalized software development costs", "capitalized software costs",
      "capitalized development costs", "capitalized ai development costs", "capitalized internal use software",
      "software development costs capitalized", "development costs capitalized", "capitalized costs", "capitalized r and d",
    ],
  },
  capitalized_amortization: {
    synonyms: [
      "amortization of capitalized software", "amortization of capitalized software development costs",
      "amortization of capitalized costs", "amortization of capitalized development costs",
      "capitalized software amortization", "amortization of internal use software",
    ],
  },
  capex_guidance: {
    synonyms: [
      "capex guidance", "capital expenditure guidance", "capital expenditures guidance", "guided capex", "capex guide",
      "guidance capex", "capex outlook",
    ],
  },
  // Assumptions
  price_shock: { synonyms: ["power price shock", "energy price shock", "price shock", "power price change", "electricity price shock", "power price change to test"] },
  book_life: { synonyms: ["book life", "useful life", "server useful life", "depreciable life", "accounting useful life", "book useful life", "server book life"] },
  economic_life: { synonyms: ["economic life", "economic useful life", "gpu economic life", "hardware economic life", "economic life of ai hardware"] },
  hardware_share: {
    synonyms: ["hardware share", "hardware share of capex", "server share of capex", "share of capex in servers", "hardware capex share"],
  },
  tax_rate: { synonyms: ["tax rate", "statutory tax rate", "cash tax rate", "marginal tax rate"] },
  bonus_share: { synonyms: ["bonus depreciation", "bonus depreciation share", "bonus share", "bonus depreciation rate", "share of capex deducted at once"] },
  recovery_years: { synonyms: ["recovery period", "recovery years", "tax recovery period", "tax life", "tax recovery period without bonus years"] },
  discount_rate: { synonyms: ["discount rate"] },
  wacc: { synonyms: ["wacc", "cost of capital", "weighted average cost of capital"] },
} as const satisfies Record<LineItemId, LabelSpec>;

/** The wordings of an item. */
export function labelSpec(id: LineItemId): LabelSpec {
  return LABELS[id];
}
