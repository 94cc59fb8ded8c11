/**
 * How the red-flag model's Inputs sheet shows each line item: the label in column A, the sheet
 * name of its year cells and the source comment. Rows are keyed by the vocabulary's line-item
 * ids (src/model/lineItems.ts), the ids the analysis's parameter table (PARAM_SOURCES) names, so
 * the flags reach rows through that one table (bindings.ts) and this file never says which flag
 * reads which row. A row is filled straight from `Financials.items[id]`: no per-field mapping.
 *
 * Filing rows come first (blue inputs); the others are analyst estimates (blank on a pale fill
 * until the figures hold them). The number format follows the vocabulary's unit of the item. A
 * line item a flag reads that has no entry here still gets an estimate row, and a filing item the
 * company's figures hold gets a filing row, both worded from the vocabulary.
 */
import { LINE_ITEMS, type LineItemId } from "../../model/lineItems";
import { MONEY_FORMAT, SHARE_FORMAT } from "../formats";
import { COLUMN_NOUN, periodColumnsOf, type TemplateCompany } from "../company";
import { DERIVED_ROW_ITEMS, DERIVED_ROWS, type DerivedRow } from "./derivedRows";

interface RowPresentation {
  label: string;
  /** Sheet-scoped Excel name of the row's cells; the id in PascalCase unless given. */
  name?: string;
}

interface FilingRow extends RowPresentation {
  comment: string;
}

interface EstimateRow extends RowPresentation {
  /** The figure is a flow over one column: the label ends "(per year)" or "(per quarter)". */
  perColumn?: boolean;
  /** `readers`: the flags that read the row, "SOVEREIGN" or "DEPCLIFF, DEPGAP" ("" for none). */
  comment(readers: string): string;
}

/** A row as the Inputs sheet writes it. */
export interface InputRow {
  item: LineItemId;
  label: string;
  name: string;
  comment: string;
  numberFormat: string;
}

/** "text (FLAGS)", or the text alone when no flag reads it. */
export const withReaders = (text: string, readers: string) => (readers ? `${text} (${readers})` : text);

/** An id or parameter name as an Excel name: cost_of_revenue -> CostOfRevenue. */
export const pascal = (id: string) =>
  id
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

export const rowFormat = (item: LineItemId) => (LINE_ITEMS[item].unit === "money" ? MONEY_FORMAT : SHARE_FORMAT);

/** Rows a filing carries, in statement order: every template shows them, filled or blank. */
export const FILING_ROWS = {
  revenue: { label: "Revenue", comment: "Income statement: total revenues / net sales." },
  cost_of_revenue: { label: "Cost of revenue", comment: "Income statement: cost of revenues / cost of sales." },
  gross_profit: { label: "Gross profit", comment: "Revenue - cost of revenue." },
  operating_income: { label: "Operating income", comment: "Income statement." },
  net_income: { label: "Net income", comment: "Income statement." },
  operating_cash_flow: { label: "Operating cash flow", comment: "Cash-flow statement: net cash from operating activities." },
  capex: {
    label: "Capex (purchases of property and equipment)",
    comment: "Cash-flow statement, entered positive; excludes finance leases. Total capex: buildings and land as well as hardware.",
  },
  finance_lease_principal: {
    label: "Finance-lease principal payments",
    comment: "Financing activities (or the leases note), entered positive: capex paid for through leases. Blank where not reported: free cash flow then excludes it.",
  },
  depreciation_amortization: {
    label: "Depreciation and amortization",
    comment: "Cash-flow statement add-back, as the company words it (see the notes); blank where the source gave none.",
  },
  depreciation: {
    label: "Depreciation (property and equipment)",
    comment: "Depreciation of property and equipment alone, where the company reports it; blank where the source gave none.",
  },
} satisfies Partial<Record<LineItemId, FilingRow>>;

export type FilingItemId = keyof typeof FILING_ROWS;
export const FILING_ITEM_IDS = Object.keys(FILING_ROWS) as FilingItemId[];

/**
 * Rows the returns and forensic scores read (ROIC, INCROIC, USEFULLIFE, BENEISH, ALTMANZ,
 * ACCRUALS) and the derived rows are made from: the red-flag model shows them after the rows
 * above, filled or blank (the comparison template does not).
 */
const FORENSIC_ROWS: Partial<Record<LineItemId, FilingRow>> = {
  sga: { label: "Selling, general and administrative", comment: "Income statement: sales and marketing plus general and administrative." },
  pretax_income: { label: "Income before income taxes", comment: "Income statement." },
  income_tax_expense: { label: "Income tax expense", comment: "Income statement: provision for income taxes (a benefit negative)." },
  marketable_securities: { label: "Marketable securities", comment: "Balance sheet: short-term investments held as current assets." },
  receivables: { label: "Accounts receivable", comment: "Balance sheet: accounts receivable, net." },
  current_assets: { label: "Total current assets", comment: "Balance sheet." },
  ppe_gross: { label: "Property and equipment, gross", comment: "Balance-sheet note: property and equipment at cost, before accumulated depreciation." },
  accumulated_depreciation: { label: "Accumulated depreciation", comment: "Balance-sheet note: entered positive." },
  ppe_net: { label: "Property and equipment, net", comment: "Balance sheet." },
  total_assets: { label: "Total assets", comment: "Balance sheet." },
  current_liabilities: { label: "Total current liabilities", comment: "Balance sheet." },
  short_term_debt: { label: "Short-term debt", comment: "Balance sheet: short-term borrowings and the current portion of long-term debt." },
  long_term_debt: { label: "Long-term debt", comment: "Balance sheet: excluding the current portion and finance leases." },
  finance_lease_liabilities: { label: "Finance-lease liabilities", comment: "Balance sheet or lease note: current and non-current." },
  total_liabilities: { label: "Total liabilities", comment: "Balance sheet." },
  retained_earnings: { label: "Retained earnings", comment: "Balance sheet: an accumulated deficit negative." },
  stockholders_equity: { label: "Stockholders' equity", comment: "Balance sheet: total equity attributable to the company." },
};
const FORENSIC_ITEM_IDS = Object.keys(FORENSIC_ROWS) as LineItemId[];

const ESTIMATE = "Analyst estimate: not in the filings.";
const estimate = (what: string) => (readers: string) => `${ESTIMATE} ${withReaders(what, readers)}.`;

/** Rows a filing does not carry: present, blank, marked as analyst estimates. */
const ESTIMATE_ROWS: Partial<Record<LineItemId, EstimateRow>> = {
  inference_cost: { label: "Inference cost (AI model usage)", comment: estimate("API fees and inference compute") },
  sovereign_revenue: { label: "Sovereign / government AI revenue", comment: estimate("Government and national-AI contracts") },
  cash_collected: {
    label: "Cash collected on sovereign revenue",
    name: "SovereignCollected",
    comment: (readers) => `${ESTIMATE} Optional for ${readers}: without it the flag can say WATCH at most.`,
  },
  energy_cost: { label: "Energy cost (data-centre power)", comment: estimate("Often only in 10-K footnotes") },
  ppa_share: { label: "Share of power under PPAs (0 to 1)", comment: estimate("Long-term fixed-price power purchase agreements") },
  research_payroll: { label: "Research payroll (incl. stock compensation)", comment: estimate("Research and engineering pay") },
  ai_chip_spend: { label: "AI chip spend (annual run-rate)", comment: estimate("GPUs and accelerators alone, not buildings or power") },
  ai_revenue: { label: "AI revenue", comment: estimate("Revenue the AI infrastructure earns") },
  cash: { label: "Cash and short-term investments", name: "CashAndInvestments", comment: estimate("From the balance sheet, for start-ups") },
  net_burn: { label: "Net cash burn", perColumn: true, comment: estimate("Positive when burning cash") },
  capitalized_costs: { label: "Capitalised AI development costs", name: "CapitalisedDevCosts", comment: estimate("From the capitalisation note") },
  capitalized_amortization: {
    label: "Amortisation of capitalised development costs",
    name: "CapitalisedAmortisation",
    comment: estimate("Same note"),
  },
};

/** Line items the guidance block holds: successive announcements for one fiscal year, across. */
export const SLOT_ITEMS = ["capex_guidance", "backlog"] as const;
export type SlotItemId = (typeof SLOT_ITEMS)[number];
export const isSlotItem = (item: LineItemId): item is SlotItemId => (SLOT_ITEMS as readonly string[]).includes(item);

export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A line item a flag reads that this file does not present: worded from the vocabulary. */
function derivedRow(item: LineItemId): EstimateRow {
  const spec = LINE_ITEMS[item];
  const source = spec.kind === "filing" ? "From the filings: not in the dataset, blank until you enter it" : "Analyst estimate: not in the filings";
  return { label: capitalised(spec.label), comment: (readers) => `${withReaders(source, readers)}.` };
}

const named = (item: LineItemId, p: RowPresentation) => ({ item, label: p.label, name: p.name ?? pascal(item), numberFormat: rowFormat(item) });

/**
 * The Inputs rows: the filing rows, then any other filing item the company's figures hold
 * (`held`, in vocabulary order), then the derived rows a flag reads (formulas over the rows
 * above, derivedRows.ts), then the estimate rows and any other line item a flag reads by year
 * (not a guidance announcement, not a one-figure assumption); an estimate row no flag reads (one
 * of a flag not computed over quarters) is left out. `readers` maps each line item to the flags
 * that read it.
 */
export function inputRows(
  readers: ReadonlyMap<LineItemId, readonly string[]>,
  held: readonly LineItemId[] = [],
  company: TemplateCompany = null,
): { filing: InputRow[]; derived: InputRow[]; estimates: InputRow[] } {
  const derivedItems = DERIVED_ROW_ITEMS.filter((item) => readers.has(item));
  const derived = derivedItems.map((item) => {
    const d = DERIVED_ROWS[item] as DerivedRow;
    return { ...named(item, d), comment: `${d.comment(company)} Read by ${(readers.get(item) ?? []).join(", ")}.` };
  });
  const presented = new Set<LineItemId>([...FILING_ITEM_IDS, ...FORENSIC_ITEM_IDS, ...(Object.keys(ESTIMATE_ROWS) as LineItemId[]), ...derivedItems]);
  const heldFilings = held.filter((item) => !presented.has(item) && !isSlotItem(item) && LINE_ITEMS[item].kind === "filing");
  const filing = [
    ...FILING_ITEM_IDS.map((item) => ({ ...named(item, FILING_ROWS[item]), comment: FILING_ROWS[item].comment })),
    ...FORENSIC_ITEM_IDS.map((item) => {
      const r = FORENSIC_ROWS[item] as FilingRow;
      return { ...named(item, r), comment: withReaders(r.comment.replace(/\.$/, ""), (readers.get(item) ?? []).join(", ")) + "." };
    }),
    ...heldFilings.map((item) => ({ ...named(item, { label: capitalised(LINE_ITEMS[item].label) }), comment: `${LINE_ITEMS[item].meaning}` })),
  ];
  for (const item of heldFilings) presented.add(item);
  const extra = [...readers.keys()].filter((item) => !presented.has(item) && !isSlotItem(item));
  const per = ` (per ${COLUMN_NOUN[periodColumnsOf(company).kind]})`;
  const estimates = [...(Object.keys(ESTIMATE_ROWS) as LineItemId[]).filter((item) => readers.has(item)), ...extra].map((item) => {
    const p = ESTIMATE_ROWS[item] ?? derivedRow(item);
    return { ...named(item, { ...p, label: p.perColumn ? p.label + per : p.label }), comment: p.comment((readers.get(item) ?? []).join(", ")) };
  });
  return { filing, derived, estimates };
}
