/** The embedded source's reader: each sample company as the Financials every consumer reads. */
import { factAt, valuesOf } from "../../../src/model/financials";
import { EMBEDDED, EMBEDDED_TICKERS, embeddedCompany } from "../../../src/sources/embedded";
import { HYPERSCALERS } from "../../../src/sources/embedded/hyperscalers";

test("Microsoft: company, units, fiscal years, figures by line-item id, each citing its 10-K", () => {
  const f = embeddedCompany("msft")!;
  expect(f.company).toEqual({ name: "Microsoft", ticker: "MSFT", cik: 789019, fiscalYearEnd: "June 30" });
  expect(f.units).toEqual({ currency: "USD", scale: 1e6 });
  expect(f.periodsPerYear).toBe(1);
  expect(f.periods).toHaveLength(10);
  expect(f.periods[0]).toEqual({ label: "FY2016", kind: "annual", fiscalYear: 2016, end: "2016-06-30" });
  expect(f.periods.slice(-3)).toEqual([
    { label: "FY2023", kind: "annual", fiscalYear: 2023, end: "2023-06-30" },
    { label: "FY2024", kind: "annual", fiscalYear: 2024, end: "2024-06-30" },
    { label: "FY2025", kind: "annual", fiscalYear: 2025, end: "2025-06-30" },
  ]);
  expect(Object.keys(f.items)).toEqual([
    "revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income", "operating_cash_flow", "capex", "finance_lease_principal",
    "depreciation_amortization", "depreciation",
  ]);
  // Missing is never zero: before FY2023 the dataset holds capex alone.
  expect(valuesOf(f, "revenue")).toEqual([null, null, null, null, null, null, null, 211915, 245122, 281724]);
  expect(valuesOf(f, "capex")).toEqual([8343, 8129, 11632, 13925, 15441, 20622, 23886, 28107, 44477, 64551]);
  expect(factAt(f, "capex", 9)).toEqual({ value: 64551, provenance: { source: "dataset", reference: "Microsoft Form 10-K, fiscal year 2025" } });
  expect(factAt(f, "capex", 0)?.provenance).toEqual({ source: "dataset", reference: "Microsoft Form 10-K, fiscal year 2016" });
  expect(factAt(f, "depreciation", 9)?.provenance).toEqual({ source: "dataset", reference: expect.stringMatching(/us-gaap:Depreciation/) });
  expect(valuesOf(f, "finance_lease_principal")?.slice(-3)).toEqual([1056, 1286, 2283]);
  expect(f.items.depreciation_amortization?.label).toBe("Depreciation, amortization, and other");
  expect(f.items.revenue?.label).toBe("Revenue");
});

test("Meta: the restated FY2023 capex says what was first reported", () => {
  const f = embeddedCompany("META")!;
  expect(factAt(f, "capex", 7)?.provenance).toEqual({
    source: "dataset",
    reference: "Meta Platforms Form 10-K, fiscal year 2023",
    restated: { original: 27266, note: expect.stringMatching(/first reported/) },
  });
});

test("Alphabet: depreciation of property and equipment, FY2025 from the 10-K filed in 2026; the derived cost of revenue cites its releases", () => {
  const f = embeddedCompany("GOOGL")!;
  expect(valuesOf(f, "depreciation")?.slice(-3)).toEqual([11946, 15311, 21136]);
  expect(factAt(f, "depreciation", 9)?.provenance).toEqual({ source: "dataset", reference: expect.stringMatching(/filed February 2026/) });
  expect(f.items.depreciation_amortization).toBeUndefined();
  expect(f.gaps.depreciation_amortization).toMatch(/not in the dataset/i);
  expect(factAt(f, "cost_of_revenue", 9)?.provenance).toEqual({
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
  expect(embeddedCompany("GOOGL")?.disclosures.capexGuidance?.revisions.map((r) => r.commitment)).toEqual([93200, 106000, 155000]);
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
