/**
 * The line items the analysis looks for, and every way a model names them. Data only: adding a
 * wording is adding a string here; the matcher (`recognise.ts`) never names a line item.
 *
 * - `synonyms` match the whole label once both are normalised (`normalise.ts`): case, plurals,
 *   footnotes, parentheses, units, "Total" / "Less:" and a trailing ", net" do not matter.
 * - `prefixes` match the start of a label whose remaining words are qualifiers
 *   ("Depreciation and amortization of property and equipment and capitalized content costs,
 *   ..."); a remainder holding a ratio or forecast word ("per share", "margin", "guidance",
 *   "growth", "to revenue") does not match (see `recognise.ts`). Only items whose long filing
 *   wordings need it have prefixes: "Revenue - Cloud" must not count as revenue.
 * - `kind` says where the number comes from, for the "needs" messages: a filing line, an
 *   analyst estimate (a row the template leaves blank for the analyst), or an assumption.
 * - `unit: "ratio"` items (shares, rates, lives) may be labelled with "%"; `money` items never
 *   are, so "Gross margin %" is not gross profit and "Revenue growth (%)" is not revenue.
 * - `single` items hold one figure (a life, a tax rate): the latest non-blank cell of the row is
 *   read, whatever the period.
 * The order of the table breaks ties between items (none is expected: synonyms are disjoint,
 * and a test checks it).
 */

export type ItemKind = "filing" | "estimate" | "assumption";

export interface LineItemSpec {
  /** How people call it in messages: "FCFCONV needs: operating cash flow". */
  label: string;
  kind: ItemKind;
  unit: "money" | "ratio";
  single?: boolean;
  synonyms: readonly string[];
  prefixes?: readonly string[];
}

export const LINE_ITEMS = {
  revenue: {
    label: "revenue",
    kind: "filing",
    unit: "money",
    synonyms: [
      "revenue", "revenues", "net revenue", "net revenues", "sales", "net sales", "total net sales",
      "turnover", "total revenue", "revenue from contracts with customers", "top line revenue",
    ],
  },
  cost_of_revenue: {
    label: "cost of revenue",
    kind: "filing",
    unit: "money",
    synonyms: [
      "cost of revenue", "cost of revenues", "cost of sales", "cost of goods sold", "cogs", "cost of net sales",
      "cost of products sold", "cost of goods and services sold", "cost of revenue and services", "costs of revenue",
    ],
  },
  gross_profit: {
    label: "gross profit",
    kind: "filing",
    unit: "money",
    // Microsoft prints gross profit as "Gross margin" (an amount); "Gross margin %" is a ratio and is refused by unit.
    synonyms: ["gross profit", "gross margin", "gross income"],
  },
  operating_income: {
    label: "operating income",
    kind: "filing",
    unit: "money",
    // EBIT is left out on purpose: definitions vary and often include non-operating items.
    synonyms: ["operating income", "income from operations", "operating profit", "op income", "operating income loss"],
  },
  net_income: {
    label: "net income",
    kind: "filing",
    unit: "money",
    synonyms: ["net income", "net earnings", "net profit", "profit for the year", "profit for the period", "net income loss"],
    prefixes: ["net income attributable to", "net earnings attributable to", "net income available to", "net income applicable to"],
  },
  operating_cash_flow: {
    label: "operating cash flow",
    kind: "filing",
    unit: "money",
    synonyms: [
      "operating cash flow", "cash flow from operations", "cash flow from operating activities",
      "net cash provided by operating activities", "net cash from operations", "net cash from operating activities",
      "net cash provided by operations", "cash from operations", "cash from ops", "cash generated from operations",
      "net cash generated from operating activities", "net cash inflow from operating activities", "cfo",
    ],
    prefixes: ["net cash provided by operating activities", "net cash from operating activities"],
  },
  capex: {
    label: "capital expenditure",
    kind: "filing",
    unit: "money",
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
  depreciation: {
    label: "depreciation",
    kind: "filing",
    unit: "money",
    synonyms: [
      "depreciation", "depreciation and amortization", "d and a", "depreciation amortization and other",
      "depreciation expense", "depreciation of property and equipment", "depreciation and impairment of property and equipment",
      "dep and amort", "depreciation and amortization expense",
    ],
    prefixes: ["depreciation and amortization of", "depreciation of", "depreciation and impairment of", "depreciation amortization and"],
  },
  research_and_development: {
    label: "research and development",
    kind: "filing",
    unit: "money",
    // Amazon's "Technology and infrastructure" is left out: it holds infrastructure costs, not research pay.
    synonyms: ["research and development", "r and d", "research and development expense", "research and development expenses"],
  },
  research_payroll: {
    label: "research payroll",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "research payroll", "r and d payroll", "research and engineering payroll", "research staff cost",
      "research compensation", "research headcount cost", "research and engineering compensation",
    ],
  },
  inference_cost: {
    label: "inference cost",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "inference cost", "inference costs", "inference compute", "inference compute cost", "ai inference cost",
      "cost of inference", "model api cost", "api cost", "llm api cost", "model usage cost",
    ],
  },
  sovereign_revenue: {
    label: "sovereign revenue",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "sovereign revenue", "sovereign ai revenue", "sovereign contract revenue", "revenue from sovereign contracts",
      "government revenue", "government contract revenue", "revenue from governments", "national ai revenue",
    ],
  },
  cash_collected: {
    label: "cash collected on sovereign contracts",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "cash collected", "sovereign cash collected", "cash collected on sovereign contracts", "sovereign collections",
      "cash received from government contracts", "cash received on sovereign contracts", "collections",
    ],
  },
  energy_cost: {
    label: "energy cost",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "energy cost", "energy costs", "power cost", "electricity cost", "data center power cost",
      "data centre power cost", "energy expense", "power and energy cost",
    ],
  },
  ppa_share: {
    label: "PPA share",
    kind: "estimate",
    unit: "ratio",
    synonyms: [
      "ppa share", "ppa coverage", "ppa", "share of power under ppa", "power under ppa", "contracted power share",
      "power purchase agreement share", "share of power contracted",
    ],
  },
  price_shock: {
    label: "power price shock",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["power price shock", "energy price shock", "price shock", "power price change", "electricity price shock"],
  },
  ai_revenue: {
    label: "AI revenue",
    kind: "estimate",
    unit: "money",
    synonyms: ["ai revenue", "generative ai revenue", "ai run rate revenue", "ai services revenue", "revenue from ai"],
  },
  ai_capex: {
    label: "AI capex",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "ai capex", "ai capital expenditure", "ai spend", "ai spending", "gpu spend", "gpu capex",
      "ai chip spend", "accelerator spend", "ai infrastructure spend",
    ],
  },
  cash: {
    label: "cash",
    kind: "filing",
    unit: "money",
    synonyms: [
      "cash", "cash and cash equivalents", "cash and equivalents", "cash and short term investments",
      "cash cash equivalents and marketable securities", "cash cash equivalents and short term investments",
      "cash balance", "ending cash", "cash on hand",
    ],
    prefixes: ["cash and cash equivalents", "cash cash equivalents and", "cash and short term investments", "cash and equivalents"],
  },
  net_burn: {
    label: "net burn",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "net burn", "net burn rate", "burn", "burn rate", "cash burn", "net cash burn", "monthly burn",
      "monthly net burn", "quarterly burn", "annual burn",
    ],
  },
  capitalized_costs: {
    label: "capitalised development costs",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "capitalized software", "capitalized software development costs", "capitalized software costs",
      "capitalized development costs", "capitalized ai development costs", "capitalized internal use software",
      "software development costs capitalized", "development costs capitalized", "capitalized costs", "capitalized r and d",
    ],
  },
  capitalized_amortization: {
    label: "amortisation of capitalised costs",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "amortization of capitalized software", "amortization of capitalized software development costs",
      "amortization of capitalized costs", "amortization of capitalized development costs",
      "capitalized software amortization", "amortization of internal use software",
    ],
  },
  capex_guidance: {
    label: "capex guidance",
    kind: "estimate",
    unit: "money",
    synonyms: [
      "capex guidance", "capital expenditure guidance", "capital expenditures guidance", "guided capex", "capex guide",
      "guidance capex", "capex outlook",
    ],
  },
  backlog: {
    label: "backlog or remaining performance obligations",
    kind: "filing",
    unit: "money",
    synonyms: [
      "backlog", "remaining performance obligations", "rpo", "revenue backlog", "contracted backlog",
      "commercial remaining performance obligations", "commercial rpo", "cloud backlog",
    ],
    prefixes: ["remaining performance obligations", "backlog"],
  },
  book_life: {
    label: "book useful life",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["book life", "useful life", "server useful life", "depreciable life", "accounting useful life", "book useful life"],
  },
  economic_life: {
    label: "economic life",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["economic life", "economic useful life", "gpu economic life", "hardware economic life"],
  },
  tax_rate: {
    label: "tax rate",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["tax rate", "effective tax rate", "statutory tax rate", "cash tax rate"],
  },
  bonus_share: {
    label: "bonus depreciation share",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["bonus depreciation", "bonus depreciation share", "bonus share", "bonus depreciation rate"],
  },
  recovery_years: {
    label: "tax recovery period",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["recovery period", "recovery years", "tax recovery period", "tax life"],
  },
  discount_rate: {
    label: "discount rate",
    kind: "assumption",
    unit: "ratio",
    single: true,
    synonyms: ["discount rate", "wacc", "cost of capital"],
  },
} as const satisfies Record<string, LineItemSpec>;

export type LineItemId = keyof typeof LINE_ITEMS;

export const LINE_ITEM_IDS = Object.keys(LINE_ITEMS) as LineItemId[];

export function lineItem(id: LineItemId): LineItemSpec {
  return LINE_ITEMS[id];
}
