/** The embedded source's reader: each sample company as the Financials every consumer reads. */
import { factAt, valuesOf } from "../../../src/model/financials";
import { EMBEDDED, EMBEDDED_TICKERS, embeddedCompany } from "../../../src/sources/embedded";
import { HYPERSCALERS } from "../../../src/sources/embedded/hyperscalers";

test("Microsoft: company, units, fiscal years, figures by line-item id, each citing its 10-K", () => {
  const f = embeddedCompany("msft")!;
  expect(f.company).toEqual({ name: "Microsoft", ticker: "MSFT", cik: 789019, fiscalYearEnd: "June 30" });
  expect(f.units).toEqual({ currency: "USD", scale: 1e6 });
  expect(f.periodsPerYear).toBe(1);
  expect(f.periods).toEqual([
    { label: "FY2023", kind: "annual", fiscalYear: 2023, end: "2023-06-30" },
    { label: "FY2024", kind: "annual", fiscalYear: 2024, end: "2024-06-30" },
    { label: "FY2025", kind: "annual", fiscalYear: 2025, end: "2025-06-30" },
  ]);
  expect(Object.keys(f.items)).toEqual([
    "revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income", "operating_cash_flow", "capex", "depreciation_amortization",
  ]);
  expect(valuesOf(f, "revenue")).toEqual([211915, 245122, 281724]);
  expect(factAt(f, "capex", 2)).toEqual({ value: 64551, provenance: { source: "dataset", reference: "Microsoft Form 10-K, fiscal year 2025" } });
  expect(f.items.depreciation_amortization?.label).toBe("Depreciation, amortization, and other");
  expect(f.items.revenue?.label).toBe("Revenue");
  expect(f.gaps.depreciation).toMatch(/depreciation and amortization/);
});

test("Alphabet: depreciation of property and equipment, 2025 missing (null, not zero); the derived cost of revenue cites its releases", () => {
  const f = embeddedCompany("GOOGL")!;
  expect(valuesOf(f, "depreciation")).toEqual([11946, 15311, null]);
  expect(f.items.depreciation_amortization).toBeUndefined();
  expect(f.gaps.depreciation_amortization).toMatch(/not in the dataset/i);
  expect(factAt(f, "cost_of_revenue", 2)?.provenance).toEqual({
    source: "dataset",
    reference: "Alphabet earnings releases for the four quarters of 2025 (revenue minus gross profit as summed from them)",
  });
});

test("disclosures: every company's server book life; Alphabet's capex guidance", () => {
  expect(EMBEDDED.map((f) => [f.company.ticker, f.disclosures.serverBookLife?.years])).toEqual([
    ["MSFT", 6],
    ["GOOGL", 6],
    ["AMZN", 6],
    ["META", 5.5],
  ]);
  expect(embeddedCompany("AMZN")?.disclosures.serverBookLife?.basis).toMatch(/subset/);
  expect(EMBEDDED.filter((f) => f.disclosures.capexGuidance).map((f) => f.company.ticker)).toEqual(["GOOGL"]);
  expect(embeddedCompany("GOOGL")?.disclosures.capexGuidance?.revisions.map((r) => r.guidance)).toEqual([75000, 85000, 92000]);
});

test("every company keeps its own caveats and the dataset's; the Amazon proceeds stay as a sentence", () => {
  for (const [f, c] of EMBEDDED.map((x, i) => [x, HYPERSCALERS[i]] as const)) {
    expect(f.caveats.slice(0, c.caveats.length)).toEqual(c.caveats);
    expect(f.caveats.some((line) => line.startsWith("Amounts in USD millions"))).toBe(true);
  }
  expect(embeddedCompany("AMZN")?.caveats.join(" ")).toContain("4,596 / 5,341 / 3,499");
  expect(EMBEDDED_TICKERS).toEqual(["MSFT", "GOOGL", "AMZN", "META"]);
  expect(embeddedCompany("NVDA")).toBeUndefined();
});
