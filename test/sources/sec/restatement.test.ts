/**
 * Restated and re-rounded figures: by default the latest filing wins and the first-reported
 * figure is kept beside it; a figure given more precisely in one filing than in another is one
 * figure re-rounded, not a restatement, and the precise one is kept.
 */
import { choose, precisionOf, sameFigure, type Candidate } from "../../../src/sources/sec/restatement";
import { figure, fixtureCompany, M, provenanceOf } from "./fixtures";

const at = (val: number, filed: string, form = "10-K"): Candidate => ({ val, form, filed, accn: `acc-${filed}` });

test.each([
  [981_632_000, 1e3],
  [982_000_000, 1e6],
  [22_000_000_000, 1e8], // $22.0 billion: three significant digits at least
  [2_000_000, 1e6], // $2 million: any figure may be given to the million
  [164_800_000, 1e5],
  [2_000_000_000, 1e7],
  [7, 1],
  [-4_130_000_000, 1e7],
  [-4_131_000_000, 1e6],
  [0, 1],
])("precision of %d is %d", (x, p) => {
  expect(precisionOf(x)).toBe(p);
});

test.each([
  [981_632_000, 982_000_000, true, "rounded to millions"],
  [676_698_000, 676_000_000, true, "truncated to millions"],
  [164_800_000, 165_000_000, true, "$164.8 million given as $165 million"],
  [21_500_000_000, 22_000_000_000, false, "two figures to $0.1 billion"],
  [733_000_000, 734_000_000, false, "same precision, different figure"],
  [57_464_000_000, 57_600_000_000, false, "too far apart to be a rounding"],
  [0, 400_000, false, "zero is only zero"],
  [709_000, 1_000_000, true, "$0.709 million given as $1 million"],
])("%d and %d are the same figure: %s (%s)", (a, b, same) => {
  expect(sameFigure(a, b)).toBe(same);
  expect(sameFigure(b, a)).toBe(same);
});

test("a re-rounded figure: the precise one is kept whichever filing came last, and the rounded one is named", () => {
  const precise = at(981_632_000, "2024-10-30", "10-Q");
  const rounded = at(982_000_000, "2025-07-30");
  for (const order of [[precise, rounded], [rounded, precise]]) {
    for (const basis of ["as-restated", "as-first-reported"] as const) {
      const chosen = choose(order, basis);
      expect(chosen.fact).toBe(precise);
    }
  }
  expect(choose([precise, rounded], "as-restated").rounded).toEqual({ value: 982_000_000, form: "10-K", accn: "acc-2025-07-30", filed: "2025-07-30" });
});

test("a restatement: the latest filing wins, or the first one as first reported", () => {
  const first = at(21_204, "2017-08-02");
  const later = at(25_489, "2018-08-03");
  const again = at(25_489, "2019-08-01");
  expect(choose([later, first, again], "as-restated").fact).toBe(again);
  expect(choose([later, first, again], "as-first-reported").fact).toBe(first);
  expect(choose([later, first, again], "as-restated").first).toBe(first);
});

test("Microsoft's FY2017 net income, restated for ASC 606: latest wins, the original stays beside it", () => {
  const restated = provenanceOf(fixtureCompany("MSFT").annual, "net_income", "FY2017");
  expect(figure(fixtureCompany("MSFT").annual, "net_income", "FY2017")).toBe(25_489 * M);
  expect(restated.restated).toEqual({ original: 21_204 * M, form: "10-K", accn: "0001564590-17-014900", filed: "2017-08-02" });
  const asFirst = fixtureCompany("MSFT", "as-first-reported").annual;
  expect(figure(asFirst, "net_income", "FY2017")).toBe(21_204 * M);
  expect(provenanceOf(asFirst, "net_income", "FY2017")).toMatchObject({ accn: "0001564590-17-014900", restated: { original: 21_204 * M } });
  expect(fixtureCompany("MSFT").annual.items.net_income!.notes!.join(" ")).toMatch(/A later filing changed FY2016, FY2017/);
});

test("NVIDIA's FY2014 revenue, 4,130,162,000 then 4,130,000,000 when it moved to millions: re-rounded, not restated", () => {
  for (const basis of ["as-restated", "as-first-reported"] as const) {
    const annual = fixtureCompany("NVDA", basis).annual;
    expect(figure(annual, "revenue", "FY2014")).toBe(4_130_162_000);
    const p = provenanceOf(annual, "revenue", "FY2014");
    expect(p.restated).toBeUndefined();
    expect(p.rounded).toMatchObject({ value: 4_130_000_000, form: "10-K", filed: "2016-03-17" });
  }
  expect(fixtureCompany("NVDA").annual.items.revenue!.notes!.join(" ")).toMatch(/re-rounded, not restated\) for FY2014/);
});

test("NVIDIA's FY2010 depreciation: $164.8 million kept over a later $165 million", () => {
  const annual = fixtureCompany("NVDA").annual;
  expect(figure(annual, "depreciation", "FY2010")).toBe(164_800_000);
  expect(provenanceOf(annual, "depreciation", "FY2010").rounded?.value).toBe(165_000_000);
});

test("Microsoft's depreciation is given to $0.1 billion, and the series says so", () => {
  const annual = fixtureCompany("MSFT").annual;
  expect(figure(annual, "depreciation", "FY2024")).toBe(15_200 * M);
  expect(annual.items.depreciation!.notes!.join(" ")).toMatch(/FY2008 to FY2025 are round to \$0\.1 billion or coarser/);
});

test("a year a company re-tags in a later filing is read from that filing: one presentation per year", () => {
  // Microsoft's FY2016-FY2017 cost of revenue: CostOfRevenue in the 10-Ks of 2016-2017,
  // CostOfGoodsAndServicesSold in the later ones (restated for ASC 606, like its revenue).
  const annual = fixtureCompany("MSFT").annual;
  expect(provenanceOf(annual, "cost_of_revenue", "FY2016").tag).toBe("us-gaap:CostOfGoodsAndServicesSold");
  expect(provenanceOf(annual, "revenue", "FY2016").tag).toBe("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax");
  const asFirst = fixtureCompany("MSFT", "as-first-reported").annual;
  expect(provenanceOf(asFirst, "cost_of_revenue", "FY2016").tag).toBe("us-gaap:CostOfRevenue");
});
