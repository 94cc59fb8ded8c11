import { call, call1, detailValue, expectError, row } from "../helpers/call";

const R = "ROIC";

describe("ROIC worked cases", () => {
  test("NOPAT / invested capital: 100 x (1 - 0.2) / 1,000 = 8%", () => {
    expect(call1(R, 100, 0.2, 1000)).toBeCloseTo(0.08, 12);
  });

  test("Microsoft FY2025 ($M): 128,528 at 17.6% tax on 338,237 of capital: 31.3%, OK against 9%", () => {
    expect(call1(R, 128528, 0.176, 338237, 0.09)).toBeCloseTo(0.3131, 4);
    expect(call1(R, 128528, 0.176, 338237, 0.09, "status")).toBe("OK");
  });

  test("element-wise: a row of periods spills a row, single cells broadcast", () => {
    expect(call(R, row(100, 200), 0.25, row(1000, 1000))).toEqual([[0.075, 0.15]]);
  });
});

describe("ROIC thresholds against the cost of capital", () => {
  // NOPAT = OI at a 0 tax rate; capital 100: the value is OI / 100.
  const status = (oi: number, wacc: number) => call1(R, oi, 0, 100, wacc, "status");

  test("below wacc is RED; exactly wacc is WATCH; below wacc + 2 points is WATCH; exactly wacc + 2 points is OK", () => {
    expect(status(8.99, 0.09)).toBe("RED");
    expect(status(9, 0.09)).toBe("WATCH");
    expect(status(10.99, 0.09)).toBe("WATCH");
    expect(status(11, 0.09)).toBe("OK");
  });

  test("ties are decided in decimal arithmetic: 0.07 + 0.02 is not below 0.09", () => {
    // 0.07 + 0.02 = 0.09000000000000001 in floating point.
    expect(call1(R, 9, 0, 100, 0.07, "status")).toBe("OK");
  });

  test("a return below zero is RED against any positive cost of capital", () => {
    expect(status(-5, 0.08)).toBe("RED");
  });
});

describe("ROIC without a cost of capital", () => {
  test("the value is computed; the status is #N/A saying a cost of capital is needed", () => {
    expect(call1(R, 100, 0.2, 1000)).toBeCloseTo(0.08, 12);
    expectError(call1(R, 100, 0.2, 1000, null, "status"), "#N/A", /cost of capital: give wacc/);
  });

  test("element-wise: every period's status says so, each value is still there", () => {
    const s = call(R, row(100, 200), 0.2, 1000, null, "status");
    for (const x of s[0]) expectError(x, "#N/A", /wacc/);
    const d = call(R, 100, 0.2, 1000, null, "detail");
    expect(detailValue(d, "ROIC (NOPAT / invested capital)")).toBeCloseTo(0.08, 12);
    expect(detailValue(d, "Reason")).toMatch(/give wacc/);
    expect(detailValue(d, "Cost of capital (wacc)")).toBe("not given");
  });
});

describe("ROIC undefined and invalid", () => {
  test("invested capital of zero or less is #N/A in that period only, naming it", () => {
    const r = call(R, 100, 0, row(1000, 0, -50));
    expect(r[0][0]).toBeCloseTo(0.1, 12);
    expectError(r[0][1], "#N/A", /invested capital is 0/);
    expectError(r[0][2], "#N/A", /invested capital is -50/);
    const s = call(R, 100, 0, row(1000, 0), 0.05, "status");
    expect(s[0][0]).toBe("OK");
    expectError(s[0][1], "#N/A", /invested capital is 0/);
  });

  test("a tax rate typed as a percentage is #VALUE! with the hint", () => {
    expectError(call1(R, 100, 21, 1000), "#VALUE!", /tax_rate: 21 must be \[0, 1\].*enter 0.21/);
  });

  test("wacc outside (-1, 1] is #VALUE! naming it", () => {
    expectError(call1(R, 100, 0.2, 1000, 9), "#VALUE!", /wacc: 9 must be/);
  });
});

describe("ROIC detail", () => {
  test("shows operating income, the tax rate, NOPAT, capital and the cost of capital, then value, status, reason", () => {
    const d = call(R, 100, 0.2, 1000, 0.09, "detail");
    expect(d.map((r) => r[0])).toEqual([
      "Operating income",
      "Tax rate",
      "NOPAT (operating income x (1 - tax rate))",
      "Invested capital",
      "Cost of capital (wacc)",
      "ROIC (NOPAT / invested capital)",
      "Status",
      "Reason",
    ]);
    expect(detailValue(d, "NOPAT (operating income x (1 - tax rate))")).toBeCloseTo(80, 12);
    expect(detailValue(d, "Status")).toBe("RED");
    expect(detailValue(d, "Reason")).toBe("NOPAT of 80 is a return of 8%: below the 9% cost of capital, the capital earns less than it costs.");
  });
});
