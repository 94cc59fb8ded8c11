/**
 * Where each flag parameter can come from in a company's figures (`Financials`): the one table
 * that ties the registry's parameter names to line items of the vocabulary. Keyed by parameter
 * NAME, not by flag, because the catalogue reuses names (revenue, capex, net_income...): a new
 * flag whose parameters are already here is covered with no change, and a test lists any
 * registry parameter this table does not place.
 *
 * Sources are tried in order; the first found wins. A `caveat` is shown with the result when a
 * stand-in is used (R&D expense for research payroll).
 *
 * Parameters absent from this table follow the general rule (`sources.ts`): an explicit
 * assumption from the caller, else the core's default, else omitted if optional, else missing.
 */
import type { Disclosures } from "../../model/financials";
import type { LineItemId } from "../../model/lineItems";

export type ParamSource =
  | {
      from: "row";
      item: LineItemId;
      caveat?: string;
      /**
       * Other parameters this row fixes when it is the one used, unless the analyst set them:
       * total "AI capex" already holds buildings and power, so REVENUEGAP's cost multiplier is 1.
       */
      implies?: Readonly<Record<string, number>>;
      /**
       * "hardware": read as vintages (a series parameter of a series flag, the depreciation
       * schedules), the row is total capex and the flag gets its hardware part, capex x the
       * hardware share (analysis/hardwareShare.ts): buildings and land do not wear out with the servers.
       */
      vintages?: "hardware";
      /** Said when the row is absent and the flag runs without it (missing is not zero). */
      absent?: string;
    }
  /** How many periods make a year, as the source says (RUNWAY's periods_per_year). */
  | { from: "periods-per-year" }
  /** A figure the filing discloses in words (the server book life). */
  | { from: "disclosure"; pick: (d: Disclosures) => number | undefined }
  /** Figures the filing discloses outside the periods' columns (successive capex guidance): one series. */
  | { from: "disclosed-series"; item: LineItemId; pick: (d: Disclosures) => DisclosedSeries | undefined };

/** A series of figures disclosed outside the periods (announcements), with where it comes from. */
export interface DisclosedSeries {
  label: string;
  values: readonly number[];
  /** The filing or release it is read from. */
  reference: string;
  /** What the series covers, as the result's period ("FY2025 guidance"). */
  period: string;
}

/** The successive capex guidance of one fiscal year, or its commitments when given at every announcement. */
function guidanceSeries(d: Disclosures, pick: "guidance" | "commitment"): DisclosedSeries | undefined {
  const g = d.capexGuidance;
  if (!g) return undefined;
  const values = g.revisions.map((r) => r[pick]);
  if (values.some((v) => v === null)) return undefined;
  const label = pick === "guidance" ? `Capex guidance for FY${g.guidedFiscalYear}` : `${g.commitmentMeasure} at each guidance`;
  return { label, values: values as number[], reference: g.source, period: `FY${g.guidedFiscalYear} guidance` };
}

type RowOptions = Omit<Extract<ParamSource, { from: "row" }>, "from" | "item" | "caveat">;

const row = (item: LineItemId, caveat?: string, options: RowOptions = {}): ParamSource => ({
  from: "row",
  item,
  ...(caveat ? { caveat } : {}),
  ...options,
});

export const PARAM_SOURCES: Readonly<Record<string, readonly ParamSource[]>> = {
  revenue: [row("revenue")],
  total_revenue: [row("revenue")],
  cost_of_revenue: [row("cost_of_revenue")],
  operating_income: [row("operating_income")],
  net_income: [row("net_income")],
  operating_cash_flow: [row("operating_cash_flow")],
  capex: [row("capex", undefined, { vintages: "hardware" })],
  finance_leases: [
    row("finance_lease_principal", undefined, {
      absent: "Conversion excludes finance leases: these figures hold no finance-lease principal payments (missing, not zero).",
    }),
  ],
  guidance: [
    { from: "disclosed-series", item: "capex_guidance", pick: (d) => guidanceSeries(d, "guidance") },
    row(
      "capex_guidance",
      "The capex guidance row is read as successive guidance for one fiscal year, oldest announcement first; guidance for different years would mean something else.",
    ),
  ],
  // The disclosure first: its commitments are dated with the guidance, a backlog row is dated by fiscal period.
  commitments: [{ from: "disclosed-series", item: "backlog", pick: (d) => guidanceSeries(d, "commitment") }, row("backlog")],
  research_payroll: [
    row("research_payroll"),
    row(
      "research_and_development",
      "R&D expense stands in for research payroll: it also holds non-pay costs, so the ratio is an upper bound.",
    ),
  ],
  inference_cost: [row("inference_cost")],
  sovereign_revenue: [row("sovereign_revenue")],
  cash_collected: [row("cash_collected")],
  energy_cost: [row("energy_cost")],
  ppa_share: [row("ppa_share")],
  price_shock: [row("price_shock")],
  ai_spend: [
    row("ai_chip_spend"),
    row(
      "ai_capex",
      "AI capex is the whole build (chips, buildings, power), so the cost multiplier is 1: multiplying it again would count the buildings twice.",
      { implies: { cost_multiplier: 1 } },
    ),
  ],
  ai_revenue: [row("ai_revenue")],
  cash: [row("cash")],
  net_burn: [row("net_burn")],
  capitalized_costs: [row("capitalized_costs")],
  amortization: [row("capitalized_amortization")],
  book_life: [row("book_life"), { from: "disclosure", pick: (d) => d.serverBookLife?.years }],
  economic_life: [row("economic_life")],
  tax_rate: [
    row("tax_rate"),
    row(
      "effective_tax_rate",
      "The effective tax rate (income tax expense / pretax income, bounded to 0-50%) stands in for the tax rate; give tax_rate to use another (a statutory or marginal rate).",
    ),
  ],
  bonus_share: [row("bonus_share")],
  recovery_years: [row("recovery_years")],
  discount_rate: [row("discount_rate"), row("wacc")],
  periods_per_year: [{ from: "periods-per-year" }],
  // Returns (ROIC, INCROIC, USEFULLIFE)
  invested_capital: [row("invested_capital")],
  wacc: [row("wacc")],
  ppe_gross: [row("ppe_gross")],
  depreciation: [row("depreciation")],
  accumulated_depreciation: [row("accumulated_depreciation")],
  // Forensic scores (BENEISH, ALTMANZ, ACCRUALS)
  receivables: [row("receivables")],
  sales: [row("revenue")],
  cost_of_sales: [row("cost_of_revenue")],
  current_assets: [row("current_assets")],
  ppe_net: [row("ppe_net")],
  total_assets: [row("total_assets")],
  sga: [row("sga")],
  current_liabilities: [row("current_liabilities")],
  long_term_debt: [row("long_term_debt")],
  income_continuing_ops: [
    row("income_continuing_ops"),
    row("net_income", "Net income stands in for income from continuing operations: the two are the same for a company without discontinued operations."),
  ],
  // BENEISH's securities (AQI) are long-term investments: the vocabulary's marketable securities are current
  // assets, already in current assets, so mapping them would count them twice. Left out, AQI is Beneish's 1999 form.
  working_capital: [row("working_capital")],
  retained_earnings: [row("retained_earnings")],
  ebit: [row("operating_income")],
  equity: [row("stockholders_equity")],
  total_liabilities: [row("total_liabilities")],
  average_total_assets: [row("average_total_assets")],
};

export function sourcesOf(param: string): readonly ParamSource[] {
  return Object.prototype.hasOwnProperty.call(PARAM_SOURCES, param) ? PARAM_SOURCES[param] : [];
}
