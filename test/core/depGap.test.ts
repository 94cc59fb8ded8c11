import { DEPGAP_THRESHOLDS, depGap } from "../../src/core/flags/depGap";
import { formatPercent } from "../../src/core/format/numbers";
import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const DG = "DEPGAP";
/** Seven years of capex, all in the latest: D_6 = 120 / 6 x 0.5 = 10, D_3 = 120 / 3 x 0.5 = 20, value 10. */
const LATE = [0, 0, 0, 0, 0, 0, 120];

describe("DEPGAP worked cases", () => {
  test("three equal vintages, book 6, economic 3: D 83.3 vs 41.7, value 41.7, s = 1; no operating income: WATCH", () => {
    expect(call1(DG, row(100, 100, 100), 6, 3)).toBeCloseTo(250 / 6, 12);
    expect(call1(DG, row(100, 100, 100), 6, 3, null, "status")).toBe("WATCH");
    const d = call(DG, row(100, 100, 100), 6, 3, null, "detail");
    for (const r of d) expect(r).toHaveLength(2);
    expect(detailValue(d, "Latest-year depreciation, book life")).toBeCloseTo(250 / 6, 12);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBeCloseTo(250 / 3, 12);
    expect(detailValue(d, "Extra charge as a share of the book charge (s)")).toBeCloseTo(1, 12);
    expect(detailValue(d, "Net book value, book life")).toBeCloseTo(225, 12);
    expect(detailValue(d, "Net book value, economic life")).toBeCloseTo(150, 12);
    expect(detailValue(d, "Average age of capex (years)")).toBeCloseTo(1.5, 12);
    expect(detailValue(d, "Years of capex given")).toBe(3);
    expect(detailValue(d, "Coverage")).toBe(
      "Overstated: under the 6-year book life the latest year depreciates 7 years of capex; 4 years before the first one given are missing",
    );
    expect(detailValue(d, "Status")).toBe("WATCH");
    expect(String(detailValue(d, "Reason"))).toMatch(/under a 6-year book life against a 3-year economic life; that is 20% of the book charge or more/);
  });

  test("the same against operating income of 400: r = 10.4%, RED on the ratio, held at WATCH: 4 more years of capex needed", () => {
    expect(call1(DG, row(100, 100, 100), 6, 3, 400, "status")).toBe("WATCH");
    const reason = String(detailValue(call(DG, row(100, 100, 100), 6, 3, 400, "detail"), "Reason"));
    expect(reason).toMatch(/10\.4% of operating income \(400\)\./);
    expect(reason).toMatch(/Only 3 years of capex given: the 6-year book life still depreciates 7 years of it, so 4 years of earlier capex are needed; without them the gap is overstated, and the status is held at WATCH instead of RED\.$/);
    // with the 4 earlier years (no capex in them) the same figures are RED
    expect(call1(DG, row(0, 0, 0, 0, 100, 100, 100), 6, 3, 400, "status")).toBe("RED");
  });

  test("is the income-statement twin of DEPCLIFF: same inputs, value equals DEPCLIFF's depreciation gap", () => {
    const cliff = call("DEPCLIFF", row(40, 90, 160), 5.5, 2.5, null, "detail");
    expect(call1(DG, row(40, 90, 160), 5.5, 2.5)).toBeCloseTo(detailValue(cliff, "Depreciation gap (economic - book)") as number, 12);
  });

  test("hand-computed two vintages: {50,30}, book 4, economic 1", () => {
    // ages 1.5 and 0.5. Book: 50/4 x 1 + 30/4 x 0.5 = 16.25. Economic: the older has half a year left, 50 x 0.5 + 30 x 0.5 = 40
    const d = call(DG, row(50, 30), 4, 1, null, "detail");
    expect(detailValue(d, "Latest-year depreciation, book life")).toBe(16.25);
    expect(detailValue(d, "Latest-year depreciation, economic life")).toBe(40);
    expect(call1(DG, row(50, 30), 4, 1)).toBe(23.75);
  });

  test("constant capex over the whole book life: the two charges agree, no gap, OK", () => {
    const steady = Array.from({ length: 7 }, () => 100);
    expect(call1(DG, [steady], 6, 3)).toBeCloseTo(0, 10);
    expect(call1(DG, [steady], 6, 3, 50, "status")).toBe("OK");
  });

  test("economic life longer than book life gives a negative value and OK", () => {
    // D_3 = (100/3) x 1.5 = 50, D_6 = (100/6) x 1.5 = 25
    expect(call1(DG, row(100, 100), 3, 6)).toBeCloseTo(-25, 10);
    expect(call1(DG, row(100, 100), 3, 6, 10, "status")).toBe("OK");
    expect(String(detailValue(call(DG, row(100, 100), 3, 6, null, "detail"), "Reason"))).toMatch(/^No gap/);
  });

  test("no book depreciation in the latest year: share is 0 and status OK without operating income", () => {
    expect(call1(DG, row(100, 0, 0, 0), 2, 1)).toBe(0);
    expect(call1(DG, row(100, 0, 0, 0), 2, 1, null, "status")).toBe("OK");
    // fully depreciated in the books (age 3.5 > 2 + 1) but still depreciating over 6 economic years
    expect(call1(DG, row(100, 0, 0, 0), 2, 6)).toBeCloseTo(100 / 6, 12);
    expect(detailValue(call(DG, row(100, 0, 0, 0), 2, 6, null, "detail"), "Extra charge as a share of the book charge (s)")).toBe(0);
    expect(call1(DG, row(100, 0, 0, 0), 2, 6, null, "status")).toBe("OK");
  });

  test("capex printed negative, or as a column, gives the same value", () => {
    const base = call1(DG, row(50, 80, 120), 6, 3);
    expect(call1(DG, row(-50, -80, -120), 6, 3)).toBe(base);
    expect(call1(DG, col(50, 80, 120), 6, 3)).toBe(base);
  });
});

describe("DEPGAP thresholds", () => {
  const status = (capex: number[], book: number, economic: number, oi: number | null) => call1(DG, [capex], book, economic, oi, "status");

  test("the worked capex: value 10", () => {
    expect(call1(DG, [LATE], 6, 3)).toBeCloseTo(10, 12);
  });

  test("with operating income, on r = value / operating income: RED at 0.10, WATCH at 0.05, each edge on its documented side", () => {
    expect(status(LATE, 6, 3, 100)).toBe("RED"); // r = 0.10
    expect(status(LATE, 6, 3, 100.001)).toBe("WATCH");
    expect(status(LATE, 6, 3, 200)).toBe("WATCH"); // r = 0.05
    expect(status(LATE, 6, 3, 200.001)).toBe("OK");
    // 0.3 / 3 is 0.1 in decimals, 0.09999999999999994 in binary: still RED
    expect(status([1, 1, 1, 1, 1, 2, 1], 5, 2, 3)).toBe("RED");
  });

  test("operating income of 0 or less: RED when the economic life adds to the charge, OK otherwise", () => {
    expect(status(LATE, 6, 3, 0)).toBe("RED");
    expect(status(LATE, 6, 3, -5)).toBe("RED");
    expect(status(LATE, 3, 6, -5)).toBe("OK");
  });

  test("fewer than book life + 0.5 years of capex: at most WATCH", () => {
    const six = LATE.slice(1); // 6 years, a 6-year book life needs 7
    expect(call1(DG, [six], 6, 3)).toBe(call1(DG, [LATE], 6, 3));
    expect(status(six, 6, 3, 100)).toBe("WATCH");
    expect(status(six, 6, 3, -5)).toBe("WATCH");
    expect(String(detailValue(call(DG, [six], 6, 3, 100, "detail"), "Reason"))).toMatch(/so 1 year of earlier capex is needed; without it the gap is overstated/);
    // a 5.5-year book life needs 6
    expect(status(six, 5.5, 3, 1)).toBe("RED");
    expect(status(six.slice(1), 5.5, 3, 1)).toBe("WATCH");
  });

  test("without operating income, on s = value / D_book: WATCH at 0.2, never RED", () => {
    // every vintage younger than both lives: s = 6 / 5 - 1 = 0.2 exactly in decimals, whatever the capex
    for (const capex of [[10, 10], [100, 150], [3, 5, 8], [100, 200, 300], [75000, 85000, 92000]]) {
      expect({ capex, status: status(capex, 6, 5, null) }).toEqual({ capex, status: "WATCH" });
    }
    expect(status([100, 150], 6, 5.01, null)).toBe("OK"); // 6 / 5.01 - 1 = 0.198
    expect(status(LATE, 6, 1, null)).toBe("WATCH"); // s = 5: still WATCH
  });

  test("the bands, tested at their edges", () => {
    const bands = DEPGAP_THRESHOLDS.income;
    expect(bands.classify(0.1)).toBe("RED");
    expect(bands.classify(0.0999)).toBe("WATCH");
    expect(bands.classify(0.05)).toBe("WATCH");
    expect(bands.classify(0.0499)).toBe("OK");
    expect(DEPGAP_THRESHOLDS.shareWatch).toBe(0.2);
  });

  test("the threshold words come from the constants", () => {
    expect(depGap.words.thresholds).toContain(DEPGAP_THRESHOLDS.income.describe(formatPercent));
    expect(depGap.words.thresholds).toContain("RED at 10% or more; WATCH at 5% or more; OK below 5%.");
    expect(depGap.words.thresholds).toContain("WATCH at 20% or more, OK below; never RED");
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
