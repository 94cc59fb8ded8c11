/**
 * Annual figures of the four US hyperscalers, the sample data of the templates, the preview and
 * the CLI: ten fiscal years of capex (FY2016-FY2025, so that the depreciation flags see every
 * vintage still on the books) and three years of everything else (FY2023-FY2025; earlier years
 * are null there, never zero). Copied from the project's reference dataset (collected from each
 * company's Form 10-K and earnings releases, cross-checked where two sources existed) and, for
 * what that dataset lacks, from the 10-K filings themselves (each such figure names its source in
 * `figureSources`). The project never reads the reference folder at build or run time, so the
 * facts live here, with their caveats.
 *
 * Stored keyed by line-item id (`src/model/lineItems.ts`), so the dataset needs no mapping
 * table: each year's figures are the items themselves. All amounts in USD millions. `capex` is
 * positive here although filings print it negative. Depreciation follows the vocabulary:
 * depreciation of property and equipment alone is `depreciation` (Alphabet's cash-flow line,
 * Microsoft's property-and-equipment note); lines that add back more (amortisation, content,
 * leases) are `depreciation_amortization`.
 */
import type { LineItemId } from "../../model/lineItems";

export type Ticker = "MSFT" | "GOOGL" | "AMZN" | "META";

/** One fiscal year: its end, then its figures by line-item id (null where the source gave none). */
export type EmbeddedYear = { fiscalYear: number; periodEnd: string } & Partial<Record<LineItemId, number | null>>;

/** A figure a later filing changed: what was first reported, and where. */
export interface Restatement {
  original: number;
  note: string;
}

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
  /** Figures that are later restatements, keyed like `figureSources`. */
  restated?: Readonly<Record<string, Restatement>>;
  /** What a reader must know before comparing these figures (company-specific). */
  caveats: readonly string[];
  /** Oldest year first. */
  years: readonly EmbeddedYear[];
}

/** The figures are in millions of US dollars. */
export const EMBEDDED_SCALE = 1e6;

/** The first fiscal year for which the dataset holds more than capex. */
export const STATEMENT_FROM = 2023;

/** Caveats that hold for every company in the dataset. */
export const DATASET_CAVEATS: readonly string[] = [
  "Amounts in USD millions, as reported in each company's Form 10-K and earnings releases.",
  "Capex = purchases of property and equipment in the cash-flow statement, shown positive (filings print it negative); it excludes finance leases. It is total capex: land, buildings, construction and logistics as well as servers.",
  `Capex is given for ten fiscal years (FY2016-FY2025, each as reported in that year's Form 10-K) so that the depreciation flags see every vintage still on the books; the other lines start in FY${STATEMENT_FROM} and are blank before.`,
  "Depreciation lines differ by company: depreciation of property and equipment alone where the company reports it (Alphabet, Microsoft); otherwise depreciation and amortization as the cash-flow statement adds it back. Compare depreciation paces with care.",
  "Free cash flow in AIFLAG is CFO - capex - finance-lease principal payments where the figures hold them (Microsoft); elsewhere it is CFO - capex and excludes finance leases. Company-defined free cash flow can differ (Amazon, Meta).",
];

function source(name: string, fiscalYearNote: string): string {
  return `${name} Form 10-K / earnings releases: capex fiscal years 2016-2025, other lines ${STATEMENT_FROM}-2025 (${fiscalYearNote}).`;
}

/** Fiscal years of capex alone, oldest first, ending the year before `STATEMENT_FROM`. */
function capexYears(capex: readonly number[], periodEnd: (fiscalYear: number) => string): EmbeddedYear[] {
  const first = STATEMENT_FROM - capex.length;
  return capex.map((value, i) => ({ fiscalYear: first + i, periodEnd: periodEnd(first + i), capex: value }));
}

const juneEnd = (y: number) => `${y}-06-30`;
const decemberEnd = (y: number) => `${y}-12-31`;

export const HYPERSCALERS: readonly EmbeddedCompany[] = [
  {
    ticker: "MSFT",
    name: "Microsoft",
    cik: 789019,
    fiscalYearEnd: "June 30",
    source: source("Microsoft", "fiscal year ends June 30"),
    gaps: {},
    labels: {
      depreciation_amortization: "Depreciation, amortization, and other",
      depreciation: "Depreciation expense (property and equipment note)",
      finance_lease_principal: "Finance lease principal payments",
    },
    figureSources: Object.fromEntries(
      [2023, 2024, 2025].flatMap((y) => [
        [`${y} depreciation`, `Microsoft Form 10-K, fiscal year ${y}, property and equipment note (us-gaap:Depreciation, disclosed rounded to $0.1B)`],
        [`${y} finance_lease_principal`, `Microsoft Form 10-K, fiscal year ${y}, leases note (us-gaap:FinanceLeasePrincipalPayments)`],
      ]),
    ),
    caveats: [
      "Microsoft's fiscal year ends June 30: FY2025 is July 2024 to June 2025, half a year ahead of the others.",
      'Depreciation and amortization is "Depreciation, amortization, and other" (cash-flow statement); depreciation is that of property and equipment from the note, rounded to $0.1B.',
      "Microsoft's own capex measure includes finance leases: $88.2B in FY2025 against $64.6B of cash capex. On that measure FY2025 conversion is 0.47x, not 0.70x.",
    ],
    years: [
      ...capexYears([8343, 8129, 11632, 13925, 15441, 20622, 23886], juneEnd),
      { fiscalYear: 2023, periodEnd: "2023-06-30", revenue: 211915, cost_of_revenue: 65863, gross_profit: 146052, operating_income: 88523, net_income: 72361, operating_cash_flow: 87582, capex: 28107, finance_lease_principal: 1056, depreciation_amortization: 13861, depreciation: 11000 },
      { fiscalYear: 2024, periodEnd: "2024-06-30", revenue: 245122, cost_of_revenue: 74114, gross_profit: 171008, operating_income: 109433, net_income: 88136, operating_cash_flow: 118548, capex: 44477, finance_lease_principal: 1286, depreciation_amortization: 22287, depreciation: 15200 },
      { fiscalYear: 2025, periodEnd: "2025-06-30", revenue: 281724, cost_of_revenue: 87831, gross_profit: 193893, operating_income: 128528, net_income: 101832, operating_cash_flow: 136162, capex: 64551, finance_lease_principal: 2283, depreciation_amortization: 34153, depreciation: 22000 },
    ],
  },
  {
    ticker: "GOOGL",
    name: "Alphabet",
    cik: 1652044,
    fiscalYearEnd: "December 31",
    source: source("Alphabet", "fiscal year ends December 31"),
    gaps: { depreciation_amortization: "Not in the dataset: depreciation of property and equipment is given instead (see depreciation)." },
    figureSources: {
      "2025 cost_of_revenue": "Alphabet earnings releases for the four quarters of 2025 (revenue minus gross profit as summed from them)",
      "2025 depreciation": "Alphabet Form 10-K, fiscal year 2025, filed February 2026 (us-gaap:Depreciation)",
    },
    labels: { depreciation: "Depreciation of property and equipment" },
    caveats: [
      'Depreciation is "Depreciation of property and equipment".',
      "2025 cost of revenue is revenue minus gross profit as summed from the quarterly reports.",
      "Alphabet's 2025 net income exceeds its operating income through gains on equity securities (other income), which are not cash from operations: conversion on net income reads lower than on operating profit.",
    ],
    years: [
      ...capexYears([10212, 13184, 25139, 23548, 22281, 24640, 31485], decemberEnd),
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 307394, cost_of_revenue: 133332, gross_profit: 174062, operating_income: 84293, net_income: 73795, operating_cash_flow: 101746, capex: 32251, depreciation: 11946 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 350018, cost_of_revenue: 146306, gross_profit: 203712, operating_income: 112390, net_income: 100118, operating_cash_flow: 125299, capex: 52535, depreciation: 15311 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 402836, cost_of_revenue: 162535, gross_profit: 240301, operating_income: 129039, net_income: 132170, operating_cash_flow: 164713, capex: 91447, depreciation: 21136 },
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
      "Amazon's capex funds fulfilment and logistics buildings as well as AWS servers: a larger share of it is long-lived than at the others.",
    ],
    years: [
      ...capexYears([7804, 11955, 13427, 16861, 40140, 61053, 63645], decemberEnd),
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
    restated: {
      "2023 capex": {
        original: 27266,
        note: "27,266 as first reported in the FY2023 Form 10-K; 27,045 as restated in the comparatives of later filings",
      },
    },
    caveats: [
      'Depreciation and amortization is "Depreciation and amortization" (cash-flow statement).',
      "Meta's own free cash flow also subtracts principal payments on finance leases, so it is lower than CFO - capex here.",
      "FY2023 capex is the restated 27,045 (27,266 as first reported).",
      "Meta's FY2025 net income includes a one-time tax charge of $15.9B: conversion on net income reads higher that year than on profit before the charge.",
    ],
    years: [
      ...capexYears([4491, 6733, 13915, 15102, 15115, 18567, 31431], decemberEnd),
      { fiscalYear: 2023, periodEnd: "2023-12-31", revenue: 134902, cost_of_revenue: 25959, gross_profit: 108943, operating_income: 46751, net_income: 39098, operating_cash_flow: 71113, capex: 27045, depreciation_amortization: 11178 },
      { fiscalYear: 2024, periodEnd: "2024-12-31", revenue: 164501, cost_of_revenue: 30161, gross_profit: 134340, operating_income: 69380, net_income: 62360, operating_cash_flow: 91328, capex: 37256, depreciation_amortization: 15498 },
      { fiscalYear: 2025, periodEnd: "2025-12-31", revenue: 200966, cost_of_revenue: 36175, gross_profit: 164791, operating_income: 83276, net_income: 60458, operating_cash_flow: 115800, capex: 69691, depreciation_amortization: 18616 },
    ],
  },
];

/** The fiscal years the dataset covers, oldest first (the same for every company). */
export const DATASET_YEARS: readonly number[] = HYPERSCALERS[0].years.map((y) => y.fiscalYear);

/** The fiscal years with more than capex, oldest first. */
export const STATEMENT_YEARS: readonly number[] = DATASET_YEARS.filter((y) => y >= STATEMENT_FROM);
