/**
 * The line-item vocabulary: every figure AIFLAG reads, by one id, whatever the source. The ids
 * are the CSV's column names (snake_case), the keys of `Financials.items`, and the names the
 * analysis's parameter table (which flag argument reads which item) refers to.
 *
 * Each source maps its own fields to these ids in a table of its own (sheet labels, CSV columns,
 * SEC tags, the embedded dataset's fields): nothing here knows a source.
 *
 * - `kind`: where the number comes from, for the "needs" messages: a filing line, an analyst
 *   estimate (the filings do not carry it), an assumption (a life, a rate), or derived from
 *   filing lines by AIFLAG when a source does not carry it (`derived.ts`: invested capital).
 * - `unit`: `money` items scale together (a source says in what currency and scale, see
 *   `Financials.units`); `ratio` items are shares and rates (0.21 for 21%), lives in years too,
 *   and may be labelled with "%".
 * - `period`: a `duration` item is a flow over the period (revenue, capex: summed into a
 *   trailing twelve months, differenced out of year-to-date figures); an `instant` item is a
 *   stock at the period's end (total assets: read at the end, never differenced).
 * - `single`: one figure that stands for every period (a life, a tax rate): the latest given is read.
 */

export type ItemKind = "filing" | "estimate" | "assumption" | "derived";
export type ItemUnit = "money" | "ratio";
export type ItemPeriod = "duration" | "instant";

export interface LineItemDef {
  /** How people call it in messages: "FCFCONV needs: operating cash flow". */
  label: string;
  kind: ItemKind;
  unit: ItemUnit;
  period: ItemPeriod;
  single?: boolean;
  /** What the item holds, in one sentence (the SEC reader's table and the docs show it). */
  meaning: string;
}

const filing = (label: string, period: ItemPeriod, meaning: string): LineItemDef => ({ label, kind: "filing", unit: "money", period, meaning });
const estimate = (label: string, meaning: string, unit: ItemUnit = "money"): LineItemDef => ({ label, kind: "estimate", unit, period: "duration", meaning });
const assumption = (label: string, meaning: string): LineItemDef => ({ label, kind: "assumption", unit: "ratio", period: "duration", single: true, meaning });
const derived = (label: string, unit: ItemUnit, period: ItemPeriod, meaning: string): LineItemDef => ({ label, kind: "derived", unit, period, meaning });

export const LINE_ITEMS = {
  // Income statement
  revenue: filing("revenue", "duration", "Total revenues / net sales."),
  cost_of_revenue: filing("cost of revenue", "duration", "Cost of revenues / cost of sales."),
  gross_profit: filing("gross profit", "duration", "Revenue less cost of revenue."),
  research_and_development: filing("research and development", "duration", "Research and development expense."),
  sga: filing("selling, general and administrative", "duration", "Selling, general and administrative expense (sales and marketing plus general and administrative)."),
  operating_income: filing("operating income", "duration", "Operating income (loss)."),
  interest_expense: filing("interest expense", "duration", "Interest expense."),
  pretax_income: filing("income before income taxes", "duration", "Income from continuing operations before income taxes."),
  income_tax_expense: filing("income tax expense", "duration", "Provision for income taxes."),
  income_continuing_ops: filing("income from continuing operations", "duration", "Income from continuing operations, after tax."),
  net_income: filing("net income", "duration", "Net income (loss)."),
  // Cash-flow statement
  operating_cash_flow: filing("operating cash flow", "duration", "Net cash provided by operating activities."),
  capex: filing("capital expenditure", "duration", "Purchases of property and equipment paid in cash (excludes finance leases), shown positive."),
  finance_lease_principal: filing("finance-lease principal payments", "duration", "Principal repayments of finance-lease liabilities (financing activities): capex paid for through leases."),
  capex_accrued: filing("capex incurred but not yet paid", "instant", "Property and equipment bought but not yet paid for at the period's end (a non-cash disclosure)."),
  depreciation_amortization: filing("depreciation and amortization", "duration", "Depreciation, depletion and amortization as the cash-flow statement adds it back (may include intangibles and other)."),
  depreciation: filing("depreciation", "duration", "Depreciation of property and equipment alone."),
  stock_based_compensation: filing("stock-based compensation", "duration", "Share-based compensation expense (a non-cash add-back)."),
  income_taxes_paid: filing("income taxes paid", "duration", "Income taxes paid in cash, net of refunds."),
  // Balance sheet
  cash: filing("cash", "instant", "Cash and cash equivalents."),
  marketable_securities: filing("marketable securities", "instant", "Short-term investments and marketable securities held as current assets."),
  receivables: filing("receivables", "instant", "Accounts receivable, net."),
  current_assets: filing("current assets", "instant", "Total current assets."),
  ppe_gross: filing("gross property and equipment", "instant", "Property and equipment at cost, before accumulated depreciation."),
  accumulated_depreciation: filing("accumulated depreciation", "instant", "Accumulated depreciation of property and equipment."),
  ppe_net: filing("net property and equipment", "instant", "Property and equipment, net of accumulated depreciation."),
  total_assets: filing("total assets", "instant", "Total assets."),
  current_liabilities: filing("current liabilities", "instant", "Total current liabilities."),
  short_term_debt: filing("short-term debt", "instant", "Debt due within a year, current portion of long-term debt included."),
  long_term_debt: filing("long-term debt", "instant", "Long-term debt, excluding the current portion."),
  finance_lease_liabilities: filing("finance-lease liabilities", "instant", "Finance-lease liabilities, current and non-current."),
  total_liabilities: filing("total liabilities", "instant", "Total liabilities."),
  retained_earnings: filing("retained earnings", "instant", "Retained earnings (accumulated deficit)."),
  stockholders_equity: filing("stockholders' equity", "instant", "Total stockholders' equity attributable to the parent."),
  backlog: filing("backlog or remaining performance obligations", "instant", "Revenue contracted but not yet recognised (remaining performance obligations, or a backlog the company reports)."),
  // Derived from the lines above when the analysis reads the figures (derived.ts); a source's own line wins
  invested_capital: derived(
    "invested capital",
    "money",
    "instant",
    "Stockholders' equity + long-term and short-term debt + finance-lease liabilities - cash - marketable securities, at the period's end.",
  ),
  working_capital: derived("working capital", "money", "instant", "Current assets - current liabilities, at the period's end."),
  average_total_assets: derived("average total assets", "money", "instant", "Mean of total assets at the period's start (the previous period's end) and at its end."),
  effective_tax_rate: derived(
    "effective tax rate",
    "ratio",
    "duration",
    "Income tax expense / income before income taxes for the period, bounded to 0-50%; none when pretax income is not positive.",
  ),
  // Analyst estimates: the filings do not carry them
  research_payroll: estimate("research payroll", "Pay of research and engineering staff, stock compensation included."),
  inference_cost: estimate("inference cost", "Spending on running AI models: API fees and inference compute."),
  sovereign_revenue: estimate("sovereign revenue", "Revenue from governments and national-AI programmes."),
  cash_collected: estimate("cash collected on sovereign contracts", "Cash received on those sovereign contracts."),
  energy_cost: estimate("energy cost", "Cost of power for data centres."),
  ppa_share: estimate("PPA share", "Share of power bought under long-term fixed-price power purchase agreements.", "ratio"),
  ai_revenue: estimate("AI revenue", "Revenue the AI infrastructure earns."),
  ai_chip_spend: estimate("AI chip spend", "Spending on AI chips alone (GPUs and accelerators), at an annual run-rate."),
  ai_capex: estimate("AI capex", "Capex on the whole AI build: chips, servers, networking, buildings and power together."),
  net_burn: estimate("net burn", "Cash burned per year, positive when burning."),
  capitalized_costs: estimate("capitalised development costs", "AI or software development costs put on the balance sheet in the period."),
  capitalized_amortization: estimate("amortisation of capitalised costs", "Amortisation of those capitalised costs in the period."),
  capex_guidance: estimate("capex guidance", "Guided capex for one fiscal year, successive announcements."),
  // Assumptions
  price_shock: assumption("power price shock", "A rise in power prices to test, as a share (0.3 for +30%)."),
  book_life: assumption("book useful life", "Useful life the accounts use for servers and network equipment, in years."),
  economic_life: assumption("economic life", "Life over which the hardware really earns its keep, in years."),
  hardware_share: assumption("hardware share", "Share of capex that is servers and network equipment (depreciated over the server life), 0 to 1."),
  tax_rate: assumption("tax rate", "Tax rate, as a share."),
  bonus_share: assumption("bonus depreciation share", "Share of capex deducted for tax at once."),
  recovery_years: assumption("tax recovery period", "Years over which the rest is deducted."),
  discount_rate: assumption("discount rate", "Rate at which future tax savings are discounted."),
  wacc: assumption("cost of capital", "Weighted average cost of capital the returns are compared with, as a share (0.09 for 9%)."),
} as const satisfies Record<string, LineItemDef>;

export type LineItemId = keyof typeof LINE_ITEMS;

export const LINE_ITEM_IDS = Object.keys(LINE_ITEMS) as LineItemId[];

export function lineItem(id: LineItemId): LineItemDef {
  return LINE_ITEMS[id];
}

export function isLineItemId(name: string): name is LineItemId {
  return Object.prototype.hasOwnProperty.call(LINE_ITEMS, name);
}
