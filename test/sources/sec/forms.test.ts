/** Only 10-K and 10-Q facts become figures: 8-K, DEF 14A, S-1 and every other form are ignored. */
import type { SecProvenance } from "../../../src/model/financials";
import { readCompanyFacts } from "../../../src/sources/sec";
import { factsOf, figure, fixtureCompany, fixtureDoc, M, provenanceOf } from "./fixtures";
import { fact } from "./synthetic";

const REVENUE = "RevenueFromContractWithCustomerExcludingAssessedTax";

test("Microsoft's 8-K of 2024-12-03 repeats FY2022-FY2024: a changed 8-K figure changes nothing", () => {
  const doc = fixtureDoc("MSFT");
  const eightK = factsOf(doc, REVENUE).filter((x) => x.form === "8-K");
  expect(eightK.length).toBeGreaterThan(0);
  expect(eightK.map((x) => x.end)).toContain("2024-06-30");
  for (const x of eightK) x.val = 1;
  const annual = readCompanyFacts(doc).annual;
  expect(figure(annual, "revenue", "FY2024")).toBe(245_122 * M);
  expect(provenanceOf(annual, "revenue", "FY2024").restated).toBeUndefined();
});

test.each(["DEF 14A", "S-1", "8-K", "10-KT", "20-F"])("a later %s fact for FY2025 is not a restatement", (form) => {
  const doc = fixtureDoc("MSFT");
  factsOf(doc, REVENUE).push(fact("2024-07-01", "2025-06-30", 1, form, "2025-10-20"));
  factsOf(doc, "PaymentsToAcquirePropertyPlantAndEquipment").push(fact("2024-07-01", "2025-06-30", 1, form, "2025-10-20"));
  const annual = readCompanyFacts(doc).annual;
  expect(figure(annual, "revenue", "FY2025")).toBe(281_724 * M);
  expect(figure(annual, "capex", "FY2025")).toBe(64_551 * M);
  expect(provenanceOf(annual, "capex", "FY2025")).toMatchObject({ form: "10-K", accn: "0000950170-25-100235" });
});

test("a period only an 8-K reports is not a period", () => {
  const doc = fixtureDoc("MSFT");
  factsOf(doc, REVENUE).push(fact("2025-07-01", "2026-06-30", 1, "8-K", "2026-07-20"));
  const { annual } = readCompanyFacts(doc);
  expect(annual.periods.at(-1)!.label).toBe("FY2025");
});

test("no figure in any period of either company comes from a form other than 10-K or 10-Q", () => {
  for (const company of ["MSFT", "NVDA"] as const) {
    for (const kind of ["annual", "quarterly", "ttm"] as const) {
      const forms = new Set<string>();
      for (const series of Object.values(fixtureCompany(company)[kind].items)) {
        for (const f of series!.values) if (f) forms.add((f.provenance as SecProvenance).form);
      }
      expect([...forms].every((form) => ["10-K", "10-K/A", "10-Q", "10-Q/A"].includes(form))).toBe(true);
    }
  }
});
