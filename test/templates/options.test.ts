/** Template options, pure: the latest years of the figures, the choices they allow, the depreciation warning. */
import { embeddedCompany } from "../../src/sources/embedded";
import { lastYears, MIN_YEARS, yearChoices, yearsWarning } from "../../src/templates/options";
import { buildDepreciationCliff } from "../../src/templates/depreciationCliff";

const msft = embeddedCompany("MSFT")!;

test("the latest years: periods and every series cut alike, the rest as it was", () => {
  const two = lastYears(msft, 2);
  expect(two.periods).toEqual(msft.periods.slice(-2));
  for (const [id, series] of Object.entries(two.items)) expect(series?.values).toEqual(msft.items[id as keyof typeof msft.items]?.values.slice(-2));
  expect(two.disclosures).toBe(msft.disclosures);
  expect(lastYears(msft, 10)).toBe(msft);
});

test("choices run from two years to all the figures hold; none for a blank template", () => {
  expect(yearChoices([msft])).toEqual(Array.from({ length: msft.periods.length - MIN_YEARS + 1 }, (_, i) => MIN_YEARS + i));
  expect(yearChoices([])).toEqual([]);
});

test("fewer years than the book life: the depreciation schedule's warning names both", () => {
  expect(yearsWarning("depreciation", 3, [msft])).toBe(
    "3 years of capex is fewer than the book life (6 years): vintages bought before the first year shown are missing from the schedule, so the value left and the cliff are understated. Use the company's full capex history where you have it.",
  );
  expect(yearsWarning("depreciation", 6, [msft])).toBeUndefined();
  expect(yearsWarning("redflag", 2, [msft])).toBeUndefined();
});

test("a template built from fewer years lays out those years only", () => {
  const cells = buildDepreciationCliff(lastYears(msft, 2)).sheets[0].cells;
  const at = (ref: string) => cells.find((c) => c.ref === ref);
  // The first vintage is the second-latest fiscal year; two capex cells, none after them.
  expect(at("B7")?.value).toBe(msft.periods[msft.periods.length - 2].fiscalYear);
  expect([at("B8")?.value, at("C8")?.value, at("D8")?.value]).toEqual([expect.any(Number), expect.any(Number), expect.stringMatching(/^Cash-flow statement, entered positive; excludes finance leases\./)]);
});
