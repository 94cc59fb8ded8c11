/**
 * The reference figures of Microsoft's and NVIDIA's 10-K filings ($ millions), read from the
 * real companyfacts facts (test/fixtures/sec), exactly.
 */
import type { LineItemId } from "../../../src/model/lineItems";
import { figure, fixtureCompany, M, provenanceOf } from "./fixtures";

const MSFT_FY2025: Array<[LineItemId, number]> = [
  ["revenue", 281_724],
  ["cost_of_revenue", 87_831],
  ["operating_income", 128_528],
  ["net_income", 101_832],
  ["operating_cash_flow", 136_162],
  ["capex", 64_551],
  ["research_and_development", 32_488],
  ["finance_lease_principal", 2_283],
  ["ppe_gross", 298_619],
  ["ppe_net", 204_966],
];

const NVDA_FY2026: Array<[LineItemId, number]> = [
  ["revenue", 215_938],
  ["cost_of_revenue", 62_475],
  ["operating_income", 130_387],
  ["net_income", 120_067],
  ["operating_cash_flow", 102_718],
  ["capex", 6_042],
  ["depreciation_amortization", 2_843],
  ["depreciation", 2_400],
  ["research_and_development", 18_497],
];

test.each(MSFT_FY2025)("Microsoft FY2025 %s is %d million", (item, millions) => {
  expect(figure(fixtureCompany("MSFT").annual, item, "FY2025")).toBe(millions * M);
});

test.each(NVDA_FY2026)("NVIDIA FY2026 %s is %d million", (item, millions) => {
  expect(figure(fixtureCompany("NVDA").annual, item, "FY2026")).toBe(millions * M);
});

test("NVIDIA's FY2025 capex is 3,236 million, from PaymentsToAcquireProductiveAssets in a 10-K", () => {
  const nvda = fixtureCompany("NVDA").annual;
  expect(figure(nvda, "capex", "FY2025")).toBe(3_236 * M);
  expect(provenanceOf(nvda, "capex", "FY2025")).toMatchObject({ tag: "us-gaap:PaymentsToAcquireProductiveAssets", form: "10-K", start: "2024-01-29", end: "2025-01-26" });
});

test("D&A and PP&E depreciation are two items from two tags", () => {
  const nvda = fixtureCompany("NVDA").annual;
  expect(provenanceOf(nvda, "depreciation_amortization", "FY2026").tag).toBe("us-gaap:DepreciationDepletionAndAmortization");
  expect(provenanceOf(nvda, "depreciation", "FY2026").tag).toBe("us-gaap:Depreciation");
});

test("Microsoft's FY2025 fourth quarter is derived as FY - 9M and says so", () => {
  const q = fixtureCompany("MSFT").quarterly;
  expect(figure(q, "capex", "Q4 FY2025")).toBe((64_551 - 47_472) * M);
  expect(figure(q, "capex", "Q4 FY2025")).toBe(17_079 * M);
  expect(figure(q, "revenue", "Q4 FY2025")).toBe(76_441 * M);
  const capex = provenanceOf(q, "capex", "Q4 FY2025");
  expect(capex).toMatchObject({ tag: "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", form: "10-K", start: "2025-04-01", end: "2025-06-30" });
  expect(capex.derived).toBe("Q4 = FY - 9M: 64,551,000,000 (10-K filed 2025-07-30) - 47,472,000,000 (10-Q filed 2025-04-30); same tag, unit and start");
});

test("NVIDIA's FY2026 fourth-quarter capex is 6,042 - 4,758 = 1,284 million", () => {
  const q = fixtureCompany("NVDA").quarterly;
  expect(figure(q, "capex", "Q4 FY2026")).toBe(1_284 * M);
  expect(provenanceOf(q, "capex", "Q4 FY2026").derived).toMatch(/^Q4 = FY - 9M: 6,042,000,000 \(10-K filed 2026-02-25\) - 4,758,000,000 \(10-Q filed 2025-11-19\)/);
});
