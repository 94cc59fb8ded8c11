/**
 * Quarters: 10-Q cash flows are year to date (Q2 = 6M - Q1, Q3 = 9M - 6M), no filing carries a
 * fourth quarter (Q4 = FY - 9M, same tag, unit and start, or not derivable); balances are read
 * at the period's end, never differenced; TTM sums four quarters of a flow.
 */
import type { SecProvenance } from "../../../src/model/financials";
import { LINE_ITEMS, type LineItemId } from "../../../src/model/lineItems";
import { readCompanyFacts } from "../../../src/sources/sec";
import { figure, fixtureCompany, M, periodIndex, provenanceOf } from "./fixtures";
import { companyFacts, fact } from "./synthetic";

test("a cash flow the 10-Q gives only year to date: Q2 = 6M - Q1, Q3 = 9M - 6M", () => {
  const q = fixtureCompany("NVDA").quarterly;
  expect(figure(q, "capex", "Q1 FY2026")).toBe(1_227 * M);
  expect(provenanceOf(q, "capex", "Q1 FY2026").derived).toBeUndefined();
  expect(figure(q, "capex", "Q2 FY2026")).toBe((3_122 - 1_227) * M);
  expect(provenanceOf(q, "capex", "Q2 FY2026").derived).toBe(
    "Q2 = 6M - Q1: 3,122,000,000 (10-Q filed 2025-08-27) - 1,227,000,000 (10-Q filed 2025-05-28); same tag, unit and start",
  );
  expect(figure(q, "capex", "Q3 FY2026")).toBe((4_758 - 3_122) * M);
});

test("a quarter the 10-Q gives for three months is read as filed", () => {
  const q = fixtureCompany("MSFT").quarterly;
  expect(figure(q, "capex", "Q2 FY2025")).toBe(15_804 * M);
  expect(provenanceOf(q, "capex", "Q2 FY2025")).toMatchObject({ form: "10-Q", start: "2024-10-01", end: "2024-12-31" });
  expect(provenanceOf(q, "capex", "Q2 FY2025").derived).toBeUndefined();
});

test("no fourth quarter without the nine months: Microsoft's FY2025 depreciation is not derivable", () => {
  const q = fixtureCompany("MSFT").quarterly;
  expect(figure(fixtureCompany("MSFT").annual, "depreciation", "FY2025")).toBe(22_000 * M);
  expect(figure(q, "depreciation", "Q1 FY2025")).toBe(4_700 * M);
  expect(figure(q, "depreciation", "Q3 FY2025")).toBeNull();
  expect(figure(q, "depreciation", "Q4 FY2025")).toBeNull();
});

test("no quarter ever comes from a 10-K as filed: a 10-K flow in a quarter is a derived Q4", () => {
  for (const company of ["MSFT", "NVDA"] as const) {
    const q = fixtureCompany(company).quarterly;
    for (const [id, series] of Object.entries(q.items)) {
      if (LINE_ITEMS[id as LineItemId].period === "instant") continue;
      series!.values.forEach((f, k) => {
        const p = f?.provenance as SecProvenance | undefined;
        if (p?.form.startsWith("10-K")) expect(`${q.periods[k].label}: ${p.derived}`).toMatch(/^Q4 FY\d{4}: .*Q4 = FY - 9M/);
      });
    }
  }
});

const fiscal2025 = (nineMonths: ReturnType<typeof fact>, nineMonthsTag = "PaymentsToAcquirePropertyPlantAndEquipment") =>
  companyFacts({
    PaymentsToAcquirePropertyPlantAndEquipment: [
      fact("2024-07-01", "2024-09-30", 10, "10-Q", "2024-10-30"),
      fact("2024-07-01", "2024-12-31", 25, "10-Q", "2025-01-29"),
      ...(nineMonthsTag === "PaymentsToAcquirePropertyPlantAndEquipment" ? [nineMonths] : []),
      fact("2024-07-01", "2025-06-30", 60, "10-K", "2025-07-30"),
    ],
    ...(nineMonthsTag === "PaymentsToAcquireProductiveAssets" ? { PaymentsToAcquireProductiveAssets: [nineMonths] } : {}),
  });

test("Q4 = FY - 9M with the same tag, unit and start", () => {
  const q = readCompanyFacts(fiscal2025(fact("2024-07-01", "2025-03-31", 40, "10-Q", "2025-04-30"))).quarterly;
  expect(q.periods.map((p) => p.label)).toEqual(["Q1 FY2025", "Q2 FY2025", "Q3 FY2025", "Q4 FY2025"]);
  expect(q.items.capex!.values.map((f) => f?.value)).toEqual([10, 15, 15, 20]);
});

test("a nine-month figure under another tag gives no fourth quarter, not an estimate", () => {
  const q = readCompanyFacts(fiscal2025(fact("2024-07-01", "2025-03-31", 40, "10-Q", "2025-04-30"), "PaymentsToAcquireProductiveAssets")).quarterly;
  expect(q.items.capex!.values.map((f) => f?.value ?? null)).toEqual([10, 15, null, null]);
});

test("a nine-month figure starting on another day gives no third or fourth quarter", () => {
  const doc = fiscal2025(fact("2024-07-02", "2025-03-31", 40, "10-Q", "2025-04-30"));
  doc.facts["us-gaap"].Revenues = {
    units: {
      USD: [
        fact("2024-07-01", "2024-09-30", 100, "10-Q", "2024-10-30"),
        fact("2024-07-01", "2024-12-31", 210, "10-Q", "2025-01-29"),
        fact("2024-07-01", "2025-03-31", 330, "10-Q", "2025-04-30"),
        fact("2024-07-01", "2025-06-30", 460, "10-K", "2025-07-30"),
      ],
    },
  };
  const q = readCompanyFacts(doc).quarterly;
  expect(q.periods.map((p) => p.label)).toEqual(["Q1 FY2025", "Q2 FY2025", "Q3 FY2025", "Q4 FY2025"]);
  expect(q.items.revenue!.values.map((f) => f?.value)).toEqual([100, 110, 120, 130]);
  expect(q.items.capex!.values.map((f) => f?.value ?? null)).toEqual([10, 15, null, null]);
});

test("balances are read at the period's end, never differenced", () => {
  const nvda = fixtureCompany("NVDA");
  // Capex incurred but not yet paid is filed as a year-to-date duration, but measures what is unpaid at the end.
  expect(figure(nvda.quarterly, "capex_accrued", "Q2 FY2026")).toBe(1_100 * M);
  expect(figure(nvda.quarterly, "capex_accrued", "Q3 FY2026")).toBe(790 * M);
  expect(figure(nvda.quarterly, "capex_accrued", "Q4 FY2026")).toBe(820 * M);
  expect(figure(nvda.annual, "capex_accrued", "FY2026")).toBe(820 * M);
  const msft = fixtureCompany("MSFT");
  expect(figure(msft.quarterly, "ppe_net", "Q4 FY2025")).toBe(204_966 * M);
  expect(provenanceOf(msft.quarterly, "ppe_net", "Q4 FY2025").derived).toBeUndefined();
});

test("TTM: flows are the sum of the last four quarters, balances the latest; at a year's end it is the year", () => {
  const { annual, quarterly, ttm } = fixtureCompany("MSFT");
  expect(figure(ttm, "revenue", "TTM to 2025-06-30")).toBe(figure(annual, "revenue", "FY2025"));
  expect(figure(ttm, "capex", "TTM to 2025-06-30")).toBe(64_551 * M);
  const quarters = ["Q3 FY2025", "Q4 FY2025", "Q1 FY2026", "Q2 FY2026"].map((l) => figure(quarterly, "capex", l)!);
  expect(figure(ttm, "capex", "TTM to 2025-12-31")).toBe(quarters.reduce((a, b) => a + b, 0));
  expect(provenanceOf(ttm, "capex", "TTM to 2025-12-31").derived).toBe("TTM = Q3 FY2025 + Q4 FY2025 + Q1 FY2026 + Q2 FY2026 (Q4 FY2025 derived: see the quarter)");
  expect(figure(ttm, "ppe_net", "TTM to 2025-12-31")).toBe(figure(quarterly, "ppe_net", "Q2 FY2026"));
  const period = ttm.periods[periodIndex(ttm, "TTM to 2025-12-31")];
  expect(period).toEqual({ label: "TTM to 2025-12-31", kind: "ttm", fiscalYear: 2026, quarter: 2, start: "2025-01-01", end: "2025-12-31" });
});

test("TTM of a flow is missing when one of its quarters is", () => {
  const { ttm } = fixtureCompany("MSFT");
  expect(figure(ttm, "depreciation", "TTM to 2025-06-30")).toBeNull();
});

test("periods per year: 1 for fiscal years, 4 for quarters and TTM", () => {
  const c = fixtureCompany("NVDA");
  expect([c.annual.periodsPerYear, c.quarterly.periodsPerYear, c.ttm.periodsPerYear]).toEqual([1, 4, 4]);
  expect(c.annual.units).toEqual({ currency: "USD", scale: 1 });
});

test("a derived quarter built on restated figures says what the originals gave", () => {
  // Microsoft restated FY2017 for ASC 606 in its FY2018 10-K: 21,204 -> 25,489 for the year, 14,691 -> 17,420 for nine months.
  const q = fixtureCompany("MSFT").quarterly;
  expect(figure(q, "net_income", "Q4 FY2017")).toBe((25_489 - 17_420) * M);
  expect(provenanceOf(q, "net_income", "Q4 FY2017").restated).toMatchObject({ original: (21_204 - 14_691) * M });
  const first = fixtureCompany("MSFT", "as-first-reported").quarterly;
  expect(figure(first, "net_income", "Q4 FY2017")).toBe((21_204 - 14_691) * M);
});
