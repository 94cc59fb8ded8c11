import { DEPCLIFF_THRESHOLDS, depCliff } from "../../src/core/flags/depCliff";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const DC = "DEPCLIFF";

describe("DEPCLIFF worked cases", () => {
  test("three equal vintages, book 6, economic 3: NBV 225 vs 150, value 75, s = 1/3; no operating income: WATCH", () => {
    expect(call1(DC, row(100, 100, 100), 6, 3)).toBeCloseTo(75, 12);
    expect(call1(DC, row(100, 100, 100), 6, 3, null, "status")).toBe("WATCH");
    const d = call(DC, row(100, 100, 100), 6, 3, null, "detail");
    for (const r of d) expect(r).toHaveLength(2);
    expect(detailValue(d, "Net book value, book life")).toBeCloseTo(225, 12);
    expect(detailValue(d, "Net book value, economic life")).toBeCloseTo(150, 12);
    expect(detailValue(d, "Share of carrying value used up (s)")).toBeCloseTo(1 / 3, 12);
    expect(detailValue(d, "Operating income, latest year")).toBe("not given");
    expect(detailValue(d, "Value / operating income (r)")).toBe("not given");
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(250 / 6, 12);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(250 / 3, 12);
    expect(detailValue(d, "Depreciation gap (economic - book)")).toBeCloseTo(250 / 6, 12);
    expect(detailValue(d, "Average age of capex (years)")).toBeCloseTo(1.5, 12);
    expect(detailValue(d, "Years of capex given")).toBe(3);
    expect(detailValue(d, "Coverage")).toBe("Lower bound: the 6-year book life carries 6 years of capex; 3 years before the first one given are missing");
    const reason = String(detailValue(d, "Reason"));
    expect(reason).toMatch(/^75 of 225 carrying value \(33\.3%\) is already used up under a 6-year book life against a 3-year economic life/);
    expect(reason).toMatch(/Give operating income for a verdict.*never RED/);
    expect(reason).toMatch(/Only 3 years of capex given: the 6-year book life still carries 3 years of earlier capex, so the value is a lower bound\.$/);
  });

  test("the same against operating income of 150: r = 0.5, RED", () => {
    expect(call1(DC, row(100, 100, 100), 6, 3, 150)).toBeCloseTo(75, 12);
    expect(call1(DC, row(100, 100, 100), 6, 3, 150, "status")).toBe("RED");
    const d = call(DC, row(100, 100, 100), 6, 3, 150, "detail");
    expect(detailValue(d, "Operating income, latest year")).toBe(150);
    expect(detailValue(d, "Value / operating income (r)")).toBeCloseTo(0.5, 12);
    expect(String(detailValue(d, "Reason"))).toMatch(/50% of operating income \(150\), at or above 50%/);
  });

  test("one vintage, half a year old: book 5 keeps 90, economic 2 keeps 75", () => {
    expect(call1(DC, row(100), 5, 2)).toBeCloseTo(15, 12);
    expect(detailValue(call(DC, row(100), 5, 2, null, "detail"), "Share of carrying value used up (s)")).toBeCloseTo(1 / 6, 12);
  });

  test("fractional lives: {100,100}, 5.5 vs 2.5", () => {
    // ages 1.5 and 0.5: NBV_5.5 = 200 - 200 / 5.5; NBV_2.5 = 100 x 0.4 + 100 x 0.8 = 120
    expect(call1(DC, row(100, 100), 5.5, 2.5)).toBeCloseTo(200 - 200 / 5.5 - 120, 10);
    const d = call(DC, row(100, 100), 5.5, 2.5, null, "detail");
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(150 / 5.5, 10);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(60, 10);
  });

  test("economic life longer than book life: a negative value, no cliff, OK whatever the operating income", () => {
    expect(call1(DC, row(100, 100), 3, 6)).toBeLessThan(0);
    for (const oi of [null, 500, 0, -50]) expect(call1(DC, row(100, 100), 3, 6, oi, "status")).toBe("OK");
    expect(String(detailValue(call(DC, row(100, 100), 3, 6, -50, "detail"), "Reason"))).toMatch(/^No cliff/);
  });

  test("no book value left: value 0, share 0, OK", () => {
    expect(call1(DC, row(100, 0, 0, 0), 2, 1)).toBe(0);
    expect(call1(DC, row(100, 0, 0, 0), 2, 1, null, "status")).toBe("OK");
    expect(call1(DC, row(100, 0, 0, 0), 2, 1, -10, "status")).toBe("OK");
  });

  test("capex printed negative, or as a column, gives the same value", () => {
    const base = call1(DC, row(50, 80, 120), 6, 3);
    expect(call1(DC, row(-50, -80, -120), 6, 3)).toBe(base);
    expect(call1(DC, col(50, 80, 120), 6, 3)).toBe(base);
  });

  test("coverage: complete from ceil(book life - 0.5) years of capex", () => {
    const coverage = (n: number, life: number) => String(detailValue(call(DC, [Array.from({ length: n }, () => 100)], life, 2, null, "detail"), "Coverage"));
    expect(coverage(6, 6)).toBe("Complete: the 6-year book life carries 6 years of capex, all given");
    expect(coverage(5, 6)).toMatch(/^Lower bound: .* 1 year before the first one given is missing$/);
    expect(coverage(5, 5.5)).toMatch(/^Complete/);
    expect(coverage(4, 5.5)).toMatch(/^Lower bound/);
  });
});

describe("DEPCLIFF thresholds", () => {
  const status = (capex: number[], book: number, economic: number, oi: number | null) => call1(DC, [capex], book, economic, oi, "status");

  test("with operating income, on r = value / operating income: RED at 0.5, WATCH at 0.2, each edge on its documented side", () => {
    // value 75
    expect(status([100, 100, 100], 6, 3, 150)).toBe("RED"); // r = 0.5
    expect(status([100, 100, 100], 6, 3, 150.001)).toBe("WATCH");
    expect(status([100, 100, 100], 6, 3, 375)).toBe("WATCH"); // r = 0.2
    expect(status([100, 100, 100], 6, 3, 375.01)).toBe("OK");
    // r = 1.95 / 9.75 = 0.2 in decimals, 0.19999999999999993 in binary: still WATCH
    expect(status([1, 10], 5, 2, 9.75)).toBe("WATCH");
  });

  test("operating income of 0 or less: RED when any carrying value is used up, OK otherwise", () => {
    expect(status([100, 100, 100], 6, 3, 0)).toBe("RED");
    expect(status([100, 100, 100], 6, 3, -20)).toBe("RED");
    expect(String(detailValue(call(DC, row(100, 100, 100), 6, 3, -20, "detail"), "Reason"))).toMatch(/operating income is -20: there is no profit to absorb it/);
    expect(status([100, 100], 6, 6, 0)).toBe("OK"); // equal lives: value 0
  });

  test("without operating income, on s = value / NBV_book: WATCH at 0.25, never RED", () => {
    // {1, 5}, 6 against 2: 4/3 of 16/3 = 0.25 in decimals, 0.24999999999999994 in binary: WATCH
    expect(status([1, 5], 6, 2, null)).toBe("WATCH");
    expect(status([1, 5.01], 6, 2, null)).toBe("OK");
    // all carrying value used up (s = 1): WATCH, not RED
    expect(call1(DC, row(100), 6, 0.4)).toBe(100 * (1 - 0.5 / 6));
    expect(status([100], 6, 0.4, null)).toBe("WATCH");
  });

  test("the bands, tested at their edges", () => {
    const bands = DEPCLIFF_THRESHOLDS.income;
    expect(bands.classify(0.5)).toBe("RED");
    expect(bands.classify(0.4999)).toBe("WATCH");
    expect(bands.classify(0.2)).toBe("WATCH");
    expect(bands.classify(0.1999)).toBe("OK");
    expect(DEPCLIFF_THRESHOLDS.shareWatch).toBe(0.25);
  });

  test("the threshold words come from the constants", () => {
    expect(depCliff.words.thresholds).toContain(DEPCLIFF_THRESHOLDS.income.describe(formatPercent));
    expect(depCliff.words.thresholds).toContain("RED at 50% or more; WATCH at 20% or more; OK below 20%.");
    expect(depCliff.words.thresholds).toContain("WATCH at 25% or more, OK below; never RED");
  });
});

describe("DEPCLIFF errors", () => {
  test("lives must be in (0, 50]", () => {
    expectError(call1(DC, row(100), 0, 3), "#VALUE!", "book_life: 0 must be (0, 50]");
    expectError(call1(DC, row(100), 6, 51), "#VALUE!", "economic_life: 51 must be (0, 50]");
  });
  test("lives are required", () => {
    expectError(call1(DC, row(100), null, 3), "#VALUE!", /book_life/);
  });
  test("a 2-D block of capex", () => {
    expectError(call1(DC, [[1, 2], [3, 4]], 6, 3), "#VALUE!", /capex must be one row or one column/);
  });
  test("operating income is one number", () => {
    expectError(call1(DC, row(100), 6, 3, row(1, 2)), "#VALUE!", /operating_income must be a single number/);
    expectError(call1(DC, row(100), 6, 3, "n/a"), "#VALUE!", 'operating_income: "n/a" is not a number');
  });
});
