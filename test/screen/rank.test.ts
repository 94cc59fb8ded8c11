/** The screen's pure parts: ranking and selection, the trend's test, the skip reasons of one company. */
import { rankCompanies, revenueShortfall } from "../../src/screen/rank";
import { screenCompany } from "../../src/screen/screenCompany";
import { fellTwice } from "../../src/screen/trend";
import type { ScreenedCompany } from "../../src/screen/types";
import { EMPTY_FINANCIALS } from "../../src/model/financials";
import { fixtureCompany } from "../sources/sec/fixtures";

function company(cik: number, score: number | null, scored: number, revenueMillions: number | null, currency = "USD"): ScreenedCompany {
  return {
    entry: `CIK${cik}.json`,
    name: `C${cik}`,
    cik,
    fiscalYearLabel: "FY2025",
    fiscalYear: 2025,
    fiscalYearEnd: "2025-12-31",
    currency,
    revenueMillions,
    flags: [],
    notComputed: [],
    score,
    scored,
    missingInputs: [],
    fcfTrend: { years: [], values: [], fellTwoYears: null },
  };
}

test("highest SCORE first; ties by statuses scored, then revenue, then CIK; no score last", () => {
  const input = [company(5, 50, 2, 10), company(4, 50, 3, 1), company(3, null, 0, 999), company(2, 50, 2, 20), company(1, 50, 2, 10), company(6, 100, 1, null)];
  const { listed } = rankCompanies(input);
  expect(listed.map((c) => c.cik)).toEqual([6, 4, 2, 1, 5, 3]);
  expect(listed.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  // The order never depends on the input's order.
  expect(rankCompanies([...input].reverse()).listed.map((c) => c.cik)).toEqual([6, 4, 2, 1, 5, 3]);
});

test("--min-revenue leaves out revenue under it, not reported, or not in USD; --top counts what it cuts", () => {
  expect(revenueShortfall(company(1, 0, 1, 5), 10)).toBe("revenue under 10 USD millions");
  expect(revenueShortfall(company(1, 0, 1, null), 10)).toBe("revenue not reported for the year");
  expect(revenueShortfall(company(1, 0, 1, 500, "CAD"), 10)).toBe("revenue not in USD (--min-revenue compares USD)");
  expect(revenueShortfall(company(1, 0, 1, 10), 10)).toBeUndefined();
  const { listed, leftOut } = rankCompanies([company(1, 0, 1, 5), company(2, 0, 1, 50), company(3, 0, 1, 40), company(4, 0, 1, 30)], { minRevenue: 10, top: 2 });
  expect(listed.map((c) => c.cik)).toEqual([2, 3]);
  expect(leftOut).toEqual({ "revenue under 10 USD millions": 1, "below the top 2": 1 });
});

test.each([
  [[1.0, 0.9, 0.8], true],
  [[1.0, 0.9, 0.9], false],
  [[0.5, 0.9, 0.8], false],
  [[1.2, 1.0, 0.9, 0.8], true],
  [[null, 0.9, 0.8], null],
  [[0.9, 0.8], null],
] as Array<[Array<number | null>, boolean | null]>)("fell in each of the last two years: %j -> %s", (values, expected) => {
  expect(fellTwice(values)).toBe(expected);
});

test("a company without fiscal years, or without the year asked for, is not screened and says why", () => {
  expect(screenCompany({ ...EMPTY_FINANCIALS, company: { name: "EMPTY INC", cik: 1 } })).toEqual({ ok: false, reason: "no annual periods", detail: "EMPTY INC has no fiscal year in its 10-K figures" });
  const nvda = fixtureCompany("NVDA").annual;
  expect(screenCompany(nvda, { fiscalYear: 1999 })).toEqual({ ok: false, reason: "no such fiscal year", detail: "NVIDIA CORP has no FY1999 (its fiscal years: FY2008 to FY2026)" });
});
