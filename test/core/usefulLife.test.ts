import { call, call1, detailValue, expectError, row } from "../helpers/call";

const U = "USEFULLIFE";

describe("USEFULLIFE worked cases", () => {
  test("gross PP&E / depreciation per period; the value is the latest implied life", () => {
    expect(call1(U, row(100, 140, 190), row(20, 25, 30))).toBeCloseTo(190 / 30, 12);
    expect(call1(U, row(100, 140, 190), row(20, 25, 30), null, "status")).toBe("RED");
  });

  test("Microsoft FY2024 -> FY2025 ($M): 13.9 -> 13.6 years, OK", () => {
    expect(call1(U, row(212012, 298619), row(15200, 22000))).toBeCloseTo(13.57, 2);
    expect(call1(U, row(212012, 298619), row(15200, 22000), null, "status")).toBe("OK");
  });

  test("depreciation printed negative is read by its size", () => {
    expect(call1(U, row(100, 120), row(-20, -20))).toBe(6);
  });
});

describe("USEFULLIFE thresholds on the lengthening L_n - L_1", () => {
  // Depreciation 10 each period: the implied life is gross PP&E / 10.
  const status = (first: number, last: number) => call1(U, row(first, last), row(10, 10), null, "status");
  test("+1.0 year or more RED, +0.5 or more WATCH, less OK (a shortening included)", () => {
    expect(status(50, 60)).toBe("RED");
    expect(status(50, 59.99)).toBe("WATCH");
    expect(status(50, 55)).toBe("WATCH");
    expect(status(50, 54.99)).toBe("OK");
    expect(status(60, 50)).toBe("OK");
  });
  test("a change that is exactly half a year in decimals is WATCH whatever binary rounding makes of it", () => {
    // 5.6 - 5.1 = 0.4999999999999991 in floating point.
    expect(call1(U, row(5.1, 5.6), row(1, 1), null, "status")).toBe("WATCH");
  });
});

describe("USEFULLIFE detail", () => {
  test("each period's implied life, and with accumulated depreciation the average age and remaining life", () => {
    const d = call(U, row(100, 150), row(20, 25), row(40, 50), "detail");
    expect(detailValue(d, "Periods")).toBe(2);
    expect(detailValue(d, "Implied life by period, oldest first (gross PP&E / depreciation, years)")).toBe("5.0, 6.0");
    expect(detailValue(d, "Implied life, first period")).toBe(5);
    expect(detailValue(d, "Change in implied life, first to latest period")).toBe(1);
    expect(detailValue(d, "Average age by period, oldest first (accumulated / depreciation, years)")).toBe("2.0, 2.0");
    expect(detailValue(d, "Remaining life by period, oldest first ((gross - accumulated) / depreciation, years)")).toBe("3.0, 4.0");
    expect(detailValue(d, "Average age, latest period")).toBe(2);
    expect(detailValue(d, "Remaining life, latest period")).toBe(4);
    expect(detailValue(d, "Implied average life (gross PP&E / depreciation), latest period")).toBe(6);
    expect(detailValue(d, "Reason")).toMatch(/from 5.0 years to 6.0 years \(\+1.0 years\).*life extension/);
  });
  test("the same labels whatever the number of periods and whether accumulated depreciation is given", () => {
    const labels = (...args: Parameters<typeof call>) => call(...args).map((r) => r[0]);
    const three = labels(U, row(100, 120, 150), row(20, 22, 25), null, "detail");
    expect(labels(U, row(100, 150), row(20, 25), row(40, 50), "detail")).toEqual(three);
    const d = call(U, row(100, 120, 150), row(20, 22, 25), null, "detail");
    expect(detailValue(d, "Average age, latest period")).toBe("not given (accumulated_depreciation left out)");
  });
  test("accumulated depreciation does not change the value or the status", () => {
    expect(call1(U, row(100, 150), row(20, 25), row(40, 50), "status")).toBe(call1(U, row(100, 150), row(20, 25), null, "status"));
    expect(call1(U, row(100, 150), row(20, 25), row(40, 50))).toBe(call1(U, row(100, 150), row(20, 25)));
  });
});

describe("USEFULLIFE invalid", () => {
  test("zero depreciation or gross PP&E is #VALUE! naming the period", () => {
    expectError(call1(U, row(100, 120), row(20, 0)), "#VALUE!", "depreciation, period 2: 0 must be > 0");
    expectError(call1(U, row(0, 120), row(20, 20)), "#VALUE!", "ppe_gross, period 1: 0 must be > 0");
  });
  test("lengths must agree; one period is not enough", () => {
    expectError(call1(U, row(100, 120), row(20, 20, 20)), "#VALUE!", "ppe_gross has 2 periods but depreciation has 3");
    expectError(call1(U, row(100, 120), row(20, 20), row(1, 2, 3)), "#VALUE!", "ppe_gross has 2 periods but accumulated_depreciation has 3");
    expectError(call1(U, row(100), row(20)), "#VALUE!", /at least 2 periods/);
  });
});
