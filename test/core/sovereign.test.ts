import { SOVEREIGN_THRESHOLDS, classifySovereign, sovereign } from "../../src/core/flags/sovereign";
import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const SV = "SOVEREIGN";
const status = (s: number, t: number, c: number | null = null) => call1(SV, s, t, c, "status");

describe("SOVEREIGN worked cases", () => {
  test("worked example: 30 of 100 sovereign, 18 collected -> 0.30, k = 0.6, RED", () => {
    expect(call1(SV, 30, 100, 18)).toBe(0.3);
    expect(status(30, 100, 18)).toBe("RED");
    const d = call(SV, 30, 100, 18, "detail");
    expect(detailValue(d, "Collection ratio (collected / sovereign)")).toBe(0.6);
    expect(detailValue(d, "Uncollected sovereign revenue")).toBe(12);
    expect(detailValue(d, "Uncollected, share of total revenue")).toBe(0.12);
    expect(String(detailValue(d, "Reason"))).toMatch(/30% of revenue is sovereign and only 60% of it has been collected, 12 is not/);
  });

  test("element-wise: a row of periods with one total broadcast", () => {
    expect(call(SV, row(5, 10, 30), 100, row(5, 10, 18), "status")).toEqual([["OK", "WATCH", "RED"]]);
    expect(call(SV, col(5, 30), col(100, 100))).toEqual([[0.05], [0.3]]);
  });

  test("collected above sovereign revenue: k above 1, nothing uncollected", () => {
    const d = call(SV, 30, 100, 40, "detail");
    expect(detailValue(d, "Collection ratio (collected / sovereign)")).toBeCloseTo(4 / 3, 15);
    expect(detailValue(d, "Uncollected sovereign revenue")).toBe(0);
    expect(status(30, 100, 40)).toBe("WATCH");
  });

  test("no sovereign revenue: k = 1 and OK", () => {
    expect(call1(SV, 0, 100, 0)).toBe(0);
    const d = call(SV, 0, 100, 0, "detail");
    expect(detailValue(d, "Collection ratio (collected / sovereign)")).toBe(1);
    expect(detailValue(d, "Uncollected sovereign revenue")).toBe(0);
    expect(status(0, 100, 0)).toBe("OK");
  });

  test("sovereign equal to total is allowed", () => {
    expect(call1(SV, 100, 100)).toBe(1);
  });

  test("without cash collected the detail says so", () => {
    const d = call(SV, 30, 100, null, "detail");
    expect(detailValue(d, "Cash collected on sovereign revenue")).toBe("not given");
    expect(detailValue(d, "Collection ratio (collected / sovereign)")).toBe("not given");
    expect(detailValue(d, "Uncollected sovereign revenue")).toBe("not given");
    expect(String(detailValue(d, "Reason"))).toMatch(/give cash_collected/);
  });
});

describe("SOVEREIGN rules", () => {
  test("RED at a share of exactly 0.25 with poor collection (inclusive)", () => {
    expect(status(25, 100, 12.5)).toBe("RED");
  });
  test("collection of exactly 0.75 is not poor: WATCH; just below is RED", () => {
    expect(status(25, 100, 18.75)).toBe("WATCH");
    expect(status(25, 100, 18.74)).toBe("RED");
  });
  test("a share just under 0.25 is not RED even with nothing collected", () => {
    expect(status(24.99, 100, 0)).toBe("WATCH");
  });
  test("a large share with collection unknown is WATCH, never RED", () => {
    expect(status(90, 100)).toBe("WATCH");
  });
  test("WATCH from a share of exactly 0.10; OK just below", () => {
    expect(status(10, 100)).toBe("WATCH");
    expect(status(9.99, 100, 0)).toBe("OK");
  });
  test("the classification constants, tested at their edges", () => {
    expect(SOVEREIGN_THRESHOLDS).toEqual({ red: 0.25, watch: 0.1, collection: 0.75 });
    expect(classifySovereign(0.25, 0.7499)).toBe("RED");
    expect(classifySovereign(0.25, 0.75)).toBe("WATCH");
    expect(classifySovereign(0.25, undefined)).toBe("WATCH");
    expect(classifySovereign(0.0999, 0)).toBe("OK");
  });
  test("the threshold words come from the constants", () => {
    expect(sovereign.words.thresholds).toContain("25% or more and less than 75%");
    expect(sovereign.words.thresholds).toContain("OK below 10%");
  });
});

describe("SOVEREIGN errors", () => {
  test("sovereign revenue above total is #VALUE! naming the position", () => {
    expectError(call1(SV, 120, 100), "#VALUE!", "sovereign_revenue: 120 is more than total_revenue (100)");
    expectError(call1(SV, row(10, 120), 100), "#VALUE!", "sovereign_revenue, period 2: 120 is more than total_revenue (100)");
    expectError(call1(SV, [[1, 2], [3, 200]], 100), "#VALUE!", "sovereign_revenue, row 2, column 2: 200 is more");
  });
  test("total revenue must be positive; sovereign and collected at least 0", () => {
    expectError(call1(SV, 0, 0), "#VALUE!", "total_revenue: 0 must be > 0");
    expectError(call1(SV, -1, 100), "#VALUE!", "sovereign_revenue: -1 must be >= 0");
    expectError(call1(SV, 30, 100, -1), "#VALUE!", "cash_collected: -1 must be >= 0");
  });
  test("ranges of different shapes", () => {
    expectError(call1(SV, row(1, 2), row(10, 20, 30)), "#VALUE!", /sovereign_revenue is 1 row x 2 columns but total_revenue is 1 row x 3 columns/);
  });
});
