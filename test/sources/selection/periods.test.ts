import { fromSerial, orderOf, parsePeriod, periodsPerYearOf, type PeriodLabel } from "../../../src/sources/selection/periods";

const key = (year: number, month: number) => year * 12 + month - 1;

describe("period headers", () => {
  test.each([
    [2023, key(2023, 12), "annual"],
    ["2024", key(2024, 12), "annual"],
    ["FY2024", key(2024, 12), "annual"],
    ["FY 2024", key(2024, 12), "annual"],
    ["FY24", key(2024, 12), "annual"],
    ["FY25E", key(2025, 12), "annual"],
    ["2024A", key(2024, 12), "annual"],
    ["2025 (est.)", key(2025, 12), "annual"],
    ["CY2023", key(2023, 12), "annual"],
    ["Fiscal 2025", key(2025, 12), "annual"],
    ["'24", key(2024, 12), "annual"],
    ["Q1 2025", key(2025, 3), "quarterly"],
    ["Q3-25", key(2025, 9), "quarterly"],
    ["1Q24", key(2024, 3), "quarterly"],
    ["2024 Q4", key(2024, 12), "quarterly"],
    ["Q2 FY25", key(2025, 6), "quarterly"],
    ["H1 2024", key(2024, 6), "half"],
    ["2H23", key(2023, 12), "half"],
    ["Dec-24", key(2024, 12), undefined],
    ["Jun 2025", key(2025, 6), undefined],
    ["December 31, 2024", key(2024, 12), undefined],
    ["Year Ended June 30, 2024", key(2024, 6), undefined],
    ["2024-12-31", key(2024, 12), undefined],
    ["6/30/2025", key(2025, 6), undefined],
  ])("%j", (x, k, frequency) => {
    const p = parsePeriod(x);
    expect(p?.key).toBe(k);
    expect(p?.frequency).toBe(frequency);
  });

  test.each([1234, 211915, 0.5, "Revenue", "Units", "Source", "% chg", "TTM", "E", "", null, true, 3000])("%j is no period", (x) => {
    expect(parsePeriod(x)).toBeUndefined();
  });

  test("Excel serial dates are periods only where the caller says the line holds dates", () => {
    expect(fromSerial(45657)).toEqual({ text: "Dec-24", key: key(2024, 12) });
    expect(parsePeriod(45657)).toBeUndefined();
    expect(parsePeriod(45657, true)?.text).toBe("Dec-24");
  });

  test("order and frequency of a header", () => {
    const labels = (xs: string[]) => xs.map((x) => parsePeriod(x) as PeriodLabel);
    expect(orderOf(labels(["FY2023", "FY2024", "FY2025"]).map((l) => l.key))).toBe("oldest-first");
    expect(orderOf(labels(["2025", "2024", "2023"]).map((l) => l.key))).toBe("newest-first");
    expect(orderOf(labels(["2024", "2023", "2025"]).map((l) => l.key))).toBe("unordered");
    expect(periodsPerYearOf(labels(["2023", "2024"]))).toBe(1);
    expect(periodsPerYearOf(labels(["Q1 2025", "Q2 2025"]))).toBe(4);
    expect(periodsPerYearOf(labels(["Dec-23", "Dec-24", "Dec-25"]))).toBe(1);
    expect(periodsPerYearOf(labels(["Jan-25", "Feb-25", "Mar-25"]))).toBe(12);
    expect(periodsPerYearOf(labels(["Mar-25", "Jun-25", "Sep-25"]))).toBe(4);
    expect(periodsPerYearOf(labels(["Jan-25", "Mar-25", "Dec-25"]))).toBeUndefined();
  });
});
