import { DEPCLIFF_BANDS } from "../../src/core/flags/depCliff";
import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const DC = "DEPCLIFF";

describe("DEPCLIFF worked cases", () => {
  test("worked example: {100,100,100}, book 6, economic 3 -> NBV 200 vs 100, value 100, s 0.5, RED", () => {
    expect(call1(DC, row(100, 100, 100), 6, 3)).toBeCloseTo(100, 12);
    expect(call1(DC, row(100, 100, 100), 6, 3, "status")).toBe("RED");
    const d = call(DC, row(100, 100, 100), 6, 3, "detail");
    expect(detailValue(d, "Net book value, book life")).toBeCloseTo(200, 12);
    expect(detailValue(d, "Net book value, economic life")).toBeCloseTo(100, 12);
    expect(detailValue(d, "Share of book value at risk")).toBeCloseTo(0.5, 12);
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(50, 12);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(100, 12);
    expect(detailValue(d, "Depreciation gap (economic - book)")).toBeCloseTo(50, 12);
    // ages 3, 2, 1 with equal weights
    expect(detailValue(d, "Average age of capex (years)")).toBeCloseTo(2, 12);
  });

  test("one vintage, one year old: book 5 keeps 80, economic 2 keeps 50", () => {
    expect(call1(DC, row(100), 5, 2)).toBeCloseTo(30, 12);
    expect(call1(DC, row(100), 5, 2, "status")).toBe("RED"); // 30 / 80 = 0.375
  });

  test("fractional lives: {100,100}, 5.5 vs 2.5", () => {
    // NBV_5.5 = 100(1 - 2/5.5) + 100(1 - 1/5.5) = 800/5.5; NBV_2.5 = 20 + 60 = 80
    expect(call1(DC, row(100, 100), 5.5, 2.5)).toBeCloseTo(800 / 5.5 - 80, 10);
    const d = call(DC, row(100, 100), 5.5, 2.5, "detail");
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(200 / 5.5, 10);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(80, 10);
  });

  test("a vintage in its last partial year depreciates only the remaining fraction", () => {
    // age 3 against a 2.5-year life: only half a year of depreciation left in year 3
    const d = call(DC, row(100, 0, 0), 6, 2.5, "detail");
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(20, 12);
    expect(detailValue(d, "Net book value, economic life")).toBe(0);
  });

  test("economic life longer than book life gives a negative value and OK", () => {
    expect(call1(DC, row(100, 100), 3, 6)).toBeLessThan(0);
    expect(call1(DC, row(100, 100), 3, 6, "status")).toBe("OK");
  });

  test("no book value left: share is 0, status OK", () => {
    expect(call1(DC, row(100, 0, 0, 0), 2, 1)).toBe(0);
    expect(call1(DC, row(100, 0, 0, 0), 2, 1, "status")).toBe("OK");
  });

  test("capex printed negative, or as a column, gives the same value", () => {
    const base = call1(DC, row(50, 80, 120), 6, 3);
    expect(call1(DC, row(-50, -80, -120), 6, 3)).toBe(base);
    expect(call1(DC, col(50, 80, 120), 6, 3)).toBe(base);
  });
});

describe("DEPCLIFF thresholds", () => {
  test("share exactly 0.25 is RED: {100}, book 2 (NBV 50), economic 1.6 (NBV 37.5)", () => {
    expect(call1(DC, row(100), 2, 1.6)).toBe(12.5);
    expect(call1(DC, row(100), 2, 1.6, "status")).toBe("RED");
  });
  test("bands are inclusive at RED and WATCH", () => {
    expect(DEPCLIFF_BANDS.classify(0.25)).toBe("RED");
    expect(DEPCLIFF_BANDS.classify(0.2499)).toBe("WATCH");
    expect(DEPCLIFF_BANDS.classify(0.1)).toBe("WATCH");
    expect(DEPCLIFF_BANDS.classify(0.0999)).toBe("OK");
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
});
