/**
 * `readAnnualFacts`, the fiscal years alone (what the taskpane's import reads): the very figures,
 * provenance, notes, gaps and caveats of `readCompanyFacts(...).annual`, for both fixtures and
 * both bases, since choosing a year's figure never depends on the quarters.
 */
import { readAnnualFacts } from "../../../src/sources/sec";
import { fixtureCompany, fixtureDoc } from "./fixtures";

test.each([
  ["MSFT", "as-restated"],
  ["MSFT", "as-first-reported"],
  ["NVDA", "as-restated"],
  ["NVDA", "as-first-reported"],
] as const)("%s, %s: the same fiscal years as readCompanyFacts", (ticker, basis) => {
  const annual = readAnnualFacts(fixtureDoc(ticker), { basis });
  expect(annual).toEqual(fixtureCompany(ticker, basis).annual);
  expect(annual.periods.length).toBeGreaterThanOrEqual(18);
});

test("a document that is not companyfacts is refused the same way", () => {
  expect(() => readAnnualFacts({ cik: 1, entityName: "X", facts: { "ifrs-full": {} } })).toThrow(/IFRS filers are not supported yet/);
});
