/** Financials as the report's CSV: one row per company and fiscal year, money in millions, missing empty. */
import { parse } from "csv-parse/sync";
import type { Financials } from "../../../src/model/financials";
import { EMPTY_FINANCIALS } from "../../../src/model/financials";
import { LINE_ITEM_IDS } from "../../../src/model/lineItems";
import { financialsToCsv } from "../../../src/sources/csv/write";
import { fixtureCompany } from "../sec/fixtures";

const analyst = { source: "analyst" } as const;

function financials(name: string, scale: number | undefined, years: number[], items: Financials["items"]): Financials {
  return {
    ...EMPTY_FINANCIALS,
    company: { name },
    units: { currency: "USD", ...(scale === undefined ? {} : { scale }) },
    periods: years.map((y) => ({ label: `FY${y}`, kind: "annual", fiscalYear: y })),
    items,
  };
}

test("NVIDIA's fiscal years from SEC: header of line-item ids in the vocabulary's order, USD millions, missing empty", () => {
  const nvda = fixtureCompany("NVDA").annual;
  const text = financialsToCsv([nvda]);
  const [header, ...rows] = parse(text) as string[][];
  expect(header.slice(0, 2)).toEqual(["company", "fiscal_year"]);
  const ids = header.slice(2);
  expect(ids).toEqual(LINE_ITEM_IDS.filter((id) => ids.includes(id)));
  expect(rows).toHaveLength(nvda.periods.length);
  const row = (year: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[1] === year)![i]]));
  expect(row("2026")).toMatchObject({ company: "NVIDIA CORP", revenue: "215938", capex: "6042", depreciation_amortization: "2843" });
  expect(row("2014")).toMatchObject({ revenue: "4130.162" });
  expect(row("2016").capex).toBe("");
});

test("figures in millions already are written as they are; shares and rates are never scaled", () => {
  const f = financials("Contoso", 1e6, [2024], {
    revenue: { label: "revenue", values: [{ value: 1234.5, provenance: analyst }] },
    ppa_share: { label: "ppa share", values: [{ value: 0.4, provenance: analyst }] },
  });
  expect(financialsToCsv([f])).toBe("company,fiscal_year,revenue,ppa_share\nContoso,2024,1234.5,0.4\n");
});

test("several companies share one header; a name with a comma or a quote is quoted", () => {
  const a = financials('Fabrikam, "Inc."', 1, [2024, 2025], { revenue: { label: "r", values: [{ value: 2e9, provenance: analyst }, null] } });
  const b = financials("Contoso", 1, [2025], { capex: { label: "c", values: [{ value: -5e5, provenance: analyst }] } });
  expect(financialsToCsv([a, b])).toBe(
    'company,fiscal_year,revenue,capex\n"Fabrikam, ""Inc.""",2024,2000,\n"Fabrikam, ""Inc.""",2025,,\nContoso,2025,,-0.5\n',
  );
});

test("quarters, or money of unknown scale, are refused", () => {
  expect(() => financialsToCsv([fixtureCompany("NVDA").quarterly])).toThrow(/the report's CSV holds fiscal years, one row each; NVIDIA CORP's "Q4 FY2009" is not one/);
  const unknown = financials("Contoso", undefined, [2024], { revenue: { label: "r", values: [{ value: 1, provenance: analyst }] } });
  expect(() => financialsToCsv([unknown])).toThrow(/the figures' scale is not known/);
});
