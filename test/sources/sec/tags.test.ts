/**
 * The mapping table: every filing item of the vocabulary, tags chosen per period, company
 * extension tags reported as gaps, missing never zero.
 */
import { LINE_ITEM_IDS, LINE_ITEMS } from "../../../src/model/lineItems";
import { readCompanyFacts, SEC_ITEM_IDS, SEC_TAGS, type TagSource } from "../../../src/sources/sec";
import { TAG_MODES } from "../../../src/sources/sec/facts";
import { sourceTags } from "../../../src/sources/sec/tags";
import { figure, fixtureCompany, fixtureDoc, M, provenanceOf } from "./fixtures";
import { companyFacts, fact } from "./synthetic";

test("the table maps every filing item of the vocabulary, and no estimate or assumption", () => {
  const filing = LINE_ITEM_IDS.filter((id) => LINE_ITEMS[id].kind === "filing");
  expect([...SEC_ITEM_IDS].sort()).toEqual([...filing].sort());
  for (const id of SEC_ITEM_IDS) expect((SEC_TAGS[id] as readonly TagSource[]).length).toBeGreaterThan(0);
});

test("a concept feeds one item only, and every source says what it means", () => {
  const owner = new Map<string, string>();
  for (const id of SEC_ITEM_IDS) {
    for (const source of SEC_TAGS[id] as readonly TagSource[]) {
      expect(source.meaning.length).toBeGreaterThan(10);
      for (const t of sourceTags(source)) {
        expect([t, owner.get(t) ?? id]).toEqual([t, id]);
        owner.set(t, id);
      }
    }
  }
  expect(TAG_MODES.get("CapitalExpendituresIncurredButNotYetPaid")).toBe("instant");
  expect(TAG_MODES.get("PaymentsToAcquireProductiveAssets")).toBe("duration");
});

test("a tag switch mid-history: Microsoft's cost of revenue, CostOfRevenue then CostOfGoodsAndServicesSold", () => {
  const annual = fixtureCompany("MSFT").annual;
  expect(provenanceOf(annual, "cost_of_revenue", "FY2015").tag).toBe("us-gaap:CostOfRevenue");
  expect(provenanceOf(annual, "cost_of_revenue", "FY2025").tag).toBe("us-gaap:CostOfGoodsAndServicesSold");
  expect(annual.items.cost_of_revenue!.notes![0]).toBe(
    "Tag changes: us-gaap:CostOfRevenue for FY2008 to FY2015; us-gaap:CostOfGoodsAndServicesSold for FY2016 to FY2025.",
  );
});

test("the tag is chosen per period: a company re-tagging its latest year's revenue (as Alphabet did)", () => {
  const doc = companyFacts({
    RevenueFromContractWithCustomerExcludingAssessedTax: [
      fact("2022-01-01", "2022-12-31", 282_836, "10-K", "2023-02-03"),
      fact("2023-01-01", "2023-12-31", 307_394, "10-K", "2024-02-01"),
      fact("2024-01-01", "2024-12-31", 350_018, "10-K", "2025-02-05"),
    ],
    Revenues: [fact("2025-01-01", "2025-12-31", 402_836, "10-K", "2026-02-04")],
  });
  const annual = readCompanyFacts(doc).annual;
  expect(annual.items.revenue!.values.map((f) => f!.value)).toEqual([282_836, 307_394, 350_018, 402_836]);
  expect(annual.items.revenue!.label).toBe("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax / us-gaap:Revenues");
});

test("NVIDIA's capex: the standard tag to FY2012, missing FY2013-FY2021 (a company tag), PaymentsToAcquireProductiveAssets from FY2022", () => {
  const annual = fixtureCompany("NVDA").annual;
  expect(provenanceOf(annual, "capex", "FY2012").tag).toBe("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment");
  for (let year = 2013; year <= 2021; year++) expect(figure(annual, "capex", `FY${year}`)).toBeNull();
  expect(provenanceOf(annual, "capex", "FY2022").tag).toBe("us-gaap:PaymentsToAcquireProductiveAssets");
});

test("no capex tag at all: capex is a gap, in every kind of period, never 0", () => {
  const doc = fixtureDoc("NVDA");
  delete doc.facts["us-gaap"].PaymentsToAcquireProductiveAssets;
  delete doc.facts["us-gaap"].PaymentsToAcquirePropertyPlantAndEquipment;
  const c = readCompanyFacts(doc);
  for (const f of [c.annual, c.quarterly, c.ttm]) {
    expect(f.items.capex).toBeUndefined();
    expect(f.gaps.capex).toMatch(/^not in SEC's standard-taxonomy data: the company files none of us-gaap:PaymentsToAcquirePropertyPlantAndEquipment, us-gaap:PaymentsToAcquireProductiveAssets/);
  }
  expect(figure(c.annual, "revenue", "FY2026")).toBe(215_938 * M);
});

test("Microsoft's D&A line is a company tag: a gap, while its PP&E depreciation is there", () => {
  const annual = fixtureCompany("MSFT").annual;
  expect(annual.items.depreciation_amortization).toBeUndefined();
  expect(annual.gaps.depreciation_amortization).toMatch(/^not in SEC's standard-taxonomy data/);
  expect(figure(annual, "depreciation", "FY2025")).toBe(22_000 * M);
});

test("an item filed for years only is a gap of the quarters that says so", () => {
  const { annual, quarterly } = fixtureCompany("MSFT");
  expect(figure(annual, "income_taxes_paid", "FY2025")).toBe(28_700 * M);
  expect(quarterly.gaps.income_taxes_paid).toMatch(/^no quarterly figure: the company files us-gaap:IncomeTaxesPaidNet only for other periods/);
});

test("a sum of two lines: Microsoft's sales and marketing plus general and administrative", () => {
  const doc = fixtureDoc("MSFT");
  const fy2025 = (tag: string) => doc.facts["us-gaap"][tag].units.USD.find((x) => x.start === "2024-07-01" && x.end === "2025-06-30" && x.form === "10-K")!.val;
  const annual = fixtureCompany("MSFT").annual;
  expect(figure(annual, "sga", "FY2025")).toBe(fy2025("SellingAndMarketingExpense") + fy2025("GeneralAndAdministrativeExpense"));
  const p = provenanceOf(annual, "sga", "FY2025");
  expect(p.tag).toBe("us-gaap:SellingAndMarketingExpense + us-gaap:GeneralAndAdministrativeExpense");
  expect(p.derived).toMatch(/^sum of us-gaap:SellingAndMarketingExpense [\d,]+ and us-gaap:GeneralAndAdministrativeExpense [\d,]+$/);
  expect(provenanceOf(fixtureCompany("NVDA").annual, "sga", "FY2026").tag).toBe("us-gaap:SellingGeneralAndAdministrativeExpense");
});

test("values stay as filed: USD, scale 1, outflows positive", () => {
  const annual = fixtureCompany("MSFT").annual;
  expect(annual.units).toEqual({ currency: "USD", scale: 1 });
  expect(figure(annual, "capex", "FY2025")).toBeGreaterThan(0);
  expect(figure(annual, "finance_lease_principal", "FY2025")).toBeGreaterThan(0);
});

test("estimates and assumptions are never read from SEC data", () => {
  const c = fixtureCompany("MSFT");
  for (const id of LINE_ITEM_IDS.filter((i) => LINE_ITEMS[i].kind !== "filing")) {
    expect(c.annual.items[id]).toBeUndefined();
    expect(c.annual.gaps[id]).toBeUndefined();
  }
});
