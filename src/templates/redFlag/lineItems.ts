/**
 * The rows of the red-flag model's Inputs sheet: what the filings carry (blue inputs, filled from
 * the dataset) and what they do not (analyst estimates, blank until the analyst fills them).
 * The flags, checks and charts refer to rows by these keys, never by row number.
 */
import type { AnnualFigures } from "../../data/hyperscalers";
import { MONEY_FORMAT, SHARE_FORMAT } from "../formats";

export type FilingItemKey =
  | "revenue"
  | "costOfRevenue"
  | "grossProfit"
  | "operatingIncome"
  | "netIncome"
  | "operatingCashFlow"
  | "capex"
  | "depreciation";

export type EstimateItemKey =
  | "inferenceCost"
  | "sovereignRevenue"
  | "sovereignCollected"
  | "energyCost"
  | "ppaShare"
  | "researchPayroll"
  | "aiChipSpend"
  | "aiRevenue"
  | "cash"
  | "netBurn"
  | "capitalisedCosts"
  | "amortisation";

export type LineItemKey = FilingItemKey | EstimateItemKey;

export interface LineItem<K extends LineItemKey = LineItemKey> {
  key: K;
  label: string;
  /** Sheet-scoped Excel name of the row's year cells. */
  name: string;
  comment: string;
  numberFormat: string;
}


const money = <K extends LineItemKey>(key: K, label: string, name: string, comment: string): LineItem<K> => ({
  key,
  label,
  name,
  comment,
  numberFormat: MONEY_FORMAT,
});

/** Rows a filing carries, with the dataset field each one is filled from. */
export const FILING_ITEMS: ReadonlyArray<LineItem<FilingItemKey> & { figure: (y: AnnualFigures) => number | null }> = [
  { ...money("revenue", "Revenue", "Revenue", "Income statement: total revenues / net sales."), figure: (y) => y.revenue },
  { ...money("costOfRevenue", "Cost of revenue", "CostOfRevenue", "Income statement: cost of revenues / cost of sales."), figure: (y) => y.costOfRevenue },
  { ...money("grossProfit", "Gross profit", "GrossProfit", "Revenue - cost of revenue."), figure: (y) => y.grossProfit },
  { ...money("operatingIncome", "Operating income", "OperatingIncome", "Income statement."), figure: (y) => y.operatingIncome },
  { ...money("netIncome", "Net income", "NetIncome", "Income statement."), figure: (y) => y.netIncome },
  { ...money("operatingCashFlow", "Operating cash flow", "OperatingCashFlow", "Cash-flow statement: net cash from operating activities."), figure: (y) => y.operatingCashFlow },
  {
    ...money("capex", "Capex (purchases of property and equipment)", "Capex", "Cash-flow statement, entered positive; excludes finance leases."),
    figure: (y) => y.capex,
  },
  {
    ...money("depreciation", "Depreciation", "Depreciation", "As the company defines it (see the notes); blank where the source gave none."),
    figure: (y) => y.depreciation,
  },
];

const ESTIMATE = "Analyst estimate: not in the filings.";

/** Rows a filing does not carry: present, blank, marked as analyst estimates. */
export const ESTIMATE_ITEMS: ReadonlyArray<LineItem<EstimateItemKey>> = [
  money("inferenceCost", "Inference cost (AI model usage)", "InferenceCost", `${ESTIMATE} API fees and inference compute (INFERENCECOST).`),
  money("sovereignRevenue", "Sovereign / government AI revenue", "SovereignRevenue", `${ESTIMATE} Government and national-AI contracts (SOVEREIGN).`),
  money("sovereignCollected", "Cash collected on sovereign revenue", "SovereignCollected", `${ESTIMATE} Optional for SOVEREIGN: without it the flag can say WATCH at most.`),
  money("energyCost", "Energy cost (data-centre power)", "EnergyCost", `${ESTIMATE} Often only in 10-K footnotes (ENERGYRISK).`),
  {
    key: "ppaShare",
    label: "Share of power under PPAs (0 to 1)",
    name: "PpaShare",
    comment: `${ESTIMATE} Long-term fixed-price power purchase agreements (ENERGYRISK).`,
    numberFormat: SHARE_FORMAT,
  },
  money("researchPayroll", "Research payroll (incl. stock compensation)", "ResearchPayroll", `${ESTIMATE} Research and engineering pay (TALENTLOAD).`),
  money("aiChipSpend", "AI chip spend (annual run-rate)", "AiChipSpend", `${ESTIMATE} GPUs and accelerators (REVENUEGAP).`),
  money("aiRevenue", "AI revenue", "AiRevenue", `${ESTIMATE} Revenue the AI infrastructure earns (REVENUEGAP).`),
  money("cash", "Cash and short-term investments", "CashAndInvestments", `${ESTIMATE} From the balance sheet, for start-ups (RUNWAY).`),
  money("netBurn", "Net cash burn (per year)", "NetBurn", `${ESTIMATE} Positive when burning cash (RUNWAY).`),
  money("capitalisedCosts", "Capitalised AI development costs", "CapitalisedDevCosts", `${ESTIMATE} From the capitalisation note (CAPRESTATE).`),
  money("amortisation", "Amortisation of capitalised development costs", "CapitalisedAmortisation", `${ESTIMATE} Same note (CAPRESTATE).`),
];

export const LINE_ITEMS: ReadonlyArray<LineItem> = [...FILING_ITEMS, ...ESTIMATE_ITEMS];
