/** The derived line items: each formula, the rule for missing terms, and that a source's own line wins. */
import { withDerivedItems } from "../../src/model/derived";
import type { Fact, Financials, Period } from "../../src/model/financials";
import type { LineItemId } from "../../src/model/lineItems";

const fact = (value: number): Fact => ({ value, provenance: { source: "csv", file: "t.csv", line: 2, column: "x" } });

function company(items: Partial<Record<LineItemId, ReadonlyArray<number | null>>>, periods?: Period[]): Financials {
  const n = Object.values(items)[0]?.length ?? 0;
  const ps = periods ?? Array.from({ length: n }, (_, k): Period => ({ label: `FY${2023 + k}`, kind: "annual", fiscalYear: 2023 + k }));
  return {
    company: { name: "Test" },
    source: "test",
    units: { currency: "USD", scale: 1e6 },
    periods: ps,
    items: Object.fromEntries(Object.entries(items).map(([id, vs]) => [id, { label: id, values: vs!.map((v) => (v === null ? null : fact(v))) }])),
    gaps: {},
    disclosures: {},
    caveats: [],
  };
}

const values = (f: Financials, id: LineItemId) => f.items[id]?.values.map((x) => (x === null ? null : x.value));
const formulaAt = (f: Financials, id: LineItemId, k: number) => {
  const p = f.items[id]?.values[k]?.provenance;
  return p?.source === "derived" ? p.formula : undefined;
};

describe("invested capital", () => {
  const full = {
    stockholders_equity: [500, 600],
    long_term_debt: [100, 90],
    short_term_debt: [10, 5],
    finance_lease_liabilities: [20, 30],
    cash: [50, 60],
    marketable_securities: [70, 80],
  };

  test("equity + long-term and short-term debt + finance leases - cash - securities", () => {
    const f = withDerivedItems(company(full));
    expect(values(f, "invested_capital")).toEqual([510, 585]);
    expect(formulaAt(f, "invested_capital", 0)).toBe(
      "invested capital = stockholders' equity + long-term debt + short-term debt + finance-lease liabilities - cash - marketable securities",
    );
    expect(f.items.invested_capital?.label).toBe("invested capital (derived)");
  });

  test("no equity or no cash: unknown for that period", () => {
    expect(values(withDerivedItems(company({ ...full, stockholders_equity: [500, null] })), "invested_capital")).toEqual([510, null]);
    expect(values(withDerivedItems(company({ ...full, cash: [null, 60] })), "invested_capital")).toEqual([null, 585]);
  });

  test("long-term debt or securities filed in another period but not this one: unknown (a debt or a cash pile is not assumed away)", () => {
    expect(values(withDerivedItems(company({ ...full, marketable_securities: [null, 80] })), "invested_capital")).toEqual([null, 585]);
    expect(values(withDerivedItems(company({ ...full, long_term_debt: [100, null] })), "invested_capital")).toEqual([510, null]);
  });

  test("long-term debt or securities filed in no period: taken as none, and the formula says so", () => {
    const f = withDerivedItems(company({ stockholders_equity: full.stockholders_equity, short_term_debt: full.short_term_debt, finance_lease_liabilities: full.finance_lease_liabilities, cash: full.cash }));
    expect(values(f, "invested_capital")).toEqual([480, 575]);
    expect(formulaAt(f, "invested_capital", 0)).toMatch(/\(counted as none: long-term debt never filed; marketable securities never filed\)$/);
  });

  test("short-term debt and finance leases not filed for a period: taken as none there, said in the formula", () => {
    const f = withDerivedItems(company({ ...full, short_term_debt: [10, null], finance_lease_liabilities: [null, null] }));
    expect(values(f, "invested_capital")).toEqual([490, 550]);
    expect(formulaAt(f, "invested_capital", 1)).toMatch(
      /counted as none: short-term debt not filed for this period; finance-lease liabilities not filed for this period\)$/,
    );
  });

  test("a source's own line wins: the analyst's invested capital is kept as it is", () => {
    const own = company({ ...full, invested_capital: [1, null] });
    expect(withDerivedItems(own).items.invested_capital).toBe(own.items.invested_capital);
  });
});

describe("working capital, average total assets, effective tax rate", () => {
  test("working capital = current assets - current liabilities, both needed", () => {
    const f = withDerivedItems(company({ current_assets: [100, 120, null], current_liabilities: [40, 50, 60] }));
    expect(values(f, "working_capital")).toEqual([60, 70, null]);
  });

  test("average total assets: this year's end and the year before's; none for the first year or after a gap in the years", () => {
    const periods: Period[] = [2021, 2022, 2024].map((y) => ({ label: `FY${y}`, kind: "annual", fiscalYear: y }));
    const f = withDerivedItems(company({ total_assets: [100, 200, 300] }, periods));
    expect(values(f, "average_total_assets")).toEqual([null, 150, null]);
    expect(formulaAt(f, "average_total_assets", 1)).toBe("average total assets = (total assets at the end of FY2021 + at the end of FY2022) / 2");
  });

  test("average total assets by dates: the earlier period must end within a week of this one's start (52-53-week years)", () => {
    const periods: Period[] = [
      { label: "FY2024", kind: "annual", fiscalYear: 2024, start: "2023-01-30", end: "2024-01-28" },
      { label: "FY2025", kind: "annual", fiscalYear: 2025, start: "2024-01-29", end: "2025-01-26" },
      { label: "FY2027", kind: "annual", fiscalYear: 2027, start: "2026-01-26", end: "2027-01-31" },
    ];
    expect(values(withDerivedItems(company({ total_assets: [100, 200, 300] }, periods)), "average_total_assets")).toEqual([null, 150, null]);
  });

  test("trailing twelve months taken every quarter: the start is the period a year (periods per year) before", () => {
    const periods: Period[] = [1, 2, 3, 4, 5].map((q) => ({ label: `TTM ${q}`, kind: "ttm" }));
    const f = withDerivedItems({ ...company({ total_assets: [100, 110, 120, 130, 140] }, periods), periodsPerYear: 4 });
    expect(values(f, "average_total_assets")).toEqual([null, null, null, null, 120]);
  });

  test("effective tax rate = tax / pretax income, bounded to 0-50%; none when pretax income is not positive", () => {
    const f = withDerivedItems(company({ income_tax_expense: [21, -5, 60, 10], pretax_income: [100, 100, 100, 0] }));
    expect(values(f, "effective_tax_rate")).toEqual([0.21, 0, 0.5, null]);
    expect(formulaAt(f, "effective_tax_rate", 1)).toBe("effective tax rate = income tax expense / income before income taxes, bounded to 0-0.5 (computed -0.0500)");
  });

  test("nothing derivable: the same object back, no item added", () => {
    const f = company({ revenue: [1, 2] });
    expect(withDerivedItems(f)).toBe(f);
  });
});
