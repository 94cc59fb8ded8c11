/**
 * Annual figures of the four US hyperscalers, FY2023-FY2025, the sample data of the templates,
 * the preview and the CLI. Copied from the project's reference dataset (collected from each
 * company's Form 10-K and earnings releases, cross-checked where two sources existed); the
 * project never reads that folder at build or run time, so the facts live here, with their
 * caveats.
 *
 * Stored keyed by line-item id (`src/model/lineItems.ts`), so the dataset needs no mapping
 * table: each year's figures are the items themselves. All amounts in USD millions. `capex` is
 * positive here although filings print it negative. Depreciation follows the vocabulary:
 * Alphabet's "Depreciation of property and equipment" is `depreciation`; the others' lines add
 * back more (amortisation, content, leases) and are `depreciation_amortization`.
 */
import type { LineItemId } from "../../model/lineItems";

export type Ticker = "MSFT" | "GOOGL" | "AMZN" | "META";

/** One fiscal year: its end, then its figures by line-item id (null where the source gave none). */
export type EmbeddedYear = { fiscalYear: number; periodEnd: string } & Partial<Record<LineItemId, number | null>>;

export interface EmbeddedCompany {
  ticker: Ticker;
  name: string;
  /** SEC Central Index Key. */
  cik: number;
  /** When the fiscal year ends, in words. */
  fiscalYearEnd: string;
  /** Where the figures come from, as a sheet cites it. */
  source: string;
  /** How the filings word a line, where it is not the vocabulary's label. */
  labels: Partial<Record<LineItemId, string>>;
  /** Why an item is absent, for `Financials.gaps`. */
  gaps: Partial<Record<LineItemId, string>>;
  /** Where a figure comes from when it is not the year's Form 10-K, keyed "2025 cost_of_revenue". */
  figureSources?: Readonly<Record<string, string>>;
  /** What a reader must know before comparing these figures (company-specific). */
  caveats: readonly string[];
  /** Oldest year first. */
  years: readonly EmbeddedYear[];
}

/** The figures are in millions of US dollars. */
export const EMBEDDED_SCALE = 1e6;

/** Caveats that hold for every company in the dataset. */
export const DATASET_CAVEATS: readonly string[] = [
  "Amounts in USD millions, as reported in each company's Form 10-K and earnings releases.",
  "Capex = purchases of property and equipment in the cash-flow statement, shown positive (filings print it negative); it excludes finance leases.",
  "Depreciation lines differ by company: Alphabet's is depreciation of property and equipment alone; the others' are depreciation and amortization as the cash-flow statement adds it back (see each company's note). Compare depreciation paces with care.",
  "Free cash flow in AIFLAG is CFO - capex as given here; company-defined free cash flow can differ (Amazon, Meta).",
];

function source(name: string, fiscalYearNote: string): string {
  return `${name} Form 10-K / earnings releases, fiscal years 2023-2025 (${fiscalYearNote}).`;
}

export const HYPERSCALERS: readonly EmbeddedCompany[] = [
  {
    ticker: "MSFT",
    name: "Microsoft",
    cik: 789019,
    fiscalYearEnd: "June 30",
    source: source("Microsoft", "fiscal year ends June 30"),
    gaps: { depreciation: "Not in the dataset: the company's cash-flow line is depreciation and amortization (see depreciation_amortization)." },
    labels: { depreciation_amortization: "Depreciation, amortization, and other" },
    caveats: [
      "Microsoft's fiscal year ends June 30: FY2025 is July 2024 to June 2025, half a year ahead of the others.",
      'Depreciation and amortization is "Depreciation, amortization, and other" (cash-flow statement).',
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-06-30", revenue: 211915, cost_of_revenue: 65863, gross_profit: 146052, operating_income: 88523, net_income: 72361, operating_cash_flow: 87582, capex: 28107, depreciation_amortization: 13861 },
      { fiscalYear: 2024, periodEnd: "2024-06-30", revenue: 245122, cost_of_revenue: 74114, gross_profit: 171008, operating_income: 109433, net_income: 88136, operating_cash_flow: 118548, capex: 44477, depreciation_amortization: 22287 },
      { fiscalYear: 2025, periodEnd: "2025-06-30", revenue: 281724, cost_of_revenue: 87831, gross_profit: 193893, operating_income: 128528, net_income: 101832, operating_cash_flow: 136162, capex: 64551, depreciation_amortization: 34153 },
    ],
  },
  {
    ticker: "GOOGL",
    name: "Alphabet",
    cik: 1652044,
    fiscalYearEnd: "December 31",
    source: source("Alphabet", "fiscal year ends December 31"),
    gaps: { depreciation_amortization: "Not in the dataset: depreciation of property and equipment is given instead (see depreciation)." },
    figureSources: { "2025 cost_of_revenue": "Alphabet earnings releases for the four quarters of 2025 (revenue minus gross profit as summed from them)" },
    labels: { depreciation: "Depreciation of property and equipment" },
    caveats: [
      'Depreciation is "Depreciation of property and equipment"; the 2025 figure was not found and is left blank.',
      "2025 cost of revenue is revenue minus gross profit as summed from the quarterly reports.",
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 307394, cost_of_revenue: 133332, gross_profit: 174062, operating_income: 84293, net_income: 73795, operating_cash_flow: 101746, capex: 32251, depreciation: 11946 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 350018, cost_of_revenue: 146306, gross_profit: 203712, operating_income: 112390, net_income: 100118, operating_cash_flow: 125299, capex: 52535, depreciation: 15311 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 402836, cost_of_revenue: 162535, gross_profit: 240301, operating_income: 129039, net_income: 132170, operating_cash_flow: 164713, capex: 91447, depreciation: null },
    ],
  },
  {
    ticker: "AMZN",
    name: "Amazon",
    cik: 1018724,
    fiscalYearEnd: "December 31",
    source: source("Amazon", "fiscal year ends December 31"),
    gaps: { depreciation: "Not in the dataset: the company's cash-flow line is depreciation and amortization (see depreciation_amortization)." },
    labels: {
      depreciation_amortization:
        "Depreciation and amortization of property and equipment and capitalized content costs, operating lease assets, and other",
    },
    caveats: [
      "Depreciation and amortization includes capitalized content, operating-lease assets and other amortization.",
      "Amazon's own free cash flow subtracts capex net of proceeds from property sales and incentives (4,596 / 5,341 / 3,499 in 2023 / 2024 / 2025), so it is higher than CFO - capex here.",
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 574785, cost_of_revenue: 304739, gross_profit: 270046, operating_income: 36852, net_income: 30425, operating_cash_flow: 84946, capex: 52729, depreciation_amortization: 48663 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 637959, cost_of_revenue: 326288, gross_profit: 311671, operating_income: 68593, net_income: 59248, operating_cash_flow: 115877, capex: 82999, depreciation_amortization: 52795 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 716924, cost_of_revenue: 356414, gross_profit: 360510, operating_income: 79975, net_income: 77670, operating_cash_flow: 139514, capex: 131819, depreciation_amortization: 65756 },
    ],
  },
  {
    ticker: "META",
    name: "Meta Platforms",
    cik: 1326801,
    fiscalYearEnd: "December 31",
    source: source("Meta Platforms", "fiscal year ends December 31"),
    gaps: { depreciation: "Not in the dataset: the company's cash-flow line is depreciation and amortization (see depreciation_amortization)." },
    labels: { depreciation_amortization: "Depreciation and amortization" },
    caveats: [
      'Depreciation and amortization is "Depreciation and amortization" (cash-flow statement).',
      "Meta's own free cash flow also subtracts principal payments on finance leases, so it is lower than CFO - capex here.",
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 134902, cost_of_revenue: 25959, gross_profit: 108943, operating_income: 46751, net_income: 39098, operating_cash_flow: 71113, capex: 27045, depreciation_amortization: 11178 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 164501, cost_of_revenue: 30161, gross_profit: 134340, operating_income: 69380, net_income: 62360, operating_cash_flow: 91328, capex: 37256, depreciation_amortization: 15498 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 200966, cost_of_revenue: 36175, gross_profit: 164791, operating_income: 83276, net_income: 60458, operating_cash_flow: 115800, capex: 69691, depreciation_amortization: 18616 },
    ],
  },
];

/** The fiscal years the dataset covers, oldest first (the same for every company). */
export const DATASET_YEARS: readonly number[] = HYPERSCALERS[0].years.map((y) => y.fiscalYear);
