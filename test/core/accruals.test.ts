import { call, call1, detailValue, expectError, row } from "../helpers/call";

const A = "ACCRUALS";

describe("ACCRUALS worked cases", () => {
  test("(net income - CFO) / average total assets", () => {
    expect(call1(A, 120, 60, 500)).toBeCloseTo(0.12, 12);
    expect(call1(A, 120, 60, 500, "status")).toBe("RED");
  });
  test("Microsoft FY2025 ($M): cash above profit, accruals of -6.1%, OK", () => {
    expect(call1(A, 101832, 136162, (512163 + 619003) / 2)).toBeCloseTo(-0.0607, 4);
    expect(call1(A, 101832, 136162, (512163 + 619003) / 2, "status")).toBe("OK");
  });
  test("element-wise: a row of periods spills a row", () => {
    expect(call(A, row(10, 20), row(0, 0), 100)).toEqual([[0.1, 0.2]]);
  });
});

describe("ACCRUALS thresholds", () => {
  test("10% or more RED, 5% or more WATCH, less OK", () => {
    expect(call(A, row(10, 9.99, 5, 4.99), 0, 100, "status")).toEqual([["RED", "WATCH", "WATCH", "OK"]]);
  });
  test("a tie in decimal arithmetic counts as equal: 0.3 - 0.2 is 10%", () => {
    // 0.3 - 0.2 = 0.09999999999999998 in floating point.
    expect(call1(A, 0.3, 0.2, 1, "status")).toBe("RED");
  });
});

describe("ACCRUALS invalid", () => {
  test("average total assets of zero or less are #VALUE! naming the period", () => {
    expectError(call1(A, 1, 1, 0), "#VALUE!", "average_total_assets: 0 must be > 0");
    expectError(call1(A, row(1, 1), 1, row(10, -1)), "#VALUE!", "average_total_assets, period 2: -1 must be > 0");
  });
  test("the detail shows the accruals in money", () => {
    const d = call(A, 120, 60, 500, "detail");
    expect(detailValue(d, "Accruals (net income - operating cash flow)")).toBe(60);
    expect(detailValue(d, "Reason")).toBe("Accruals of 60 are 12% of average assets: 10% or more, most of the profit is not cash.");
  });
});
