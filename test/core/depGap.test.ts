import { DEPGAP_BANDS, depGap } from "../../src/core/flags/depGap";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const DG = "DEPGAP";

describe("DEPGAP worked cases", () => {
  test("worked example: {100,100,100}, book 6, economic 3 -> D 100 vs 50, value 50, share 1.0, RED", () => {
    expect(call1(DG, row(100, 100, 100), 6, 3)).toBeCloseTo(50, 12);
    expect(call1(DG, row(100, 100, 100), 6, 3, "status")).toBe("RED");
    const d = call(DG, row(100, 100, 100), 6, 3, "detail");
    for (const r of d) expect(r).toHaveLength(2);
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(50, 12);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(100, 12);
    expect(detailValue(d, "Share of the book charge missing")).toBeCloseTo(1, 12);
    expect(detailValue(d, "Net book value, book life")).toBeCloseTo(200, 12);
    expect(detailValue(d, "Net book value, economic life")).toBeCloseTo(100, 12);
    expect(detailValue(d, "Average age of capex (years)")).toBeCloseTo(2, 12);
    expect(detailValue(d, "Status")).toBe("RED");
    expect(String(detailValue(d, "Reason"))).toMatch(/3-year economic life instead of 6 years/);
  });

  test("is the income-statement twin of DEPCLIFF: same inputs, value equals DEPCLIFF's depreciation gap", () => {
    const cliff = call("DEPCLIFF", row(40, 90, 160), 5.5, 2.5, "detail");
    expect(call1(DG, row(40, 90, 160), 5.5, 2.5)).toBeCloseTo(detailValue(cliff, "Depreciation gap (economic - book)") as number, 12);
  });

  test("hand-computed two vintages: {50,30}, book 4, economic 1", () => {
    // book: 50/4 + 30/4 = 20; economic: the older vintage is used up, the newer one gives 30
    const d = call(DG, row(50, 30), 4, 1, "detail");
    expect(detailValue(d, "Latest-year depreciation, book life")).toBe(20);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBe(30);
    expect(call1(DG, row(50, 30), 4, 1)).toBe(10);
  });

  test("economic life longer than book life gives a negative value and OK", () => {
    // D_book = 200/3, D_economic = 200/6
    expect(call1(DG, row(100, 100), 3, 6)).toBeCloseTo(-100 / 3, 10);
    expect(call1(DG, row(100, 100), 3, 6, "status")).toBe("OK");
  });

  test("no book depreciation in the latest year: share is 0 and status OK, whatever the value", () => {
    expect(call1(DG, row(100, 0, 0, 0), 2, 1)).toBe(0);
    expect(call1(DG, row(100, 0, 0, 0), 2, 1, "status")).toBe("OK");
    // fully depreciated in the books (age 3 > 2) but still depreciating over 6 economic years
    expect(call1(DG, row(100, 0, 0), 2, 6)).toBeCloseTo(100 / 6, 12);
    expect(detailValue(call(DG, row(100, 0, 0), 2, 6, "detail"), "Share of the book charge missing")).toBe(0);
    expect(call1(DG, row(100, 0, 0), 2, 6, "status")).toBe("OK");
  });

  test("capex printed negative, or as a column, gives the same value", () => {
    const base = call1(DG, row(50, 80, 120), 6, 3);
    expect(call1(DG, row(-50, -80, -120), 6, 3)).toBe(base);
    expect(call1(DG, col(50, 80, 120), 6, 3)).toBe(base);
  });
});

describe("DEPGAP thresholds", () => {
  test("share exactly 0.5 is RED: {50,30}, 4, 1 -> 10 / 20", () => {
    expect(call1(DG, row(50, 30), 4, 1, "status")).toBe("RED");
  });
  test("share just under 0.5 is WATCH: {51,30} -> 9.75 / 20.25", () => {
    expect(call1(DG, row(51, 30), 4, 1, "status")).toBe("WATCH");
  });
  test("share exactly 0.2 is WATCH: {70,30}, 4, 1 -> 5 / 25", () => {
    expect(call1(DG, row(70, 30), 4, 1)).toBe(5);
    expect(call1(DG, row(70, 30), 4, 1, "status")).toBe("WATCH");
  });
  test("share just under 0.2 is OK: {71,30} -> 4.75 / 25.25", () => {
    expect(call1(DG, row(71, 30), 4, 1, "status")).toBe("OK");
  });
  test("bands are inclusive at RED and WATCH", () => {
    expect(DEPGAP_BANDS.classify(0.5)).toBe("RED");
    expect(DEPGAP_BANDS.classify(0.4999)).toBe("WATCH");
    expect(DEPGAP_BANDS.classify(0.2)).toBe("WATCH");
    expect(DEPGAP_BANDS.classify(0.1999)).toBe("OK");
  });
  test("the threshold words come from the band constants", () => {
    expect(depGap.words.thresholds).toContain(DEPGAP_BANDS.describe(formatPercent));
    expect(depGap.words.thresholds).toContain("RED at 50% or more; WATCH at 20% or more");
  });
});

describe("DEPGAP errors", () => {
  test("lives must be in (0, 50]", () => {
    expectError(call1(DG, row(100), 0, 3), "#VALUE!", "book_life: 0 must be (0, 50]");
    expectError(call1(DG, row(100), 6, 51), "#VALUE!", "economic_life: 51 must be (0, 50]");
  });
  test("lives are required", () => {
    expectError(call1(DG, row(100), 6, null), "#VALUE!", /economic_life/);
  });
  test("a 2-D block of capex is not a series", () => {
    expectError(call1(DG, [[1, 2], [3, 4]], 6, 3), "#VALUE!", /capex must be one row or one column/);
  });
  test("text in capex names the period", () => {
    expectError(call1(DG, row(100, "n/a"), 6, 3), "#VALUE!", 'capex, period 2: "n/a" is not a number');
  });
});
