/**
 * Annual figures of the four US hyperscalers, FY2023-FY2025, as sample data for the templates
 * and the CLI. Copied from the project's reference dataset (collected from each company's
 * Form 10-K and earnings releases, cross-checked where two sources existed); the project never
 * reads that folder at build or run time, so the facts live here, with their caveats.
 *
 * All amounts in USD millions. `capex` is positive here although filings print it negative.
 */

export const UNITS = "USD millions";

export type Ticker = "MSFT" | "GOOGL" | "AMZN" | "META";

export interface AnnualFigures {
  fiscalYear: number;
  /** ISO date the fiscal year ends. */
  periodEnd: string;
  revenue: number;
  costOfRevenue: number;
  grossProfit: number;
  operatingIncome: number;
  netIncome: number;
  operatingCashFlow: number;
  /** Purchases of property and equipment (cash-flow statement), excluding finance leases. */
  capex: number;
  /** As each company defines it (see the company's caveats); null where the source gave none. */
  depreciation: number | null;
}

export interface CompanyData {
  ticker: Ticker;
  name: string;
  /** When the fiscal year ends, in words. */
  fiscalYearEnd: string;
  /** Where the figures come from, as a sheet cites it. */
  source: string;
  /** What a reader must know before comparing these figures (company-specific). */
  caveats: readonly string[];
  /** Oldest year first. */
  years: readonly AnnualFigures[];
}

/** Caveats that hold for every company in the dataset. */
export const DATASET_CAVEATS: readonly string[] = [
  "Amounts in USD millions, as reported in each company's Form 10-K and earnings releases.",
  "Capex = purchases of property and equipment in the cash-flow statement, shown positive (filings print it negative); it excludes finance leases.",
  "Depreciation definitions differ by company (see each company's note); compare depreciation paces with care.",
  "Free cash flow in AIFLAG is CFO - capex as given here; company-defined free cash flow can differ (Amazon, Meta).",
];

function source(name: string, fiscalYearNote: string): string {
  return `${name} Form 10-K / earnings releases, fiscal years 2023-2025 (${fiscalYearNote}).`;
}

export const HYPERSCALERS: readonly CompanyData[] = [
  {
    ticker: "MSFT",
    name: "Microsoft",
    fiscalYearEnd: "June 30",
    source: source("Microsoft", "fiscal year ends June 30"),
    caveats: [
      "Microsoft's fiscal year ends June 30: FY2025 is July 2024 to June 2025, half a year ahead of the others.",
      'Depreciation is "Depreciation, amortization, and other".',
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-06-30", revenue: 211915, costOfRevenue: 65863, grossProfit: 146052, operatingIncome: 88523, netIncome: 72361, operatingCashFlow: 87582, capex: 28107, depreciation: 13861 },
      { fiscalYear: 2024, periodEnd: "2024-06-30", revenue: 245122, costOfRevenue: 74114, grossProfit: 171008, operatingIncome: 109433, netIncome: 88136, operatingCashFlow: 118548, capex: 44477, depreciation: 22287 },
      { fiscalYear: 2025, periodEnd: "2025-06-30", revenue: 281724, costOfRevenue: 87831, grossProfit: 193893, operatingIncome: 128528, netIncome: 101832, operatingCashFlow: 136162, capex: 64551, depreciation: 34153 },
    ],
  },
  {
    ticker: "GOOGL",
    name: "Alphabet",
    fiscalYearEnd: "December 31",
    source: source("Alphabet", "fiscal year ends December 31"),
    caveats: [
      'Depreciation is "Depreciation of property and equipment"; the 2025 figure was not found and is left blank.',
      "2025 cost of revenue is revenue minus gross profit as summed from the quarterly reports.",
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 307394, costOfRevenue: 133332, grossProfit: 174062, operatingIncome: 84293, netIncome: 73795, operatingCashFlow: 101746, capex: 32251, depreciation: 11946 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 350018, costOfRevenue: 146306, grossProfit: 203712, operatingIncome: 112390, netIncome: 100118, operatingCashFlow: 125299, capex: 52535, depreciation: 15311 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 402836, costOfRevenue: 162535, grossProfit: 240301, operatingIncome: 129039, netIncome: 132170, operatingCashFlow: 164713, capex: 91447, depreciation: null },
    ],
  },
  {
    ticker: "AMZN",
    name: "Amazon",
    fiscalYearEnd: "December 31",
    source: source("Amazon", "fiscal year ends December 31"),
    caveats: [
      "Depreciation includes capitalized content, operating-lease assets and other amortization.",
      "Amazon's own free cash flow subtracts capex net of proceeds from property sales and incentives (4,596 / 5,341 / 3,499 in 2023 / 2024 / 2025), so it is higher than CFO - capex here.",
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 574785, costOfRevenue: 304739, grossProfit: 270046, operatingIncome: 36852, netIncome: 30425, operatingCashFlow: 84946, capex: 52729, depreciation: 48663 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 637959, costOfRevenue: 326288, grossProfit: 311671, operatingIncome: 68593, netIncome: 59248, operatingCashFlow: 115877, capex: 82999, depreciation: 52795 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 716924, costOfRevenue: 356414, grossProfit: 360510, operatingIncome: 79975, netIncome: 77670, operatingCashFlow: 139514, capex: 131819, depreciation: 65756 },
    ],
  },
  {
    ticker: "META",
    name: "Meta Platforms",
    fiscalYearEnd: "December 31",
    source: source("Meta Platforms", "fiscal year ends December 31"),
    caveats: [
      "Depreciation is depreciation and amortization.",
      "Meta's own free cash flow also subtracts principal payments on finance leases, so it is lower than CFO - capex here.",
    ],
    years: [
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 134902, costOfRevenue: 25959, grossProfit: 108943, operatingIncome: 46751, netIncome: 39098, operatingCashFlow: 71113, capex: 27045, depreciation: 11178 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 164501, costOfRevenue: 30161, grossProfit: 134340, operatingIncome: 69380, netIncome: 62360, operatingCashFlow: 91328, capex: 37256, depreciation: 15498 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 200966, costOfRevenue: 36175, grossProfit: 164791, operatingIncome: 83276, netIncome: 60458, operatingCashFlow: 115800, capex: 69691, depreciation: 18616 },
    ],
  },
];

/** Amazon's proceeds from property sales and incentives, by fiscal year: its own FCF nets them off capex. */
export const AMAZON_CAPEX_PROCEEDS: Readonly<Record<number, number>> = { 2023: 4596, 2024: 5341, 2025: 3499 };

export function findCompany(ticker: string): CompanyData | undefined {
  return HYPERSCALERS.find((c) => c.ticker === ticker.trim().toUpperCase());
}

/** The fiscal years the dataset covers, oldest first (the same for every company). */
export const DATASET_YEARS: readonly number[] = HYPERSCALERS[0].years.map((y) => y.fiscalYear);
