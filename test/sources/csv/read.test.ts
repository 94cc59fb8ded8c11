/** The CSV source: the user's file as Financials, every figure citing its file, line and column. */
import { factAt, valuesOf } from "../../../src/model/financials";
import { InputError, readFinancialsCsv } from "../../../src/sources/csv";

const bytes = (text: string) => new TextEncoder().encode(text);

test("one Financials per company, fiscal years oldest first, money in USD millions", () => {
  const csv = "company,fiscal_year,Revenue,cost_of_revenue,capex\nContoso,2024,140,58,-12\nFabrikam,2023,10,4,\nContoso,2023,100,40,-10\n";
  const [contoso, fabrikam] = readFinancialsCsv("in.csv", bytes(csv));
  expect(contoso.company).toEqual({ name: "Contoso" });
  expect(contoso.source).toBe("in.csv");
  expect(contoso.units).toEqual({ currency: "USD", scale: 1e6 });
  expect(contoso.periodsPerYear).toBe(1);
  expect(contoso.periods).toEqual([
    { label: "FY2023", kind: "annual", fiscalYear: 2023 },
    { label: "FY2024", kind: "annual", fiscalYear: 2024 },
  ]);
  // The header's own spelling labels the line; the vocabulary id keys it.
  expect(contoso.items.revenue?.label).toBe("Revenue");
  expect(valuesOf(contoso, "revenue")).toEqual([100, 140]);
  expect(factAt(contoso, "capex", 0)).toEqual({ value: -10, provenance: { source: "csv", file: "in.csv", line: 4, column: "capex" } });
  expect(factAt(contoso, "capex", 1)?.provenance).toEqual({ source: "csv", file: "in.csv", line: 2, column: "capex" });
  // An empty cell is null, never zero.
  expect(valuesOf(fabrikam, "capex")).toEqual([null]);
});

test("gross profit, absent from the file, is derived and says so; given, it is kept", () => {
  const [c] = readFinancialsCsv("in.csv", bytes("company,fiscal_year,revenue,cost_of_revenue\nA,2024,100,-40\nA,2025,120,\n"));
  expect(factAt(c, "gross_profit", 0)).toEqual({ value: 60, provenance: { source: "derived", formula: "gross profit = revenue - |cost of revenue|" } });
  expect(factAt(c, "gross_profit", 1)).toBeNull();
  const [given] = readFinancialsCsv("in.csv", bytes("company,fiscal_year,revenue,cost_of_revenue,gross_profit\nA,2024,100,40,61\n"));
  expect(factAt(given, "gross_profit", 0)?.value).toBe(61);
});

test("every vocabulary id is a column, the new balance-sheet items included; blank lines do not shift the cited line", () => {
  const [c] = readFinancialsCsv("in.csv", bytes("company,fiscal_year,total_assets,depreciation_amortization\n\nA,2024,500,20\n"));
  expect(factAt(c, "total_assets", 0)).toEqual({ value: 500, provenance: { source: "csv", file: "in.csv", line: 3, column: "total_assets" } });
});

test("a bad cell is an InputError naming file, row and column", () => {
  expect(() => readFinancialsCsv("bad.csv", bytes("company,fiscal_year,revenue\nA,2024,1\nA,2025,n/a\n"))).toThrow(InputError);
  expect(() => readFinancialsCsv("bad.csv", bytes("company,fiscal_year,revenue\nA,2024,1\nA,2025,n/a\n"))).toThrow('bad.csv, row 3, column revenue: "n/a" is not a plain number');
});
